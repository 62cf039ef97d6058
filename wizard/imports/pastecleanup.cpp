#include "pastecleanup.h"

#include "collectorformat.h"
#include "formatlist.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
// Spaces a web page, a mail client or an East Asian IME puts where the console printed
// U+0020 (NBSP, figure / narrow spaces, ideographic space).
bool isOddSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x00A0 || (u >= 0x2000 && u <= 0x200A) || u == 0x202F || u == 0x205F || u == 0x3000;
}

void normaliseSpaces(QString &line)
{
    for (QChar &c : line) {
        if (isOddSpace(c) || c == u'\t')
            c = u' ';
    }
    // Zero-width spaces and joiners some editors insert: no content.
    line.remove(QChar(0x200B));
    line.remove(QChar(0xFEFF));
    while (line.endsWith(u' '))
        line.chop(1);
}

// The characters Markdown escapers put a backslash before.
const QString &markdownEscapable()
{
    static const QString chars = u"\\[]_*#<>`{}|-"_s;
    return chars;
}

// A backslash that belongs to a Windows path, when backslashes are not escaped: in a
// token that starts with a drive ("C:\_x") or after a backslash of the same token that
// escapes nothing ("Server\V14\_x"). Escapers that leave backslashes alone make no paths.
bool isPathBackslash(QStringView line, qsizetype at)
{
    qsizetype start = at;
    while (start > 0 && line[start - 1] != u' ')
        --start;
    if (line.size() - start >= 3 && line[start].isLetter() && line[start + 1] == u':' && line[start + 2] == u'\\')
        return true;
    for (qsizetype j = start; j < at; ++j) {
        if (line[j] == u'\\' && !markdownEscapable().contains(line[j + 1]))
            return true;
    }
    return false;
}

bool hasMarkdownEscapes(const QStringList &lines)
{
    return std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) {
        if (!l.contains(u'\\')) // most lines: one fast scan for the character
            return false;
        if (l.contains(u"\\[PS\\]"_s) || l.contains(u"\\*"_s) || l.contains(u"\\#"_s))
            return true;
        // "\_" is an escape only where it is not a path's backslash ("EX\_1", not "C:\_x").
        for (qsizetype i = l.indexOf(u"\\_"_s); i >= 0; i = l.indexOf(u"\\_"_s, i + 1)) {
            if (!isPathBackslash(l, i))
                return true;
        }
        return false;
    });
}

// Whether the text escapes backslashes too (`C:\\Windows`): then every backslash in it
// is either an escape or escaped, as in CommonMark.
bool escapesBackslashes(const QStringList &lines)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [](const QString &l) { return l.contains(u'\\') && l.contains(u"\\\\"_s); });
}

// Undoes Markdown's backslash escapes. An escaped character is copied as it is, so an
// escaped backslash (`\\`) stays one real backslash even before `_` (`C:\\\_x` ->
// `C:\_x`). When the text never escapes a backslash, a path's backslashes
// (isPathBackslash) are its own and stay.
void undoMarkdownEscapes(QString &line, bool backslashesEscaped)
{
    const QString &escaped = markdownEscapable();
    QString out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'\\' && i + 1 < line.size() && escaped.contains(line[i + 1])
            && (backslashesEscaped || !isPathBackslash(line, i))) {
            out.append(line[++i]); // the escaped character itself, never read as an escape
            continue;
        }
        out.append(c);
    }
    line = out;
}

bool isFence(QStringView trimmed)
{
    return trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~");
}

// "12: text", "12. text", "12) text", "12| text", "12 text", "12" -> the number and
// where the text starts; -1 when the line has no number in front.
int lineNumberPrefix(QStringView line, qsizetype *textStart)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == u' ')
        ++i;
    const qsizetype digits = i;
    while (i < line.size() && line[i].isDigit() && i - digits < 6)
        ++i;
    if (i == digits)
        return -1;
    const int number = line.sliced(digits, i - digits).toInt();
    if (i == line.size()) {
        *textStart = i;
        return number;
    }
    const QChar c = line[i];
    if (c == u':' || c == u'.' || c == u')' || c == u'|') {
        ++i;
        if (i < line.size() && line[i] == u' ')
            ++i;
    } else if (c == u' ') {
        ++i;
    } else {
        return -1;
    }
    *textStart = i;
    return number;
}

// Line numbers an editor or a ticket system put in front of every line: most non-empty
// lines carry one and they increase. Then they are removed.
void removeLineNumbers(QStringList &lines)
{
    qsizetype nonEmpty = 0;
    qsizetype numbered = 0;
    int last = -1;
    for (const QString &l : lines) {
        if (l.trimmed().isEmpty())
            continue;
        ++nonEmpty;
        qsizetype start = 0;
        const int n = lineNumberPrefix(l, &start);
        if (n < 0)
            continue;
        if (n <= last)
            return; // not a running count: a value that starts with a number
        last = n;
        ++numbered;
    }
    // Text added around a numbered paste (a greeting, a fence) has no numbers.
    if (nonEmpty < 3 || numbered * 3 < nonEmpty * 2)
        return;
    for (QString &l : lines) {
        qsizetype start = 0;
        if (lineNumberPrefix(l, &start) >= 0)
            l = l.mid(start);
    }
}

// Text indented as a whole (a Markdown code block, a quoted mail): the common
// indentation is removed so that property names start at column 0 again.
void removeCommonIndent(QStringList &lines)
{
    qsizetype common = -1;
    for (const QString &l : lines) {
        if (l.isEmpty())
            continue;
        qsizetype i = 0;
        while (i < l.size() && l[i] == u' ')
            ++i;
        common = common < 0 ? i : qMin(common, i);
    }
    if (common <= 0)
        return;
    for (QString &l : lines) {
        if (!l.isEmpty())
            l = l.mid(common);
    }
}

// "- Name : value", "* Name : value", "• Name : value" (a list in a ticket or a wiki).
void removeListPrefix(QString &line)
{
    if (line.size() < 3 || line[1] != u' ' || (line[0] != u'-' && line[0] != u'*' && line[0] != QChar(0x2022)))
        return;
    QStringView name;
    QStringView value;
    if (splitPropertyLine(QStringView(line).sliced(2), &name, &value))
        line = line.mid(2);
}
} // namespace

bool isCommandLine(QStringView line)
{
    // Verb-Noun: an upper-case verb of letters, a dash, a noun starting upper-case.
    qsizetype i = 0;
    if (line.isEmpty() || !line[0].isUpper())
        return false;
    while (i < line.size() && line[i].isLetter())
        ++i;
    if (i < 2 || i >= line.size() || line[i] != u'-')
        return false;
    ++i;
    if (i >= line.size() || !line[i].isUpper())
        return false;
    while (i < line.size() && line[i].isLetterOrNumber())
        ++i;
    // "Get-Foo : The term 'Get-Foo' is not recognized...": PowerShell's error record, not a command.
    if (line.sliced(i).trimmed().startsWith(u':'))
        return false;
    return i == line.size() || line[i] == u' ' || line[i] == u'|';
}

QList<UnplacedLine> cleanPastedLines(QStringList &lines)
{
    QList<UnplacedLine> markup;
    for (QString &l : lines)
        normaliseSpaces(l);
    if (hasMarkdownEscapes(lines)) {
        const bool backslashesEscaped = escapesBackslashes(lines);
        for (QString &l : lines)
            undoMarkdownEscapes(l, backslashesEscaped);
    }
    removeLineNumbers(lines);
    bool inComment = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString &l = lines[i];
        const QStringView t = QStringView(l).trimmed();
        if (t.startsWith(collector::prefix))
            continue;
        // "<# ... #>" blocks, a lone "#>" (the end of a comment whose start was not
        // copied) and "# ..." comments: PowerShell comments, never output.
        const bool blockStart = t.startsWith(u"<#");
        const bool comment = inComment || blockStart || t.startsWith(u'#') || isFence(t);
        if (blockStart && !t.sliced(2).contains(u"#>"))
            inComment = true;
        else if (inComment && t.contains(u"#>"))
            inComment = false;
        if (comment) {
            markup.append(UnplacedLine{int(i + 1), l, UnplacedKind::Markup});
            l.clear();
        }
    }
    removeCommonIndent(lines);
    for (QString &l : lines)
        removeListPrefix(l);
    return markup;
}

} // namespace wizard
