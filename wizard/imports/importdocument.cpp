#include "importdocument.h"

#include "collectorformat.h"
#include "formattable.h"
#include "pastecleanup.h"
#include "setspnoutput.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

// "#coexplan-begin Get-OutlookAnywhere" -> "Get-OutlookAnywhere".
QString markerArgument(const QString &line, QLatin1String marker)
{
    return line.mid(marker.size()).trimmed();
}

void parseText(const QStringList &lines, ParsedDocument &doc)
{
    ParsedRecords parsed;
    bool sawTable = false;
    bool sawCollector = false;
    QString section;
    qsizetype listStart = 0;
    const qsizetype n = lines.size();
    qsizetype i = 0;
    bool sawList = false;
    bool sawSetspn = false;
    QString setspnQuery; // the SPN of the last "setspn -Q <spn>" command line
    auto flushList = [&](qsizetype end) {
        if (end <= listStart)
            return;
        const qsizetype before = parsed.records.size();
        parseFormatList(lines, listStart, end, section, parsed);
        sawList = sawList || parsed.records.size() > before;
    };
    while (i < n) {
        const QString &line = lines[i];
        if (line.startsWith(collector::prefix)) {
            flushList(i);
            if (line.startsWith(collector::header)) {
                sawCollector = true;
            } else if (line.startsWith(collector::begin)) {
                section = markerArgument(line, collector::begin);
                QString argument;
                bool listing = false;
                if (parseSetspnCommandLine(section, &argument, &listing)) // "setspn -F -Q http/mail..."
                    setspnQuery = listing ? QString() : argument;
            } else if (line.startsWith(collector::end)) {
                section.clear();
            } else if (line.startsWith(collector::skipped)) {
                doc.collectorMessages.append({int(i + 1), u"skipped"_s, markerArgument(line, collector::skipped)});
            } else if (line.startsWith(collector::error)) {
                doc.collectorMessages.append({int(i + 1), u"error"_s, markerArgument(line, collector::error)});
            } else if (line.startsWith(collector::note)) {
                doc.collectorMessages.append({int(i + 1), u"note"_s, markerArgument(line, collector::note)});
            } else {
                parsed.unplaced.append(UnplacedLine{int(i + 1), line, UnplacedKind::Noise});
            }
            listStart = ++i;
            continue;
        }
        QString setspnArgument;
        bool setspnListing = false;
        if (parseSetspnCommandLine(line, &setspnArgument, &setspnListing)) {
            flushList(i);
            setspnQuery = setspnListing ? QString() : setspnArgument;
            parsed.unplaced.append(
                UnplacedLine{int(i + 1), line, isShellPromptLine(line) ? UnplacedKind::Prompt : UnplacedKind::Command});
            listStart = ++i;
            continue;
        }
        if (isSetspnOutputAt(lines, i)) {
            flushList(i);
            const qsizetype before = parsed.records.size();
            i = parseSetspnOutput(lines, i, n, setspnQuery, parsed);
            sawSetspn = sawSetspn || parsed.records.size() > before;
            setspnQuery.clear();
            listStart = i;
            continue;
        }
        if (isFormatTableHeaderAt(lines, i)) {
            flushList(i);
            sawTable = true;
            i = parseFormatTable(lines, i, n, section, parsed);
            listStart = i;
            continue;
        }
        ++i;
    }
    flushList(n);
    doc.records = std::move(parsed.records);
    doc.unplaced = std::move(parsed.unplaced);
    if (sawCollector)
        doc.format = DocumentFormat::CollectorOutput;
    else if (sawTable && sawList)
        doc.format = DocumentFormat::FormatListAndTable;
    else if (sawTable)
        doc.format = DocumentFormat::FormatTable;
    else if (sawList)
        doc.format = DocumentFormat::FormatList;
    else if (sawSetspn)
        doc.format = DocumentFormat::SetspnOutput;
    else
        doc.format = DocumentFormat::Empty;
}
} // namespace

namespace {
// The command part of an echoed line: "PS C:\> Get-Foo | ft" and "[PS] C:\x>Get-Foo" lose
// their prompt; a bare prompt gives an empty command (the output after it has none).
QString commandOfLine(const UnplacedLine &u)
{
    QStringView t = QStringView(u.text).trimmed();
    if (u.kind == UnplacedKind::Prompt)
        t = t.sliced(t.indexOf(u'>') + 1).trimmed();
    return t.toString();
}

// Each record outside a collector section gets the command echoed last before it.
void attachEchoedCommands(ParsedDocument &doc)
{
    qsizetype u = 0;
    QString command;
    std::stable_sort(doc.records.begin(), doc.records.end(),
                     [](const PsRecord &a, const PsRecord &b) { return a.firstLine < b.firstLine; });
    for (PsRecord &r : doc.records) {
        for (; u < doc.unplaced.size() && doc.unplaced[u].line < r.firstLine; ++u) {
            const UnplacedLine &line = doc.unplaced[u];
            if (line.kind == UnplacedKind::Prompt || line.kind == UnplacedKind::Command)
                command = commandOfLine(line);
        }
        if (r.section.isEmpty())
            r.command = command;
    }
}
} // namespace

QString documentFormatName(DocumentFormat f)
{
    switch (f) {
    case DocumentFormat::Empty:
        return tr("no records");
    case DocumentFormat::FormatList:
        return tr("Format-List");
    case DocumentFormat::FormatTable:
        return tr("Format-Table");
    case DocumentFormat::FormatListAndTable:
        return tr("Format-List and Format-Table");
    case DocumentFormat::AutodiscoverXml:
        return tr("Autodiscover XML");
    case DocumentFormat::CollectorOutput:
        return tr("CoexPlan collector output");
    case DocumentFormat::SetspnOutput:
        return tr("setspn output");
    }
    return {};
}

ParsedDocument parseImportDocument(const QString &name, const DecodedText &text)
{
    ParsedDocument doc;
    doc.name = name;
    doc.encoding = text.encoding;
    if (looksLikeAutodiscoverXml(text.text)) {
        doc.format = DocumentFormat::AutodiscoverXml;
        doc.lineCount = int(text.text.count(u'\n') + 1);
        AutodiscoverParseResult xml = parseAutodiscoverXml(text.text);
        if (xml.response)
            doc.autodiscover = std::move(xml.response);
        else {
            doc.error = xml.error;
            doc.errorLine = xml.line;
        }
        return doc;
    }
    QStringList lines = splitImportLines(text.text);
    doc.lineCount = int(lines.size());
    const QList<UnplacedLine> markup = cleanPastedLines(lines);
    parseText(lines, doc);
    doc.unplaced.append(markup);
    std::sort(doc.unplaced.begin(), doc.unplaced.end(),
              [](const UnplacedLine &a, const UnplacedLine &b) { return a.line < b.line; });
    attachEchoedCommands(doc);
    return doc;
}

} // namespace wizard
