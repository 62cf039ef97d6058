#include "formatlist.h"

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

void parseFormatList(const QStringList &lines, qsizetype begin, qsizetype end, const QString &section,
                     ParsedRecords &out)
{
    PsRecord current;
    bool afterBreak = true; // no property to continue
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
            flush();
            continue;
        }
        QStringView name;
        QStringView value;
        if (splitPropertyLine(line, &name, &value)) {
            if (current.find(name))
                flush(); // records printed without a blank line between them
            if (current.properties.isEmpty())
                current.firstLine = number;
            current.properties.append(PsProperty{name.toString(), value.toString(), number, false});
            current.lastLine = number;
            afterBreak = false;
            continue;
        }
        const bool indented = line[0] == u' ' || line[0] == u'\t';
        if (indented && !afterBreak && !current.properties.isEmpty()) {
            current.properties.last().value += QStringView(line).trimmed();
            current.lastLine = number;
            continue;
        }
        const UnplacedKind kind = isShellPromptLine(line) ? UnplacedKind::Prompt
            : indented                                    ? UnplacedKind::Orphan
                                                          : UnplacedKind::Noise;
        flush();
        out.unplaced.append(UnplacedLine{number, line, kind});
    }
    flush();
}

} // namespace wizard
