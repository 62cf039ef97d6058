// The namespaces an import proposes when the plan has none (issue 12): what the new
// Client Access servers already use, so that the Part B checks evaluate at once.
#include "planmerge.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

struct NameUse
{
    QString value;
    QStringList servers;
};

// Groups `server -> name` by name (case-insensitively: DNS names are).
void addUse(QList<NameUse> &uses, const QString &name, const QString &server)
{
    for (NameUse &u : uses) {
        if (u.value.compare(name, Qt::CaseInsensitive) == 0) {
            u.servers.append(server);
            return;
        }
    }
    uses.append(NameUse{name, {server}});
}

QString describeUses(const QList<NameUse> &uses)
{
    QStringList parts;
    for (const NameUse &u : uses)
        parts.append(tr("%1 (%2)").arg(u.value, u.servers.join(u", "_s)));
    return parts.join(u"; "_s);
}

// Sets `slot` when it is empty and every use agrees; says which way it went.
void propose(QString &slot, const QList<NameUse> &uses, const QString &proposed, const QString &disagree,
             ImportResult &result)
{
    if (!slot.isEmpty() || uses.isEmpty())
        return;
    if (uses.size() == 1) {
        slot = uses.first().value;
        result.issues.append(
            ImportIssue{IssueSeverity::Note, SourceRef{}, proposed.arg(slot, uses.first().servers.join(u", "_s)), {}});
        return;
    }
    result.issues.append(ImportIssue{
        IssueSeverity::Warning, SourceRef{}, disagree.arg(describeUses(uses)), {}, IssueTopic::NeedsAnswer});
}
} // namespace

void proposeNamespaces(const QStringList &importedServers, Topology &topology, ImportResult &result)
{
    QList<NameUse> external;
    QList<NameUse> autodiscover;
    // One pass over the plan's servers, in the order the input named them (a lookup per
    // name was quadratic: 10,000 imported servers).
    QHash<QString, const Server *> byName;
    byName.reserve(topology.servers.size());
    for (const Server &s : topology.servers) {
        const QString key = s.name.toCaseFolded();
        if (!byName.contains(key)) // the first of a name, as findServer
            byName.insert(key, &s);
    }
    for (const QString &name : importedServers) {
        const Server *s = byName.value(name.toCaseFolded());
        if (!s || !isNewCas(*s) || !s->current)
            continue;
        const Setting<QString> &host = s->current->outlookAnywhere.externalHostname;
        if (host.isKnown() && !host.value().isEmpty())
            addUse(external, host.value(), s->name);
        // The SCP (Get-ClientAccessServer AutoDiscoverServiceInternalUri) names the
        // Autodiscover host domain-joined clients use; it should point to the new CAS (F43).
        const Setting<QString> &scp = s->current->autodiscoverServiceInternalUri;
        const QString scpHost = scp.isKnown() ? QUrl(scp.value()).host() : QString();
        if (!scpHost.isEmpty())
            addUse(autodiscover, scpHost, s->name);
    }
    propose(topology.organization.namespaces.outlookAnywhereExternal, external,
            tr("Outlook Anywhere namespace %1 taken from the input (ExternalHostname of %2): change it in the plan "
               "if clients are meant to use another name"),
            tr("no Outlook Anywhere namespace proposed: the new Client Access servers have different "
               "ExternalHostname values: %1. Set the namespace in the plan"),
            result);
    propose(topology.organization.namespaces.autodiscover, autodiscover,
            tr("Autodiscover name %1 taken from the input (AutoDiscoverServiceInternalUri of %2): change it in the "
               "plan if clients are meant to use another name"),
            tr("no Autodiscover name proposed: the new Client Access servers' AutoDiscoverServiceInternalUri "
               "values differ: %1. Set the Autodiscover name in the plan"),
            result);
}

} // namespace wizard
