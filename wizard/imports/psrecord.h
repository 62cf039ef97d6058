#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace wizard {

// One property of a PowerShell object as Format-List or Format-Table printed it.
struct PsProperty
{
    QString name;
    QString value; // continuation lines joined; trimmed
    int line = 0; // 1-based line of the property name
    bool truncated = false; // Format-Table cut the cell ("..."): the value is unknown

    friend bool operator==(const PsProperty &, const PsProperty &) = default;
};

// One object: a Format-List record or a Format-Table row.
struct PsRecord
{
    QList<PsProperty> properties;
    int firstLine = 0;
    int lastLine = 0;
    QString section; // the collector section it came from ("Get-OutlookAnywhere"), if any
    // The command a paste echoed before it ("Get-MailboxDatabase | ft Name,Server", the
    // prompt removed), if any: names the cmdlet when the printed properties do not.
    QString command;

    // Case-insensitive (PowerShell property names are); nullptr when absent.
    const PsProperty *find(QStringView name) const;
    bool has(QStringView name) const { return find(name) != nullptr; }

    friend bool operator==(const PsRecord &, const PsRecord &) = default;
};

// A line the parsers could not place in a record, with the reason.
enum class UnplacedKind {
    Prompt, // "PS C:\>" / "[PS] C:\Windows\system32>" shell prompt lines
    Noise, // text that is neither a property nor a table row
    Orphan, // an indented continuation line with no property before it
    BadTableRow, // a table row that does not fit the header's columns
    TruncatedColumn, // a Format-Table header cut by the console: that column is ignored
    Command, // an echoed command ("Get-OutlookAnywhere | fl") without a prompt
    Markup, // Markdown fences, PowerShell comments and <# #> blocks around the output
};

struct UnplacedLine
{
    int line = 0;
    QString text;
    UnplacedKind kind = UnplacedKind::Noise;

    friend bool operator==(const UnplacedLine &, const UnplacedLine &) = default;
};

// Splits text into lines on CRLF, LF or CR. Lines keep no terminator; trailing
// whitespace is removed (console output pads lines with spaces), and so is a byte
// order mark at the start of a line (appended output can repeat it).
QStringList splitImportLines(const QString &text);

// "PS C:\>", "PS C:\Users\admin> Get-OutlookAnywhere", "[PS] C:\Windows\system32>".
bool isShellPromptLine(QStringView line);

} // namespace wizard
