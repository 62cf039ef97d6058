#pragma once

#include "autodiscoverxml.h"
#include "formatlist.h"
#include "textdecoding.h"

#include <QList>
#include <QString>

#include <optional>

namespace wizard {

enum class DocumentFormat {
    Empty,
    FormatList,
    FormatTable,
    FormatListAndTable,
    AutodiscoverXml,
    CollectorOutput,
    SetspnOutput
};
QString documentFormatName(DocumentFormat f); // "Format-List", "Autodiscover XML", ...

// A collector marker that reports something (#coexplan-skipped / -error / -note).
struct CollectorMessage
{
    int line = 0;
    QString kind; // "skipped", "error", "note"
    QString text;

    friend bool operator==(const CollectorMessage &, const CollectorMessage &) = default;
};

// One input, parsed but not yet interpreted: which cmdlet a record came from and what
// it means for the plan is decided later (cmdletrecords.h, planmerge.h).
struct ParsedDocument
{
    QString name; // file name as given, "-" for stdin
    TextEncoding encoding = TextEncoding::Utf8;
    DocumentFormat format = DocumentFormat::Empty;
    int lineCount = 0;
    QList<PsRecord> records;
    QList<UnplacedLine> unplaced;
    QList<CollectorMessage> collectorMessages;
    std::optional<AutodiscoverResponse> autodiscover;
    QString error; // malformed XML; `errorLine` says where
    int errorLine = 0;
};

// Detects the format (Autodiscover XML, collector output, Format-List and/or
// Format-Table blocks, in any mix) and parses it.
ParsedDocument parseImportDocument(const QString &name, const DecodedText &text);

} // namespace wizard
