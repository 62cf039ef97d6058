// Checklist items after the configuration: verification, the namespace cutover,
// mailbox moves and what comes after (F70 steps 15-17).
#include "checklistitems.h"

#include "serverchanges.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

// Versions (tokens) of the Client Access servers, in version order, for the scripts'
// -ExchangeShell parameter.
QStringList casVersions(const Topology &t)
{
    QStringList out;
    for (ExchangeVersion v :
         {ExchangeVersion::Ex2007, ExchangeVersion::Ex2010, ExchangeVersion::Ex2013, ExchangeVersion::Ex2016}) {
        for (const Server &s : t.servers) {
            if (s.roles.clientAccess && s.version == v) {
                out.append(exchangeVersionToken(v));
                break;
            }
        }
    }
    return out;
}

QList<ChecklistItem> verification(const Topology &t)
{
    QList<ChecklistItem> out;
    ChecklistItem wait = checklistItem(
        u"verify/wait"_s, tr("Wait for Active Directory replication and the Service Host cycle"), {u"F27"_s, u"F3"_s});
    wait.action = tr("Allow about 15 minutes (longer across sites) after the last change before testing.");
    wait.why = tr("The values are written to Active Directory; the Exchange Service Host applies them to IIS about "
                  "every 15 minutes.");
    wait.verify = tr("The verification script below shows every value as OK.");
    out.append(wait);

    const QStringList versions = casVersions(t);
    if (!versions.isEmpty()) {
        ChecklistItem run = checklistItem(
            u"verify/script"_s, tr("Run the verification script from each version's shell"), {u"U4"_s, u"F37"_s});
        QStringList commands;
        for (const QString &v : versions)
            commands.append(u".\\coexplan-verify.ps1 -ExchangeShell %1"_s.arg(v));
        run.action = tr("It only reads: it prints each planned value next to the live one and ends with the number "
                        "of differences.");
        run.why = tr("A newer shell reads legacy objects with the newer field names, so each version is read from "
                     "its own Exchange Management Shell.");
        run.command = commands.join(u'\n');
        run.verify = tr("The script reports 0 differences in every shell.");
        out.append(run);
    }

    ChecklistItem test = checklistItem(u"verify/connectivity"_s, tr("Test Outlook Anywhere end to end"), {u"F74"_s});
    test.action = tr("Run Test-OutlookConnectivity and the Microsoft Remote Connectivity Analyzer (Outlook Anywhere "
                     "test) for one mailbox on each Exchange version.");
    test.why = tr("They check Autodiscover, DNS, the certificate, the firewall and the logon in one run.");
    test.verify = tr("Both tests pass for every mailbox version.");
    out.append(test);
    return out;
}

QList<ChecklistItem> cutover(const Topology &t)
{
    QList<ChecklistItem> out;
    const Namespaces &ns = t.organization.namespaces;
    QStringList names;
    for (const QString &n : {ns.outlookAnywhereExternal, ns.outlookAnywhereInternal, ns.autodiscover}) {
        if (!n.isEmpty() && !names.contains(n, Qt::CaseInsensitive))
            names.append(n);
    }
    if (names.isEmpty())
        return out;
    QStringList targets;
    for (const LoadBalancer &lb : t.loadBalancers)
        targets.append(lb.name);
    if (targets.isEmpty()) {
        for (const Server &s : t.servers) {
            if (isNewCas(s))
                targets.append(s.name);
        }
    }
    ChecklistItem dns
        = checklistItem(u"cutover/dns"_s, tr("Point %1 at the new Client Access servers").arg(names.join(u", "_s)),
                        {u"F70"_s, u"F40"_s});
    dns.action = tr("Change the internal and external DNS records (and firewall publishing) of %1 to %2.")
                     .arg(names.join(u", "_s),
                          targets.isEmpty() ? tr("the new Client Access servers") : targets.join(u", "_s));
    dns.why = tr("From now on Exchange 2013 answers every Outlook Anywhere and Autodiscover request and proxies "
                 "legacy mailboxes' connections to the legacy Client Access servers.");
    dns.verify = tr("nslookup of each name, from inside and outside, answers with the new servers; a legacy and a "
                    "new mailbox both connect without a password prompt.");
    out.append(dns);
    return out;
}

QList<ChecklistItem> mailboxMoves(const Topology &t)
{
    QList<ChecklistItem> out;
    for (const Server &s : t.servers) {
        if (!isLegacy(s.version) || !s.roles.mailbox)
            continue;
        QStringList databases;
        for (const MailboxDatabase &db : t.databases) {
            if (!db.isPublicFolderDatabase && db.server.compare(s.name, Qt::CaseInsensitive) == 0)
                databases.append(db.name);
        }
        ChecklistItem i
            = checklistItem(u"mailboxes/"_s + s.name, tr("Move the mailboxes of %1").arg(s.name), {u"F70"_s});
        i.action = databases.isEmpty()
            ? tr("Move the mailboxes on %1 to the new servers in waves.").arg(s.name)
            : tr("Move the mailboxes in %1 (on %2) to the new servers in waves.").arg(databases.join(u", "_s), s.name);
        i.why = tr("Moving mailboxes comes after the namespace cutover; until the last one has moved, Outlook "
                   "Anywhere must stay on for the legacy Client Access servers that serve them.");
        i.verify = tr("No mailbox remains in those databases.");
        i.server = s.name;
        out.append(i);
    }
    return out;
}

QList<ChecklistItem> afterwards(const Topology &t)
{
    QList<ChecklistItem> out;
    bool publicFolders = false;
    bool legacy = false;
    for (const Server &s : t.servers) {
        publicFolders |= isLegacy(s.version) && s.roles.publicFolders;
        legacy |= isLegacyCas(s);
    }
    if (publicFolders) {
        ChecklistItem pf
            = checklistItem(u"after/public-folders"_s, tr("Move the public folder data"), {u"F70"_s, u"F57"_s});
        pf.action = tr("Migrate the legacy public folders once the mailboxes have moved.");
        pf.why = tr("Until then, mailboxes on the new servers reach legacy public folders through Outlook Anywhere "
                    "on the public folder servers.");
        pf.verify = tr("Users on the new servers open public folders without a password prompt.");
        out.append(pf);
    }
    if (legacy) {
        ChecklistItem keep = checklistItem(u"after/legacy-outlook-anywhere"_s,
                                           tr("Keep legacy Outlook Anywhere until the last legacy mailbox has moved"),
                                           {u"F41"_s, u"F4"_s});
        keep.action = tr("Only after the last legacy mailbox (and public folder) has moved, disable Outlook Anywhere "
                         "on the legacy Client Access servers and decommission them.");
        keep.why = tr("The new Client Access servers proxy every legacy mailbox's Outlook connection to them.");
        keep.verify = tr("No mailbox or public folder database remains on a legacy server.");
        out.append(keep);
    }
    return out;
}
} // namespace

QList<ChecklistItem> laterItems(const Topology &topology, ChecklistPhaseId phase)
{
    switch (phase) {
    case ChecklistPhaseId::Verification:
        return verification(topology);
    case ChecklistPhaseId::NamespaceCutover:
        return cutover(topology);
    case ChecklistPhaseId::MoveMailboxes:
        return mailboxMoves(topology);
    case ChecklistPhaseId::AfterMigration:
        return afterwards(topology);
    default:
        return {};
    }
}

} // namespace wizard
