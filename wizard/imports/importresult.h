#pragma once

#include "topology/exchangeversion.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wizard {

// A place in an input: file name as given and 1-based line (0 = the whole file).
struct SourceRef
{
    QString file;
    int line = 0;

    QString toString() const; // "oa.txt:12" or "oa.txt"
    friend bool operator==(const SourceRef &, const SourceRef &) = default;
};

// Which cmdlet printed a record (decided from a collector section or its properties).
enum class RecordKind {
    OutlookAnywhere,
    ExchangeServer,
    ClientAccessServer,
    ClientAccessArray,
    MailboxDatabase,
    ExchangeCertificate,
    OutlookProvider,
    MailboxCount, // Get-Mailbox grouped by Database: Name (the database) and Count (issue 16)
    Mailbox, // Get-Mailbox -Identity <name>: one mailbox and its Database (proxy mailboxes, issue 17)
    PublicFolderDatabase, // Get-PublicFolderDatabase: legacy (2007/2010) public folder databases (issue 17)
    OrganizationConfig, // Get-OrganizationConfig: RemotePublicFolderMailboxes (issue 17)
    ServicePrincipalNames, // setspn -L / -Q: the http/ SPNs of an account (issue 17)
    AutodiscoverResponse,
    Unknown,
};
QString recordKindName(RecordKind k); // "Get-OutlookAnywhere", ...

enum class IssueSeverity { Error, Warning, Note };

// What the user does about an issue: the report groups by it (issue 12).
enum class IssueTopic {
    General, // worth knowing
    NeedsAnswer, // a value the input lacks: say it (--server, --version) or edit the plan
    Unplaced, // a line that looked like data but could not be placed
    Ignored, // prompts, commands and formatting around the output
};
QString issueSeverityToken(IssueSeverity s); // "error", "warning", "note"

// Something the user must know about an input. Errors stop the import (the plan is
// not written); warnings are lines or values that could not be used; notes say what
// was deliberately ignored or left unknown.
struct ImportIssue
{
    IssueSeverity severity = IssueSeverity::Warning;
    SourceRef where;
    QString message;
    QString text; // the input line, when the issue is about one line
    IssueTopic topic = IssueTopic::General;

    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

// A record that was understood: what it was and which plan element it filled.
struct RecognisedRecord
{
    SourceRef where;
    int lastLine = 0;
    RecordKind kind = RecordKind::Unknown;
    QString subject; // server, database, array or certificate name; empty for the organization
    QStringList fields; // plan fields it set

    friend bool operator==(const RecognisedRecord &, const RecognisedRecord &) = default;
};

// Two inputs (or an input and the plan) disagree about one value.
struct ImportConflict
{
    QString subject;
    QString field;
    QString firstValue;
    SourceRef first;
    QString secondValue;
    SourceRef second;

    friend bool operator==(const ImportConflict &, const ImportConflict &) = default;
};

struct FileSummary
{
    QString name;
    QString encoding; // empty when unreadable
    QString format;
    int lines = 0;
    int records = 0;
    QString error; // why the file could not be read, empty when it could

    friend bool operator==(const FileSummary &, const FileSummary &) = default;
};

struct ServerSummary
{
    QString name;
    ExchangeVersion version = ExchangeVersion::Ex2013;
    bool added = false; // new in the plan (else updated)
    QStringList fields; // captured fields
    bool readFromNewerShell = false;

    friend bool operator==(const ServerSummary &, const ServerSummary &) = default;
};

// Something the import could not decide and the user can answer (issue 12): the GUI
// asks it right after the import, the CLI takes the answer as --version / --server, and
// ImportOptions carries the answers back into the same import.
struct ImportQuestion
{
    enum class Kind {
        ServerVersion, // "Which Exchange version is EX2010A?" (the server is kept as unknown)
        RecordServer, // "Which server is the record on lines 12-17?" (the record is not placed)
    };
    Kind kind = Kind::ServerVersion;
    SourceRef where; // the first line of the server's first record / of the record
    int lastLine = 0; // RecordServer: the record's last line
    QString server; // ServerVersion: the server asked about
    QStringList candidates; // RecordServer: the servers the input and the plan know
    // RecordServer: the only Client Access server of the input that no Outlook Anywhere
    // record names (offered first, never applied without the user's answer); else empty.
    QString suggestion;

    friend bool operator==(const ImportQuestion &, const ImportQuestion &) = default;
};

struct ImportResult
{
    QList<FileSummary> files;
    QList<RecognisedRecord> records;
    QList<ImportIssue> issues;
    QList<ImportConflict> conflicts;
    QList<ServerSummary> servers;
    QList<ImportQuestion> questions;

    bool hasErrors() const;
    // True when the plan may be written: no unreadable input, no error, no conflict.
    bool succeeded() const { return !hasErrors() && conflicts.isEmpty(); }

    friend bool operator==(const ImportResult &, const ImportResult &) = default;
};

} // namespace wizard
