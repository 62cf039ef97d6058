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
// client or a ticket system; double-spaced twice gives three): the most common number
// of blank lines between two properties. Only more blank lines than that end a record.
int blankLinesBetweenProperties(const QStringList &lines, qsizetype begin, qsizetype end)
{
    QList<int> counts(4, 0); // gaps of 0, 1, 2, 3 blank lines
    QStringView name;
    QStringView value;
    qsizetype previous = -1;
    for (qsizetype i = begin; i < end; ++i) {
        if (lines[i].isEmpty())
            continue;
        if (!splitPropertyLine(lines[i], &name, &value)) {
            previous = -1;
            continue;
        }
        const qsizetype gap = previous < 0 ? -1 : i - previous - 1;
        if (gap >= 0 && gap < counts.size())
            ++counts[gap];
        previous = i;
    }
    int best = 0;
    for (int g = 1; g < counts.size(); ++g) {
        if (counts[g] > counts[best])
            best = g;
    }
    return best;
}

// A console of fixed width (80 or 120 columns) hard-wraps a long value at column 0
// when the text is copied from its window: a line that is not a property, right after a
// line of at least that width, continues it (mid-word, so nothing is inserted).
constexpr qsizetype narrowestConsole = 79;

void parseFormatList(const QStringList &lines, qsizetype begin, qsizetype end, const QString &section,
                     ParsedRecords &out)
{
    const int spacing = blankLinesBetweenProperties(lines, begin, end);
    const bool doubleSpaced = spacing > 0;
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
            if (blankRun > spacing)
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
