// Records that describe plan elements other than servers: CAS arrays, mailbox
// databases, certificates and the organisation's Outlook providers.
#include "importdraft.h"
#include "psvalues.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

QString valueOf(const PsRecord &r, QStringView name)
{
    const PsProperty *p = r.find(name);
    return p && !p->truncated ? p->value : QString();
}

int lineOf(const PsRecord &r, QStringView name)
{
    const PsProperty *p = r.find(name);
    return p ? p->line : r.firstLine;
}

bool requireName(const PsRecord &r, const QString &file, RecordKind kind, const QString &name, ImportResult &result)
{
    if (!name.isEmpty())
        return true;
    result.issues.append(ImportIssue{IssueSeverity::Error,
                                     SourceRef{file, r.firstLine},
                                     tr("a %1 record (lines %2-%3) without Name: which object is it?")
                                         .arg(recordKindName(kind))
                                         .arg(r.firstLine)
                                         .arg(r.lastLine),
                                     {}});
    return false;
}

// NotAfter as the shell prints it in common cultures; empty when not recognised.
QString isoDate(QStringView text)
{
    static const char16_t *const formats[] = {u"M/d/yyyy h:mm:ss AP", u"M/d/yyyy H:mm:ss",    u"dd.MM.yyyy HH:mm:ss",
                                              u"dd/MM/yyyy HH:mm:ss", u"yyyy-MM-dd HH:mm:ss", u"yyyy-MM-ddTHH:mm:ss"};
    for (const char16_t *f : formats) {
        const QDateTime d = QDateTime::fromString(text.toString(), QString::fromUtf16(f));
        if (d.isValid())
            return d.date().toString(Qt::ISODate);
    }
    return {};
}
} // namespace

void mapClientAccessArray(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result)
{
    const QString name = valueOf(r, u"Name");
    if (!requireName(r, file, RecordKind::ClientAccessArray, name, result))
        return;
    CasArray a{name, valueOf(r, u"Fqdn"), siteNameFromPath(valueOf(r, u"Site"))};
    const QString subject = u"array:"_s + name;
    if (!draft.facts.record(subject, u"fqdn"_s, a.fqdn, {file, lineOf(r, u"Fqdn")})
        || !draft.facts.record(subject, u"site"_s, a.site, {file, lineOf(r, u"Site")}))
        return;
    const auto same = [&name](const CasArray &x) { return x.name.compare(name, Qt::CaseInsensitive) == 0; };
    if (std::none_of(draft.casArrays.cbegin(), draft.casArrays.cend(), same))
        draft.casArrays.append(a);
    result.records.append(RecognisedRecord{
        SourceRef{file, r.firstLine}, r.lastLine, RecordKind::ClientAccessArray, name, {u"fqdn"_s, u"site"_s}});
}

void mapMailboxDatabase(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result)
{
    const QString name = valueOf(r, u"Name");
    if (!requireName(r, file, RecordKind::MailboxDatabase, name, result))
        return;
    MailboxDatabase db;
    db.name = name;
    db.server = valueOf(r, u"Server");
    QStringList fields{u"server"_s};
    if (const PsProperty *p = r.find(u"RpcClientAccessServer"); p && !p->truncated) {
        db.rpcClientAccessServer = p->value;
        fields.append(u"rpcClientAccessServer"_s);
    }
    // "EX2010\Public Folder Database 0483121371": the default public folder database and its server.
    const QString publicFolders = valueOf(r, u"PublicFolderDatabase");
    db.publicFolderDatabase = publicFolders.section(u'\\', -1);
    const QString subject = u"database:"_s + name;
    const SourceRef at{file, r.firstLine};
    if (!draft.facts.record(subject, u"server"_s, db.server, at)
        || !draft.facts.record(subject, u"rpcClientAccessServer"_s, db.rpcClientAccessServer.valueOr(QString()), at)
        || !draft.facts.record(subject, u"publicFolderDatabase"_s, db.publicFolderDatabase, at))
        return;
    const auto same = [&name](const MailboxDatabase &x) { return x.name.compare(name, Qt::CaseInsensitive) == 0; };
    if (std::none_of(draft.databases.cbegin(), draft.databases.cend(), same)) {
        draft.databases.append(db);
        draft.objectLocations.insert(u"database:"_s + name.toLower(), at);
    }
    const auto isPublicFolders
        = [&db](const MailboxDatabase &x) { return x.name.compare(db.publicFolderDatabase, Qt::CaseInsensitive) == 0; };
    if (!db.publicFolderDatabase.isEmpty()
        && std::none_of(draft.databases.cbegin(), draft.databases.cend(), isPublicFolders)) {
        MailboxDatabase pf;
        pf.name = db.publicFolderDatabase;
        pf.server = publicFolders.contains(u'\\') ? publicFolders.section(u'\\', 0, 0) : QString();
        pf.isPublicFolderDatabase = true;
        draft.databases.append(pf);
        draft.objectLocations.insert(u"database:"_s + pf.name.toLower(),
                                     SourceRef{file, lineOf(r, u"PublicFolderDatabase")});
    }
    result.records.append(RecognisedRecord{at, r.lastLine, RecordKind::MailboxDatabase, name,
                                           fields + QStringList{u"publicFolderDatabase"_s}});
}

void mapExchangeCertificate(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result)
{
    const QString thumbprint = valueOf(r, u"Thumbprint");
    if (thumbprint.isEmpty()) {
        result.issues.append(ImportIssue{
            IssueSeverity::Warning,
            SourceRef{file, r.firstLine},
            tr("a certificate record (lines %1-%2) without Thumbprint: ignored").arg(r.firstLine).arg(r.lastLine),
            {}});
        return;
    }
    // Which server: the collector's section ("Get-ExchangeCertificate EX1") or Identity "EX1\<thumbprint>".
    QString server = r.section.section(u' ', 1).trimmed();
    const QString identity = valueOf(r, u"Identity");
    if (server.isEmpty() && identity.contains(u'\\'))
        server = identity.section(u'\\', 0, 0);
    const bool iis
        = parsePsList(valueOf(r, u"Services")).value_or(QStringList{}).contains(u"IIS"_s, Qt::CaseInsensitive);

    Certificate cert;
    cert.name = thumbprint;
    cert.subject = valueOf(r, u"Subject");
    cert.names = parsePsList(valueOf(r, u"CertificateDomains")).value_or(QStringList{});
    if (const auto selfSigned = parsePsBool(valueOf(r, u"IsSelfSigned")))
        cert.selfSigned = *selfSigned;
    const QString notAfter = valueOf(r, u"NotAfter");
    cert.notAfter = isoDate(notAfter);
    if (!notAfter.isEmpty() && cert.notAfter.isEmpty())
        noteAt(result, {file, lineOf(r, u"NotAfter")},
               tr("NotAfter \"%1\" is in a date format CoexPlan does not read: left empty").arg(notAfter));
    const QString subject = u"certificate:"_s + thumbprint;
    const SourceRef at{file, r.firstLine};
    if (!draft.facts.record(subject, u"subject"_s, cert.subject, at)
        || !draft.facts.record(subject, u"names"_s, cert.names.join(u", "_s), at))
        return;
    auto it = std::find_if(draft.certificates.begin(), draft.certificates.end(), [&thumbprint](const Certificate &c) {
        return c.name.compare(thumbprint, Qt::CaseInsensitive) == 0;
    });
    if (it == draft.certificates.end()) {
        draft.certificates.append(cert);
        it = draft.certificates.end() - 1;
    }
    if (iis && !server.isEmpty() && !it->servers.contains(server, Qt::CaseInsensitive))
        it->servers.append(server);
    draft.objectLocations.insert(u"certificate:"_s + thumbprint.toLower(), at);
    result.records.append(RecognisedRecord{at,
                                           r.lastLine,
                                           RecordKind::ExchangeCertificate,
                                           thumbprint,
                                           {u"subject"_s, u"names"_s, u"selfSigned"_s, u"servers"_s}});
}

void mapMailboxCount(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result)
{
    // 2010 and later print the database's name; the Exchange 2007 shell prints its
    // identity "SERVER\Storage Group\Database": the name is the last part.
    const QString name = valueOf(r, u"Name").section(u'\\', -1).trimmed();
    const SourceRef at{file, r.firstLine};
    bool ok = false;
    const int count = valueOf(r, u"Count").toInt(&ok);
    if (name.isEmpty() || !ok || count < 0 || count > 10000000) {
        result.issues.append(ImportIssue{IssueSeverity::Warning,
                                         at,
                                         tr("lines %1-%2: a mailbox count without a database name or a whole "
                                            "number of mailboxes (0 to 10,000,000): ignored")
                                             .arg(r.firstLine)
                                             .arg(r.lastLine),
                                         {}});
        return;
    }
    if (!draft.facts.record(u"database:"_s + name, u"mailboxCount"_s, QString::number(count), at))
        return;
    draft.mailboxCounts.append({name, count, at});
    result.records.append(RecognisedRecord{at, r.lastLine, RecordKind::MailboxCount, name, {u"mailboxCount"_s}});
}

// Get-Mailbox (one mailbox): its Database, for the public folder proxy mailboxes that
// Get-OrganizationConfig names (F57: a hidden proxy mailbox in an empty database on each
// legacy public folder server). The database prints as its name (2007: the identity
// "SERVER\Storage Group\Database", reduced to the name). Which mailboxes are proxies is
// decided at the merge, where the organization's list is known.
void mapMailbox(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result)
{
    QString name = valueOf(r, u"Name").trimmed();
    if (name.isEmpty())
        name = valueOf(r, u"Alias").trimmed();
    if (!requireName(r, file, RecordKind::Mailbox, name, result))
        return;
    const SourceRef at{file, r.firstLine};
    RecognisedRecord rec{at, r.lastLine, RecordKind::Mailbox, name, {}};
    const PsProperty *p = r.find(u"Database");
    const QString database = p && !p->truncated ? p->value.section(u'\\', -1).trimmed() : QString();
    if (p && database.isEmpty()) {
        warnValueLeftUnknown(result, file, *p,
                             p->truncated ? tr("cut off at the console's width")
                                          : tr("empty: the mailbox's database is not in the input"));
    } else if (p && draft.facts.record(u"mailbox:"_s + name.toLower(), u"database"_s, database, {file, p->line})) {
        draft.mailboxDatabases.append({name, database, {file, p->line}});
        rec.fields.append(u"database"_s);
    }
    result.records.append(rec);
}

// Get-PublicFolderDatabase (2010 shell: with -IncludePreExchange2010 also 2007's;
// office-docs-powershell Get-PublicFolderDatabase.md): a legacy public folder database
// and the server that hosts it, which the public folder rules need (PF-001..003, F57-F59).
void mapPublicFolderDatabase(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result)
{
    // The 2007 shell names the database by its path "SERVER\Storage Group\Database".
    const QString name = valueOf(r, u"Name").section(u'\\', -1).trimmed();
    if (!requireName(r, file, RecordKind::PublicFolderDatabase, name, result))
        return;
    QString server = valueOf(r, u"Server").trimmed();
    if (server.isEmpty())
        server = valueOf(r, u"Identity").section(u'\\', 0, 0).trimmed();
    const SourceRef at{file, r.firstLine};
    const QString subject = u"database:"_s + name;
    if (!draft.facts.record(subject, u"server"_s, server, at)
        || !draft.facts.record(subject, u"isPublicFolderDatabase"_s, u"True"_s, at))
        return;
    const auto same = [&name](const MailboxDatabase &x) { return x.name.compare(name, Qt::CaseInsensitive) == 0; };
    const auto it = std::find_if(draft.databases.begin(), draft.databases.end(), same);
    if (it == draft.databases.end()) {
        MailboxDatabase db;
        db.name = name;
        db.server = server;
        db.isPublicFolderDatabase = true;
        draft.databases.append(db);
        draft.objectLocations.insert(u"database:"_s + name.toLower(), at);
    } else {
        // Named before as a mailbox database's default public folder database.
        it->isPublicFolderDatabase = true;
        if (it->server.isEmpty())
            it->server = server;
    }
    result.records.append(RecognisedRecord{
        at, r.lastLine, RecordKind::PublicFolderDatabase, name, {u"server"_s, u"isPublicFolderDatabase"_s}});
}

// Get-OrganizationConfig: the proxy mailboxes new mailboxes use for legacy public folders
// (Set-OrganizationConfig -RemotePublicFolderMailboxes, Applicable: 2013 and later;
// office-docs-powershell Set-OrganizationConfig.md; F57). "{}" is known and empty; an
// empty value is what Select-Object prints where the property does not exist (a 2007 or
// 2010 shell): unknown. The database of each mailbox is not in this output.
void mapOrganizationConfig(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result)
{
    RecognisedRecord rec{
        SourceRef{file, r.firstLine}, r.lastLine, RecordKind::OrganizationConfig, valueOf(r, u"Name"), {}};
    const PsProperty *p = r.find(u"RemotePublicFolderMailboxes");
    if (p && p->truncated) {
        noteAt(result, {file, p->line},
               tr("RemotePublicFolderMailboxes was cut off (\"%1\"): left unknown; print it with "
                  "(Get-OrganizationConfig).RemotePublicFolderMailboxes")
                   .arg(p->value));
    } else if (p && p->value.trimmed().isEmpty()) {
        noteAt(result, {file, p->line},
               tr("RemotePublicFolderMailboxes is empty, as a shell older than Exchange 2013 prints it: left "
                  "unknown"));
    } else if (p) {
        const auto names = parsePsList(p->value);
        if (!names) {
            warnValueLeftUnknown(result, file, *p, tr("not a list such as {PFProxy1, PFProxy2} (a half-pasted line?)"));
        } else {
            QList<PublicFolderProxyMailbox> mailboxes;
            QStringList display;
            for (const QString &n : *names) {
                // An AD object id prints as its canonical name "contoso.com/Users/PFProxy1".
                const QString mailbox = n.section(u'/', -1).trimmed();
                if (mailbox.isEmpty())
                    continue;
                mailboxes.append(PublicFolderProxyMailbox{mailbox, QString()});
                display.append(mailbox);
            }
            if (draft.facts.record(u"organization"_s, u"remotePublicFolderMailboxes"_s, display.join(u", "_s),
                                   {file, p->line})) {
                draft.remotePublicFolderMailboxes = mailboxes;
                rec.fields.append(u"remotePublicFolderMailboxes"_s);
            }
        }
    }
    result.records.append(rec);
}

// setspn -L / -Q (setspnoutput.h): the http/ SPNs of each account listed, for KRB-001 and
// KRB-004 (F63: http/<namespace> and http/<autodiscover> on the ASA, once in the forest).
// Other service classes (HOST/, RestrictedKrbHost/, exchangeMDB/...) are counted, not
// planned. A -Q that searched one domain says so: -F searches the forest.
void mapServicePrincipalNames(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result)
{
    ImportDraft::SpnFacts &facts = draft.servicePrincipalNames;
    const QString account = valueOf(r, u"Account");
    const QString query = valueOf(r, u"Query").trimmed();
    const bool isQuery = r.section.endsWith(u"-Q"_s);
    RecognisedRecord rec{SourceRef{file, r.firstLine},
                         r.lastLine,
                         RecordKind::ServicePrincipalNames,
                         isQuery ? (u"-Q "_s + (query.isEmpty() ? tr("(SPN not in the input)") : query))
                                 : (u"-L "_s + account),
                         {}};
    if (isQuery && query.isEmpty()) {
        result.issues.append(ImportIssue{
            IssueSeverity::Warning,
            SourceRef{file, r.firstLine},
            account.isEmpty()
                ? tr("setspn -Q found no such SPN, but the command line naming the SPN is not in the input: nothing "
                     "learned; paste the command with its output")
                : tr("setspn -Q output without its command line: the SPNs of %1 are recorded, but which SPN was "
                     "asked for is not known, so other accounts holding it cannot be ruled out")
                      .arg(account),
            {}});
    }
    if (isQuery && valueOf(r, u"Scope") == u"domain"_s && !query.isEmpty()) {
        noteAt(result, {file, r.firstLine},
               tr("setspn -Q %1 searched one domain: in a forest of several domains, setspn -F -Q %1 searches them "
                  "all")
                   .arg(query));
    }
    if (isQuery && query.startsWith(u"http/"_s, Qt::CaseInsensitive) && !query.contains(u'*')
        && !facts.queried.contains(query.toLower()))
        facts.queried.append(query.toLower());
    if (!account.isEmpty()) {
        ImportDraft::SpnFacts::Account *entry = nullptr;
        const QString key = servicePrincipalAccountKey(account);
        for (ImportDraft::SpnFacts::Account &a : facts.accounts) {
            if (servicePrincipalAccountKey(a.name) == key)
                entry = &a;
        }
        if (!entry) {
            facts.accounts.append({account, {}, SourceRef{file, r.firstLine}});
            entry = &facts.accounts.last();
        }
        for (const PsProperty &p : r.properties) {
            if (p.name != u"ServicePrincipalName"_s)
                continue;
            if (!p.value.startsWith(u"http/"_s, Qt::CaseInsensitive))
                ++facts.otherServiceClasses;
            else if (!entry->spns.contains(p.value, Qt::CaseInsensitive))
                entry->spns.append(p.value);
        }
    }
    if (!account.isEmpty() || facts.queried.contains(query.toLower()))
        rec.fields.append(u"servicePrincipalNames"_s);
    result.records.append(rec);
}

void mapOutlookProvider(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result)
{
    const QString name = valueOf(r, u"Name");
    result.records.append(
        RecognisedRecord{SourceRef{file, r.firstLine}, r.lastLine, RecordKind::OutlookProvider, QString(), {}});
    if (name.compare(u"EXPR"_s, Qt::CaseInsensitive) != 0)
        return; // EXCH and WEB carry nothing the plan records
    if (const PsProperty *p = r.find(u"CertPrincipalName"); p && !p->truncated) {
        if (draft.facts.record(u"organization"_s, u"expressCertPrincipalName"_s, p->value, {file, p->line})) {
            draft.expressCertPrincipalName = p->value;
            result.records.last().fields.append(u"expressCertPrincipalName"_s);
        }
    }
}

} // namespace wizard
