#pragma once

// Internal to the importer: what the inputs say, before it is merged into a plan.
#include "importresult.h"
#include "psrecord.h"
#include "topology/topology.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace wizard {

// Detects conflicts: the first value seen for (subject, field) wins; a different
// later one becomes an ImportConflict instead of silently replacing it.
class FactTable
{
public:
    // True when `value` is the first for (subject, field) or equals the first
    // (case-insensitively: Exchange names and tokens are); false after recording a conflict.
    bool record(const QString &subject, const QString &field, const QString &value, const SourceRef &where);
    const QList<ImportConflict> &conflicts() const { return m_conflicts; }
    void addConflict(const ImportConflict &c) { m_conflicts.append(c); }

private:
    struct First
    {
        QString value;
        SourceRef where;
    };
    QHash<QString, First> m_first;
    QList<ImportConflict> m_conflicts;
};

struct PendingRecord
{
    const PsRecord *record = nullptr;
    QString file;
    qsizetype recognisedIndex = -1; // into ImportResult::records
};

// One server as the inputs describe it.
struct ServerDraft
{
    QString name;
    QString fqdn;
    std::optional<ExchangeVersion> version; // from Get-ExchangeServer's AdminDisplayVersion
    std::optional<ExchangeVersion> recordVersion; // from other records' AdminDisplayVersion
    SourceRef versionAt;
    QString unplannableProduct; // "Exchange 2003": reported, kept out of the plan
    Setting<BuildNumber> build;
    std::optional<bool> clientAccess;
    std::optional<bool> mailbox;
    QString site;
    SourceRef siteAt;
    Setting<QString> autodiscoverServiceInternalUri;
    Setting<bool> outlookAnywhereEnabled; // Get-ClientAccessServer (F25)
    SourceRef outlookAnywhereEnabledAt;
    QList<PendingRecord> outlookAnywhereRecords;

    // Filled once the version is resolved.
    OutlookAnywhereSettings captured;
    QStringList capturedFields;
    bool readFromNewerShell = false;
    QString rpcVirtualDirectoryIdentity; // Get-OutlookAnywhere Identity, when it names this server
    // Tier 2 (issue 17): Get-ClientAccessServer -IncludeAlternateServiceAccountCredentialStatus
    // (known and empty: none configured) and the Rpc directory's ExtendedProtectionTokenChecking.
    Setting<QString> alternateServiceAccount;
    Setting<ExtendedProtection> extendedProtection;
};

// An Outlook Anywhere record that names no server (`fl external*,internal*,iis*`).
struct AnonymousRecord
{
    const PsRecord *record = nullptr;
    QString file;
};

struct ImportDraft
{
    QList<ServerDraft> servers;
    QList<AnonymousRecord> anonymous; // placed once every input was read
    QHash<QString, ExchangeVersion> givenVersions; // lower-case name -> the user's answer (--version)
    QHash<QString, qsizetype> serverIndex; // lower-case name
    QList<CasArray> casArrays;
    QList<MailboxDatabase> databases;
    // Mailboxes per database (Get-Mailbox grouped by Database), applied to the merged
    // databases by name: the count may come before or without the Get-MailboxDatabase record.
    struct MailboxCount
    {
        QString database;
        int count = 0;
        SourceRef at;
    };
    QList<MailboxCount> mailboxCounts;
    // Get-Mailbox -Identity (issue 17): the database of single mailboxes, for the public
    // folder proxy mailboxes (PF-002, PF-003), which Get-OrganizationConfig names only.
    struct MailboxInDatabase
    {
        QString mailbox;
        QString database;
        SourceRef at;
    };
    QList<MailboxInDatabase> mailboxDatabases;
    int proxyDatabasesPlaced = 0; // set by the merge: how many of them were proxy mailboxes
    QList<Certificate> certificates;
    Setting<QString> expressCertPrincipalName;
    // Get-OrganizationConfig RemotePublicFolderMailboxes (known and empty: none).
    Setting<QList<PublicFolderProxyMailbox>> remotePublicFolderMailboxes;
    // setspn -L / -Q (issue 17): each account's http/ SPNs as setspn listed them (the
    // whole list of that account), and the http/ SPNs a -Q asked for (every account that
    // holds one is among `accounts`). Merged by replacing what the plan had for those.
    struct SpnFacts
    {
        struct Account
        {
            QString name; // as printed: the DN
            QStringList spns; // http/ only, as printed
            SourceRef at;
        };
        QList<Account> accounts;
        QStringList queried; // lower case
        int otherServiceClasses = 0; // HOST/, exchangeMDB/, ... (not planned)
        bool learned() const { return !accounts.isEmpty() || !queried.isEmpty(); }
    };
    SpnFacts servicePrincipalNames;
    QString autodiscoverOutlookAnywhereHost; // EXPR <Server> of an Autodiscover response
    FactTable facts;
    // Where each database / certificate was read ("database:DB1", "certificate:<thumbprint>").
    QHash<QString, SourceRef> objectLocations;

    ServerDraft &server(const QString &name);
};

// Mappers, one per cmdlet (inventorymapping.cpp, outlookanywheremapping.cpp,
// objectmapping.cpp). Each appends what it recognised and every value it could
// not use to `result`.
void mapExchangeServer(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result);
void mapClientAccessServer(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result);
void queueOutlookAnywhere(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result);
// Needs the server's version (F37): called after every input was read.
void mapOutlookAnywhere(const PendingRecord &pending, ExchangeVersion version, ServerDraft &server, ImportDraft &draft,
                        ImportResult &result);
// Attributes the records that name no server to the server answered for that record
// (recordServers), else to `givenServer` (--server), else to the only server the inputs
// (or, without any, the plan) know; reports the rest and asks about them.
void placeAnonymousRecords(const QString &givenServer, const QList<QPair<SourceRef, QString>> &recordServers,
                           const QStringList &planServers, ImportDraft &draft, ImportResult &result);
void mapClientAccessArray(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result);
void mapMailboxDatabase(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result);
void mapExchangeCertificate(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result);
void mapOutlookProvider(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result);
void mapMailboxCount(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result);
void mapMailbox(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result);
void mapPublicFolderDatabase(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result);
void mapOrganizationConfig(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result);
void mapServicePrincipalNames(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result);

// Shared by the mappers: a warning for a value that cannot be used.
void warnValue(ImportResult &result, const QString &file, const PsProperty &p, const QString &why);
// A value that cannot be read, left unknown in the plan while the rest imports (issue 12).
void warnValueLeftUnknown(ImportResult &result, const QString &file, const PsProperty &p, const QString &why);
void noteAt(ImportResult &result, const SourceRef &where, const QString &message);

} // namespace wizard
