// Get-ExchangeServer and Get-ClientAccessServer records: the server inventory that
// decides each server's version (RULEBOOK §6, F37), plus the shared draft helpers.
#include "cmdletrecords.h"
#include "importdraft.h"
#include "psvalues.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

RecognisedRecord recognised(const PsRecord &r, const QString &file, RecordKind kind, const QString &subject)
{
    return RecognisedRecord{SourceRef{file, r.firstLine}, r.lastLine, kind, subject, {}};
}

// A usable, untruncated property value; notes a truncated one.
const PsProperty *usable(const PsRecord &r, QStringView name, const QString &file, ImportResult &result)
{
    const PsProperty *p = r.find(name);
    if (p && p->truncated) {
        noteAt(result, SourceRef{file, p->line},
               tr("%1 was cut off by Format-Table (\"%2\"): left unknown").arg(p->name, p->value));
        return nullptr;
    }
    return p;
}

// A record's own AdminDisplayVersion: the product only. Its ExchangeVersion is the
// object's schema version, not the server's (RULEBOOK §6, F37): never read.
// Exchange 2000: recognised and reported, never misread as another version; the server
// stays out of the plan (which holds 2003 to Subscription Edition).
bool reportUnplannableVersion(const PsProperty &p, const QString &file, ServerDraft &s, ImportResult &result)
{
    const auto other = unplannableVersion(p.value);
    if (!other)
        return false;
    if (!s.unplannableProduct.isEmpty())
        return true;
    s.unplannableProduct = other->product;
    const QString message = other->olderThan2007
        ? tr("%1 runs %2 (%3): it cannot coexist with Exchange 2013 (VER-001, error): move its mailboxes and "
             "remove it from the organization before installing 2013. It is not added to the plan")
        : tr("%1 runs %2 (%3): CoexPlan plans Exchange 2013/2016 beside 2007/2010, so it is not added to the "
             "plan");
    result.issues.append(ImportIssue{other->olderThan2007 ? IssueSeverity::Warning : IssueSeverity::Note,
                                     SourceRef{file, p.line},
                                     message.arg(s.name, other->product, p.value),
                                     {}});
    return true;
}

void noteRecordVersion(const PsRecord &r, const QString &file, ServerDraft &s, ImportResult &result)
{
    if (const PsProperty *p = usable(r, u"AdminDisplayVersion", file, result); p && !p->value.isEmpty()) {
        const auto build = BuildNumber::parse(p->value);
        const auto version = build ? versionOfBuild(*build) : std::nullopt;
        if (!version) {
            if (!reportUnplannableVersion(*p, file, s, result))
                warnValue(result, file, *p, tr("not an Exchange version"));
            return;
        }
        if (!s.recordVersion)
            s.recordVersion = version;
    }
}
// AlternateServiceAccountConfiguration as Get-ClientAccessServer
// -IncludeAlternateServiceAccountCredentialStatus prints it (2010 SP1 and later,
// office-docs-powershell Get-ClientAccessServer.md; F63, F88): the newest and the previous
// credential, "Latest: <when>, <DOMAIN\\account>" then "Previous: ..." on an indented
// line, an unset one in angle brackets ("<not set>"). Through the 2010+ shells' remoting
// the property is that text (FACTS F91: implicit remoting). Without the switch the
// property is printed empty: that is not "none configured".
enum class AsaStatus { NotRead, None, Account, Unrecognised };
AsaStatus parseAlternateServiceAccount(QStringView value, QString *account)
{
    const QStringView v = value.trimmed();
    if (v.isEmpty())
        return AsaStatus::NotRead;
    if (!v.startsWith(u"Latest:", Qt::CaseInsensitive))
        return AsaStatus::Unrecognised;
    QStringView latest = v.sliced(7);
    if (const qsizetype previous = latest.indexOf(u"Previous:", 0, Qt::CaseInsensitive); previous >= 0)
        latest = latest.first(previous);
    latest = latest.trimmed();
    if (latest.startsWith(u'<'))
        return AsaStatus::None;
    const qsizetype comma = latest.lastIndexOf(u',');
    if (comma < 0)
        return AsaStatus::Unrecognised;
    *account = latest.sliced(comma + 1).trimmed().toString();
    return account->isEmpty() ? AsaStatus::Unrecognised : AsaStatus::Account;
}
} // namespace

bool FactTable::record(const QString &subject, const QString &field, const QString &value, const SourceRef &where)
{
    const QString key = subject.toLower() + u'\x1f' + field;
    const auto it = m_first.constFind(key);
    if (it == m_first.cend()) {
        m_first.insert(key, First{value, where});
        return true;
    }
    if (it->value.compare(value, Qt::CaseInsensitive) == 0)
        return true;
    m_conflicts.append(ImportConflict{subject, field, it->value, it->where, value, where});
    return false;
}

ServerDraft &ImportDraft::server(const QString &name)
{
    const QString key = name.toLower();
    const auto it = serverIndex.constFind(key);
    if (it != serverIndex.cend())
        return servers[*it];
    serverIndex.insert(key, servers.size());
    servers.append(ServerDraft());
    servers.last().name = name;
    return servers.last();
}

void warnValue(ImportResult &result, const QString &file, const PsProperty &p, const QString &why)
{
    result.issues.append(
        ImportIssue{IssueSeverity::Error, SourceRef{file, p.line}, tr("%1 \"%2\": %3").arg(p.name, p.value, why), {}});
}

void warnValueLeftUnknown(ImportResult &result, const QString &file, const PsProperty &p, const QString &why)
{
    result.issues.append(ImportIssue{IssueSeverity::Warning,
                                     SourceRef{file, p.line},
                                     tr("%1 \"%2\": %3: left unknown").arg(p.name, p.value, why),
                                     {}});
}

void noteAt(ImportResult &result, const SourceRef &where, const QString &message)
{
    result.issues.append(ImportIssue{IssueSeverity::Note, where, message, {}});
}

void mapExchangeServer(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result)
{
    const PsProperty *name = usable(r, u"Name", file, result);
    if (!name || name->value.isEmpty()) {
        result.issues.append(ImportIssue{IssueSeverity::Error,
                                         SourceRef{file, r.firstLine},
                                         tr("a Get-ExchangeServer record without Name: which server is it?"),
                                         {}});
        return;
    }
    ServerDraft &s = draft.server(name->value);
    RecognisedRecord rec = recognised(r, file, RecordKind::ExchangeServer, s.name);
    if (const PsProperty *p = usable(r, u"Fqdn", file, result); p && !p->value.isEmpty()) {
        if (draft.facts.record(s.name, u"fqdn"_s, p->value, {file, p->line}))
            s.fqdn = p->value;
        rec.fields.append(u"fqdn"_s);
    }
    if (const PsProperty *p = usable(r, u"AdminDisplayVersion", file, result); p && !p->value.isEmpty()) {
        const auto build = BuildNumber::parse(p->value);
        const auto version = build ? versionOfBuild(*build) : std::nullopt;
        if (!version) {
            if (!reportUnplannableVersion(*p, file, s, result))
                warnValue(result, file, *p,
                          tr("not an Exchange version (expected e.g. \"Version 14.3 (Build 123.4)\")"));
        } else if (draft.facts.record(s.name, u"build"_s, build->toString(), {file, p->line})) {
            s.version = version;
            s.build = *build;
            s.versionAt = {file, p->line};
            rec.fields << u"version"_s << u"build"_s;
        }
    } else {
        noteRecordVersion(r, file, s, result);
    }
    if (const PsProperty *p = usable(r, u"ServerRole", file, result); p && !p->value.isEmpty()) {
        const QStringList roles = parsePsList(p->value).value_or(QStringList{p->value});
        const auto has = [&roles](QStringView role) {
            return std::any_of(roles.cbegin(), roles.cend(),
                               [role](const QString &x) { return x.compare(role, Qt::CaseInsensitive) == 0; });
        };
        if (draft.facts.record(s.name, u"roles"_s, roles.join(u", "_s), {file, p->line})) {
            s.clientAccess = has(u"ClientAccess");
            s.mailbox = has(u"Mailbox");
            rec.fields.append(u"roles"_s);
        }
    }
    if (const PsProperty *p = usable(r, u"Site", file, result); p && !p->value.isEmpty()) {
        const QString site = siteNameFromPath(p->value);
        if (draft.facts.record(s.name, u"site"_s, site, {file, p->line})) {
            s.site = site;
            s.siteAt = {file, p->line};
        }
        rec.fields.append(u"site"_s);
    }
    result.records.append(rec);
}

void mapClientAccessServer(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result)
{
    const PsProperty *name = usable(r, u"Name", file, result);
    if (!name || name->value.isEmpty()) {
        result.issues.append(ImportIssue{IssueSeverity::Error,
                                         SourceRef{file, r.firstLine},
                                         tr("a Get-ClientAccessServer record without Name: which server is it?"),
                                         {}});
        return;
    }
    ServerDraft &s = draft.server(name->value);
    RecognisedRecord rec = recognised(r, file, RecordKind::ClientAccessServer, s.name);
    noteRecordVersion(r, file, s, result);
    if (!s.clientAccess)
        s.clientAccess = true;
    if (const PsProperty *p = usable(r, u"Fqdn", file, result); p && !p->value.isEmpty()) {
        if (draft.facts.record(s.name, u"fqdn"_s, p->value, {file, p->line}))
            s.fqdn = p->value;
        rec.fields.append(u"fqdn"_s);
    }
    if (const PsProperty *p = usable(r, u"AutoDiscoverServiceInternalUri", file, result)) {
        if (draft.facts.record(s.name, u"autodiscoverServiceInternalUri"_s, p->value, {file, p->line}))
            s.autodiscoverServiceInternalUri = p->value;
        rec.fields.append(u"autodiscoverServiceInternalUri"_s);
    }
    if (const PsProperty *p = usable(r, u"AlternateServiceAccountConfiguration", file, result)) {
        QString account;
        switch (parseAlternateServiceAccount(p->value, &account)) {
        case AsaStatus::NotRead:
            noteAt(result, {file, p->line},
                   tr("%1: AlternateServiceAccountConfiguration is empty, as Get-ClientAccessServer prints it "
                      "without -IncludeAlternateServiceAccountCredentialStatus: the alternate service account is "
                      "left unknown")
                       .arg(s.name));
            break;
        case AsaStatus::Unrecognised:
            warnValueLeftUnknown(result, file, *p,
                                 tr("not the credential status \"Latest: <date>, DOMAIN\\account\" (or \"Latest: <not "
                                    "set>\")"));
            break;
        case AsaStatus::None:
        case AsaStatus::Account:
            if (draft.facts.record(s.name, u"alternateServiceAccount"_s, account, {file, p->line})) {
                s.alternateServiceAccount = account;
                rec.fields.append(u"alternateServiceAccount"_s);
            }
            break;
        }
    }
    if (const PsProperty *p = usable(r, u"OutlookAnywhereEnabled", file, result)) {
        const auto enabled = parsePsBool(p->value);
        if (!enabled) {
            warnValue(result, file, *p, tr("expected True or False"));
        } else {
            // Applies to 2007/2010 only; checked against the Rpc vdir once the version is known.
            s.outlookAnywhereEnabled = *enabled;
            s.outlookAnywhereEnabledAt = {file, p->line};
            rec.fields.append(QString(oafield::enabled));
        }
    }
    result.records.append(rec);
}

void queueOutlookAnywhere(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result)
{
    if (isBackEndVirtualDirectory(r)) {
        noteAt(result, {file, r.firstLine},
               tr("an Exchange Back End virtual directory (lines %1-%2): ignored, only the front end counts")
                   .arg(r.firstLine)
                   .arg(r.lastLine));
        return;
    }
    const QString name = outlookAnywhereServerName(r);
    if (name.isEmpty()) {
        // Typical for a single-server organization (`fl external*,internal*,iis*`):
        // attributed once every input was read (placeAnonymousRecords).
        draft.anonymous.append(AnonymousRecord{&r, file});
        return;
    }
    ServerDraft &s = draft.server(name);
    noteRecordVersion(r, file, s, result);
    result.records.append(recognised(r, file, RecordKind::OutlookAnywhere, s.name));
    s.outlookAnywhereRecords.append(PendingRecord{&r, file, result.records.size() - 1});
}

void placeAnonymousRecords(const QString &givenServer, const QList<QPair<SourceRef, QString>> &recordServers,
                           const QStringList &planServers, ImportDraft &draft, ImportResult &result)
{
    if (draft.anonymous.isEmpty())
        return;
    QString fallback = givenServer;
    QStringList known;
    for (const ServerDraft &s : draft.servers)
        known.append(s.name);
    if (known.isEmpty())
        known = planServers;
    if (fallback.isEmpty() && known.size() == 1)
        fallback = known.first();
    QStringList candidates = known;
    for (const QString &name : planServers) {
        if (!candidates.contains(name, Qt::CaseInsensitive))
            candidates.append(name);
    }
    QStringList withoutRecord;
    for (const ServerDraft &s : draft.servers) {
        if (s.clientAccess.value_or(false) && s.outlookAnywhereRecords.isEmpty())
            withoutRecord.append(s.name);
    }
    const QString suggestion = withoutRecord.size() == 1 ? withoutRecord.first() : QString();
    for (const AnonymousRecord &a : draft.anonymous) {
        const PsRecord &r = *a.record;
        const SourceRef where{a.file, r.firstLine};
        QString answered;
        for (const auto &[at, name] : recordServers) {
            if (at == where && !name.trimmed().isEmpty())
                answered = name.trimmed();
        }
        const QString server = answered.isEmpty() ? fallback : answered;
        if (server.isEmpty()) {
            result.questions.append(ImportQuestion{ImportQuestion::Kind::RecordServer, where, r.lastLine, QString(),
                                                   candidates, suggestion});
            result.issues.append(ImportIssue{
                IssueSeverity::Warning,
                SourceRef{a.file, r.firstLine},
                tr("the Outlook Anywhere record on lines %1-%2 names no server and the input knows several (or "
                   "none): not placed. Say which server it is (coexplan import --server NAME), or include "
                   "ServerName in the output (fl ServerName,*)")
                    .arg(r.firstLine)
                    .arg(r.lastLine),
                {},
                IssueTopic::NeedsAnswer});
            continue;
        }
        ServerDraft &s = draft.server(server);
        noteAt(result, {a.file, r.firstLine},
               (!answered.isEmpty() ? tr("the Outlook Anywhere record on lines %1-%2 names no server: attributed "
                                         "to %3, as you answered")
                    : givenServer.isEmpty()
                    ? tr("the Outlook Anywhere record on lines %1-%2 names no server: attributed "
                         "to %3, the only server the input knows")
                    : tr("the Outlook Anywhere record on lines %1-%2 names no server: attributed "
                         "to %3, as you said (--server)"))
                   .arg(r.firstLine)
                   .arg(r.lastLine)
                   .arg(s.name));
        noteRecordVersion(r, a.file, s, result);
        result.records.append(recognised(r, a.file, RecordKind::OutlookAnywhere, s.name));
        s.outlookAnywhereRecords.append(PendingRecord{&r, a.file, result.records.size() - 1});
    }
}

} // namespace wizard
