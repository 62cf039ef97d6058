#include "planmerge.h"
#include "topology/wording.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

template <typename... Members>
void carryFields(OutlookAnywhereSettings &target, const OutlookAnywhereSettings &previous,
                 const OutlookAnywhereSettings &captured, Members... members)
{
    ((target.*members == previous.*members ? void(target.*members = captured.*members) : void()), ...);
}

// From Exchange 2016 on the Mailbox role runs the Client Access services (FACTS F95:
// Set-ClientAccessService on 2016, 2019, SE); an Outlook Anywhere record means a CAS.
bool runsClientAccess(const ServerDraft &s, ExchangeVersion version)
{
    return s.clientAccess.value_or(!s.outlookAnywhereRecords.isEmpty())
        || (hasClientAccessService(version) && s.mailbox.value_or(false));
}

// The version to use for a drafted server (Unknown after reporting that the input lacks
// it), or nullopt when a conflict keeps it out.
std::optional<ExchangeVersion> resolveVersion(ServerDraft &s, const Server *existing, ImportDraft &draft,
                                              ImportResult &result)
{
    const SourceRef firstRecord = s.outlookAnywhereRecords.isEmpty()
        ? s.versionAt
        : SourceRef{s.outlookAnywhereRecords.first().file, s.outlookAnywhereRecords.first().record->firstLine};
    if (s.version && s.recordVersion && *s.version != *s.recordVersion)
        draft.facts.addConflict(ImportConflict{s.name, u"version"_s, exchangeVersionToken(*s.version), s.versionAt,
                                               exchangeVersionToken(*s.recordVersion), firstRecord});
    // A server the plan holds with version unknown takes the version the input shows.
    if (existing && existing->version == ExchangeVersion::Unknown)
        existing = nullptr;
    if (existing && s.version && existing->version != *s.version) {
        draft.facts.addConflict(ImportConflict{s.name, u"version"_s, exchangeVersionToken(existing->version),
                                               SourceRef{tr("the plan"), 0}, exchangeVersionToken(*s.version),
                                               s.versionAt});
        return std::nullopt;
    }
    if (!s.unplannableProduct.isEmpty())
        return std::nullopt; // Exchange 2000 and older: reported where its version was read
    const auto given = draft.givenVersions.constFind(s.name.toLower());
    if (given != draft.givenVersions.cend()) {
        // The user's answer (--version, the question after the import) completes the
        // input; it does not silently win over what the input or the plan says.
        const std::optional<ExchangeVersion> other = s.version ? s.version
            : existing                                         ? std::optional(existing->version)
                                                               : s.recordVersion;
        if (other && *other != *given) {
            draft.facts.addConflict(ImportConflict{s.name, u"version"_s, exchangeVersionToken(*other),
                                                   s.version ? s.versionAt : firstRecord, exchangeVersionToken(*given),
                                                   SourceRef{tr("--version"), 0}});
            return std::nullopt;
        }
        return *given;
    }
    if (s.version)
        return s.version;
    if (existing)
        return existing->version;
    if (s.recordVersion)
        return s.recordVersion;
    // RULEBOOK §6: a version not in the input stays unknown, never guessed from field
    // names or ExchangeVersion. The server is kept with version unknown (RULEBOOK §1):
    // the rules that need it say "cannot evaluate" until the user answers.
    result.issues.append(ImportIssue{
        IssueSeverity::Warning,
        firstRecord,
        tr("the Exchange version of %1 is not in the input: kept with version unknown. Say which version it is "
           "(coexplan import --version %1=2010, for example; or in the Servers step), or add Get-ExchangeServer "
           "output (AdminDisplayVersion)")
            .arg(s.name),
        {},
        IssueTopic::NeedsAnswer});
    result.questions.append(ImportQuestion{ImportQuestion::Kind::ServerVersion, firstRecord, 0, s.name, {}, {}});
    return ExchangeVersion::Unknown;
}

void captureServer(ServerDraft &s, ExchangeVersion version, const Server *existing, ImportDraft &draft,
                   ImportResult &result)
{
    s.version = version;
    s.captured = existing && existing->current
        ? reshapeOutlookAnywhereSettings(existing->current->outlookAnywhere, version)
        : unknownOutlookAnywhereSettings(version);
    for (const PendingRecord &pending : s.outlookAnywhereRecords)
        mapOutlookAnywhere(pending, version, s, draft, result);
    if (isLegacy(version) && s.outlookAnywhereEnabled.isKnown()) {
        // Get-ClientAccessServer's OutlookAnywhereEnabled (F25) against the Rpc vdir records.
        const bool enabled = s.outlookAnywhereEnabled.value();
        if (draft.facts.record(s.name, QString(oafield::enabled), enabled ? u"True"_s : u"False"_s,
                               s.outlookAnywhereEnabledAt)) {
            s.captured.enabled = enabled;
            if (!s.capturedFields.contains(oafield::enabled))
                s.capturedFields.append(QString(oafield::enabled));
        }
    }
    const bool clientAccess = runsClientAccess(s, version);
    if (isLegacy(version) && clientAccess && s.captured.enabled.isUnknown())
        noteAt(result, s.versionAt,
               tr("%1: no Outlook Anywhere record and no OutlookAnywhereEnabled value: whether Outlook Anywhere is "
                  "enabled stays unknown (Get-ClientAccessServer tells)")
                   .arg(s.name));
}

// A site named by the input but not in the plan. Whether it is internet-facing (F44)
// is not in any cmdlet output the importer reads: it is added as not internet-facing,
// and the report says so.
void ensureSite(Topology &topology, const QString &name, const SourceRef &where, ImportResult &result)
{
    if (name.isEmpty() || topology.findSite(name))
        return;
    topology.sites.append(Site{name, false});
    noteAt(result, where,
           tr("site %1 added to the plan as not internet-facing: mark it internet-facing if its servers have "
              "external URLs")
               .arg(name));
}

void applyServer(const ServerDraft &s, Server *existing, Topology &topology, ImportResult &result)
{
    const ExchangeVersion version = *s.version;
    const bool clientAccess = runsClientAccess(s, version);
    ServerSummary summary{s.name, version, existing == nullptr, s.capturedFields, s.readFromNewerShell};
    if (existing && existing->version != version && version != ExchangeVersion::Unknown)
        changeServerVersion(*existing, version); // the plan had it as unknown (resolveVersion)
    ensureSite(topology, s.site, s.siteAt, result);
    if (!existing) {
        Server server;
        server.name = s.name;
        server.version = version;
        server.outlookAnywhere = unknownOutlookAnywhereSettings(version);
        server.autodiscoverServiceInternalUri = Setting<QString>();
        topology.servers.append(server);
        existing = &topology.servers.last();
    }
    Server &target = *existing;
    if (!s.fqdn.isEmpty())
        target.fqdn = s.fqdn;
    if (!s.site.isEmpty())
        target.site = s.site;
    if (s.build.isKnown())
        target.build = s.build;
    if (s.clientAccess || !s.outlookAnywhereRecords.isEmpty())
        target.roles.clientAccess = clientAccess;
    if (s.mailbox)
        target.roles.mailbox = *s.mailbox;
    if (!s.outlookAnywhereRecords.isEmpty())
        target.readFromNewerShell = s.readFromNewerShell;
    if (!s.rpcVirtualDirectoryIdentity.isEmpty())
        target.rpcVirtualDirectoryIdentity = s.rpcVirtualDirectoryIdentity;
    // Tier 2 (issue 17): what the server has, like its build; the input replaces the plan's.
    if (s.alternateServiceAccount.isKnown()) {
        target.alternateServiceAccount = s.alternateServiceAccount;
        summary.fields.append(u"alternateServiceAccount"_s);
    }
    if (s.extendedProtection.isKnown()) {
        target.extendedProtection = s.extendedProtection;
        summary.fields.append(u"extendedProtection"_s);
    }

    const CapturedState previous
        = target.current.value_or(CapturedState{unknownOutlookAnywhereSettings(version), Setting<QString>()});
    CapturedState now{s.captured, previous.autodiscoverServiceInternalUri};
    if (s.autodiscoverServiceInternalUri.isKnown()) {
        now.autodiscoverServiceInternalUri = s.autodiscoverServiceInternalUri;
        summary.fields.append(u"autodiscoverServiceInternalUri"_s);
    }
    target.outlookAnywhere = carryTarget(target.outlookAnywhere, previous.outlookAnywhere, now.outlookAnywhere);
    if (target.autodiscoverServiceInternalUri == previous.autodiscoverServiceInternalUri)
        target.autodiscoverServiceInternalUri = now.autodiscoverServiceInternalUri;
    target.current = now;
    result.servers.append(summary);
}

template <typename T> void upsertByName(QList<T> &into, const T &item)
{
    const auto it = std::find_if(into.begin(), into.end(),
                                 [&item](const T &x) { return x.name.compare(item.name, Qt::CaseInsensitive) == 0; });
    if (it == into.end())
        into.append(item);
    else
        *it = item;
}

// setspn (issue 17): what the input listed replaces what the plan had for the same
// accounts (-L and -Q print an account's whole SPN list) and for the SPNs a -Q asked for
// (every account holding one is listed); the plan's other entries are kept.
// Get-Mailbox -Identity records: the database of each public folder proxy mailbox the
// organization names (the input's or the plan's RemotePublicFolderMailboxes). A mailbox
// that is not one of them is said once, with its name, and not planned.
// Returns how many proxy mailboxes got their database.
int mergeProxyMailboxDatabases(const QList<ImportDraft::MailboxInDatabase> &found, Organization &organization,
                               ImportResult &result)
{
    if (found.isEmpty())
        return 0;
    int placed = 0;
    QStringList others;
    SourceRef firstOther;
    QList<PublicFolderProxyMailbox> mailboxes
        = organization.remotePublicFolderMailboxes.valueOr(QList<PublicFolderProxyMailbox>());
    for (const ImportDraft::MailboxInDatabase &m : found) {
        auto proxy = std::find_if(mailboxes.begin(), mailboxes.end(), [&](const PublicFolderProxyMailbox &p) {
            return p.name.compare(m.mailbox, Qt::CaseInsensitive) == 0;
        });
        if (proxy != mailboxes.end()) {
            proxy->database = m.database;
            ++placed;
            continue;
        }
        if (others.isEmpty())
            firstOther = m.at;
        others.append(m.mailbox);
    }
    if (organization.remotePublicFolderMailboxes.isKnown())
        organization.remotePublicFolderMailboxes = mailboxes;
    if (others.isEmpty())
        return placed;
    const QString names = others.size() > 5
        ? QCoreApplication::translate("wizard", "%1 and %n more", nullptr, int(others.size() - 5))
              .arg(others.mid(0, 5).join(u", "_s))
        : others.join(u", "_s);
    result.issues.append(ImportIssue{
        IssueSeverity::Note,
        firstOther,
        organization.remotePublicFolderMailboxes.isKnown()
            ? QCoreApplication::translate("wizard",
                                          "Get-Mailbox: not among the organization's public folder proxy mailboxes "
                                          "(RemotePublicFolderMailboxes), so not planned: %1")
                  .arg(names)
            : QCoreApplication::translate("wizard",
                                          "Get-Mailbox: not planned, as neither the input nor the plan says which "
                                          "mailboxes are the public folder proxy mailboxes (Get-OrganizationConfig "
                                          "RemotePublicFolderMailboxes, from an Exchange 2013 or later shell): %1")
                  .arg(names),
        {}});
    return placed;
}

void mergeServicePrincipalNames(const ImportDraft::SpnFacts &facts, Organization &organization, ImportResult &result)
{
    if (!facts.learned())
        return;
    QSet<QString> accounts;
    for (const ImportDraft::SpnFacts::Account &a : facts.accounts)
        accounts.insert(servicePrincipalAccountKey(a.name));
    QList<ServicePrincipalName> merged;
    for (const ServicePrincipalName &spn : organization.servicePrincipalNames.valueOr({})) {
        if (!accounts.contains(servicePrincipalAccountKey(spn.account))
            && !facts.queried.contains(spn.name.trimmed().toLower()))
            merged.append(spn);
    }
    QSet<QString> registered;
    QStringList summary;
    for (const ImportDraft::SpnFacts::Account &a : facts.accounts) {
        for (const QString &name : a.spns) {
            merged.append(ServicePrincipalName{name, a.name});
            registered.insert(name.toLower());
        }
        summary.append(a.spns.isEmpty() ? tr("%1: no http/ names").arg(a.name)
                                        : tr("%1: %2").arg(a.name, a.spns.join(u", "_s)));
    }
    for (const QString &q : facts.queried) {
        if (!registered.contains(q))
            summary.append(tr("%1: on no account").arg(q));
    }
    organization.servicePrincipalNames = merged;
    QString message = tr("service principal names recorded from setspn (%1)").arg(summary.join(u"; "_s));
    if (facts.otherServiceClasses > 0)
        message += tr("; %1 of other services (HOST/, exchangeMDB/...) not planned")
                       .arg(counted(facts.otherServiceClasses, tr("SPN"), tr("SPNs")));
    result.issues.append(ImportIssue{
        IssueSeverity::Note, facts.accounts.isEmpty() ? SourceRef{} : facts.accounts.first().at, message, {}});
}
} // namespace

OutlookAnywhereSettings carryTarget(const OutlookAnywhereSettings &target, const OutlookAnywhereSettings &previous,
                                    const OutlookAnywhereSettings &captured)
{
    using S = OutlookAnywhereSettings;
    OutlookAnywhereSettings t = target;
    carryFields(t, previous, captured, &S::enabled, &S::externalHostname, &S::internalHostname,
                &S::clientAuthenticationMethod, &S::externalClientAuthenticationMethod,
                &S::internalClientAuthenticationMethod, &S::iisAuthenticationMethods, &S::sslOffloading,
                &S::externalClientsRequireSsl, &S::internalClientsRequireSsl);
    return t;
}

void mergeDraftIntoPlan(ImportDraft &draft, Plan &plan, ImportResult &result)
{
    Topology &topology = plan.topology;
    QHash<QString, qsizetype> existingIndex;
    for (qsizetype i = 0; i < topology.servers.size(); ++i)
        existingIndex.insert(topology.servers[i].name.toLower(), i);
    const auto existingServer = [&](const QString &name) -> Server * {
        const auto it = existingIndex.constFind(name.toLower());
        return it == existingIndex.cend() ? nullptr : &topology.servers[*it];
    };

    for (ServerDraft &s : draft.servers) {
        const Server *existing = existingServer(s.name);
        const auto version = resolveVersion(s, existing, draft, result);
        if (!version)
            continue;
        captureServer(s, *version, existing, draft, result);
    }
    if (!draft.facts.conflicts().isEmpty() || result.hasErrors())
        return; // nothing is merged: the caller reports and leaves the plan alone
    topology.servers.reserve(topology.servers.size() + draft.servers.size());
    for (const ServerDraft &s : draft.servers) {
        if (!s.version)
            continue; // version unknown: reported by resolveVersion
        Server *existing = existingServer(s.name);
        applyServer(s, existing, topology, result);
        if (!existing)
            existingIndex.insert(s.name.toLower(), topology.servers.size() - 1);
    }
    for (const CasArray &a : draft.casArrays) {
        ensureSite(topology, a.site, SourceRef{}, result);
        upsertByName(topology.casArrays, a);
    }
    for (const MailboxDatabase &db : draft.databases) {
        if (!db.server.isEmpty() && !existingServer(db.server)) {
            result.issues.append(ImportIssue{IssueSeverity::Warning,
                                             draft.objectLocations.value(u"database:"_s + db.name.toLower()),
                                             tr("database %1 is on %2, a server that is neither in the plan nor in "
                                                "the input: not added (import Get-ExchangeServer output too)")
                                                 .arg(db.name, db.server),
                                             {}});
            continue;
        }
        // A count recorded before (an earlier collector run, or typed in) stays unless
        // this input counts again.
        MailboxDatabase merged = db;
        for (const MailboxDatabase &old : topology.databases) {
            if (old.name.compare(db.name, Qt::CaseInsensitive) == 0 && !merged.mailboxCount.isKnown())
                merged.mailboxCount = old.mailboxCount;
        }
        upsertByName(topology.databases, merged);
        if (db.isPublicFolderDatabase && !db.server.isEmpty())
            existingServer(db.server)->roles.publicFolders = true;
    }
    for (const ImportDraft::MailboxCount &c : draft.mailboxCounts) {
        const auto it
            = std::find_if(topology.databases.begin(), topology.databases.end(), [&](const MailboxDatabase &d) {
                  return !d.isPublicFolderDatabase && d.name.compare(c.database, Qt::CaseInsensitive) == 0;
              });
        if (it == topology.databases.end()) {
            result.issues.append(
                ImportIssue{IssueSeverity::Warning,
                            c.at,
                            tr("%1 mailboxes counted on database %2, which is neither in the plan "
                               "nor in the input: not recorded (import Get-MailboxDatabase output too)")
                                .arg(c.count)
                                .arg(c.database),
                            {}});
            continue;
        }
        it->mailboxCount = c.count;
    }
    QSet<QString> databaseNames;
    for (const MailboxDatabase &db : topology.databases)
        databaseNames.insert(db.name.toLower());
    for (MailboxDatabase &db : topology.databases) {
        if (db.publicFolderDatabase.isEmpty() || databaseNames.contains(db.publicFolderDatabase.toLower()))
            continue;
        result.issues.append(ImportIssue{IssueSeverity::Warning,
                                         SourceRef{},
                                         tr("database %1: its public folder database %2 is not in the plan: "
                                            "reference left out")
                                             .arg(db.name, db.publicFolderDatabase),
                                         {}});
        db.publicFolderDatabase.clear();
    }
    for (Certificate cert : draft.certificates) {
        cert.servers.removeIf([&](const QString &name) {
            if (existingServer(name))
                return false;
            result.issues.append(ImportIssue{
                IssueSeverity::Warning,
                draft.objectLocations.value(u"certificate:"_s + cert.name.toLower()),
                tr("certificate %1 is used by %2, a server that is neither in the plan nor in the input: that use "
                   "is not recorded")
                    .arg(cert.name, name),
                {}});
            return true;
        });
        upsertByName(topology.certificates, cert);
    }
    if (draft.expressCertPrincipalName.isKnown())
        topology.organization.expressCertPrincipalName = draft.expressCertPrincipalName;
    if (draft.remotePublicFolderMailboxes.isKnown()) {
        // The input names the mailboxes, not their databases: a database the plan recorded
        // for a mailbox of the same name is kept.
        QList<PublicFolderProxyMailbox> mailboxes = draft.remotePublicFolderMailboxes.value();
        const QList<PublicFolderProxyMailbox> before
            = topology.organization.remotePublicFolderMailboxes.valueOr(QList<PublicFolderProxyMailbox>());
        for (PublicFolderProxyMailbox &m : mailboxes) {
            for (const PublicFolderProxyMailbox &old : before) {
                if (old.name.compare(m.name, Qt::CaseInsensitive) == 0)
                    m.database = old.database;
            }
        }
        topology.organization.remotePublicFolderMailboxes = mailboxes;
    }
    draft.proxyDatabasesPlaced = mergeProxyMailboxDatabases(draft.mailboxDatabases, topology.organization, result);
    mergeServicePrincipalNames(draft.servicePrincipalNames, topology.organization, result);
    if (!draft.autodiscoverOutlookAnywhereHost.isEmpty()
        && topology.organization.namespaces.outlookAnywhereExternal.isEmpty())
        topology.organization.namespaces.outlookAnywhereExternal = draft.autodiscoverOutlookAnywhereHost;
    QStringList imported;
    for (const ServerSummary &summary : result.servers)
        imported.append(summary.name);
    proposeNamespaces(imported, topology, result);
}

} // namespace wizard
