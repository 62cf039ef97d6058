#include "formatlist.h"

#include "pastecleanup.h"

namespace wizard {

namespace {
bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
}

// Stream names PowerShell prefixes to its own messages: never object properties.
bool isStreamPrefix(QStringView name)
{
    return name == u"WARNING" || name == u"VERBOSE" || name == u"DEBUG" || name == u"ERROR";
}
} // namespace

bool splitPropertyLine(QStringView line, QStringView *name, QStringView *value)
{
    const qsizetype n = line.size();
    if (n == 0 || !line[0].isLetter())
        return false;
    qsizetype i = 0;
    while (i < n && isNameChar(line[i]))
        ++i;
    const qsizetype nameEnd = i;
    while (i < n && line[i] == u' ')
        ++i;
    if (i >= n || line[i] != u':')
        return false;
    ++i;
    if (i < n && line[i] != u' ')
        return false; // "C:\..." or "http://"
    *name = line.first(nameEnd);
    if (isStreamPrefix(*name))
        return false;
    *value = line.sliced(i).trimmed();
    return true;
}

// Double-spaced text (a blank line after every property, from a web page, a mail
// client or a ticket system): no two property lines follow each other, but several are
// separated by exactly one blank line. Then a single blank line is not a record break.
bool isDoubleSpaced(const QStringList &lines, qsizetype begin, qsizetype end)
{
    int adjacent = 0;
    int spaced = 0;
    QStringView name;
    QStringView value;
    for (qsizetype i = begin; i + 1 < end; ++i) {
        if (!splitPropertyLine(lines[i], &name, &value))
            continue;
        if (splitPropertyLine(lines[i + 1], &name, &value))
            ++adjacent;
        else if (lines[i + 1].isEmpty() && i + 2 < end && splitPropertyLine(lines[i + 2], &name, &value))
            ++spaced;
    }
    return spaced >= 2 && adjacent * 4 < spaced;
}

// A console of fixed width (80 or 120 columns) hard-wraps a long value at column 0
// when the text is copied from its window: a line that is not a property, right after a
// line of at least that width, continues it (mid-word, so nothing is inserted).
constexpr qsizetype narrowestConsole = 79;

void parseFormatList(const QStringList &lines, qsizetype begin, qsizetype end, const QString &section,
                     ParsedRecords &out)
{
    const bool doubleSpaced = isDoubleSpaced(lines, begin, end);
    PsRecord current;
    bool afterBreak = true; // no property to continue
    int blankRun = 0;
    auto flush = [&] {
        if (!current.properties.isEmpty()) {
            current.section = section;
            out.records.append(std::move(current));
        }
        current = PsRecord();
        afterBreak = true;
    };
    for (qsizetype i = begin; i < end; ++i) {
        const QString &line = lines[i];
        const int number = int(i + 1);
        if (line.isEmpty()) {
            ++blankRun;
            if (!doubleSpaced || blankRun >= 2)
                flush();
            continue;
        }
        const bool afterBlank = blankRun > 0;
        blankRun = 0;
        QStringView name;
        QStringView value;
        if (splitPropertyLine(line, &name, &value)) {
            if (current.find(name))
                flush(); // records printed without a blank line between them
            if (current.properties.isEmpty())
                current.firstLine = number;
            // $FormatEnumerationLimit cuts long sets: "{Basic, Ntlm, Negotiate...}".
            const bool cut = value.endsWith(u"...}") || value.endsWith(u"\u2026}");
            current.properties.append(PsProperty{name.toString(), value.toString(), number, cut});
            current.lastLine = number;
            afterBreak = false;
            continue;
        }
        const bool indented = line[0] == u' ';
        const bool wrappedAtWidth = !afterBlank && lines[i - 1].size() >= narrowestConsole && !isShellPromptLine(line)
            && !isCommandLine(line);
        const bool continues = !afterBreak && !current.properties.isEmpty()
            && ((indented && (!afterBlank || doubleSpaced)) || wrappedAtWidth);
        if (continues) {
            current.properties.last().value += QStringView(line).trimmed();
            current.lastLine = number;
            continue;
        }
        const UnplacedKind kind = isShellPromptLine(line) ? UnplacedKind::Prompt
            : isCommandLine(line)                         ? UnplacedKind::Command
            : indented                                    ? UnplacedKind::Orphan
                                                          : UnplacedKind::Noise;
        flush();
        out.unplaced.append(UnplacedLine{number, line, kind});
    }
    flush();
}

} // namespace wizard
