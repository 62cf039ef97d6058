#pragma once

// Internal to wizard/flows: the builder that turns the plan into hops, one per thread.
#include "flow.h"
#include "flowfindings.h"
#include "flowtopology.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace wizard {

// The path of one (location, mailbox server): the same for every client group.
struct FlowPath
{
    ClientLocation location = ClientLocation::Internal;
    const Server *mailbox = nullptr;
    const Server *legacyCas = nullptr; // legacy mailboxes: the CAS that serves them (U8)
    bool legacyCasCrossSite = false;
    NewCasChoice newCas;

    bool legacy() const { return isLegacy(mailbox->version); }
    HopScope scope() const
    {
        HopScope s;
        s.location = location;
        s.mailbox = mailbox;
        return s;
    }
};

// A hop before the client group is known: settled without group findings; `from` of
// client hops is filled in per group.
struct HopDraft
{
    Hop hop;
    HopScope scope;
    QList<int> findings;
    QStringList missing;
    QString context;
    const Server *toServer = nullptr;
    bool fromClient = false;
};

// Builds paths and flows on one thread: computeFlows gives each thread its own builder
// (its memos are not shared), over the shared read-only indexes.
class FlowBuilder
{
public:
    FlowBuilder(const FlowTopology &topology, const FindingPlacement &placement)
        : m_topology(topology)
        , m_placement(placement)
    { }

    // The hops of (location, mailbox server), settled without client-group findings:
    // the same for every client group.
    QList<HopDraft> path(ClientLocation location, const Server &mailbox) const;

    // One flow: `client` is the display name of the group at that location ("Sales
    // (external)"), `aboutGroup` the findings about the group
    // (FindingPlacement::findingsAbout), `drafts` the path of (location, mailbox), or
    // null when the mailbox server is not in the plan.
    Flow build(const ClientGroup &group, const QList<int> *aboutGroup, ClientLocation location, const QString &client,
               const QString &mailboxName, const QList<HopDraft> *drafts) const;

private:
    HopDraft autodiscoverHop(const FlowPath &p) const;
    HopDraft partAHop(const FlowPath &p) const;
    HopDraft rpcTcpHop(const FlowPath &p) const;
    HopDraft partBHop(const FlowPath &p, const Server *entry) const;
    HopDraft mailboxHop(const FlowPath &p, const Server *from) const;

    // The sentence in the current language. Hides the file's tr() inside the builder:
    // the same few sentences are looked up for thousands of hops, so each is
    // translated once per builder.
    // By value (a shared copy): a reference into the memo would dangle when a later
    // insertion in the same expression rehashes it.
    QString tr(const char *text) const;

    void placeEndpoint(HopDraft &d, const HostTarget &target) const;
    HopDraft finish(HopDraft &d, const Server *from) const;

    const FlowTopology &m_topology;
    const FindingPlacement &m_placement;
    mutable QHash<const char *, QString> m_translated; // by source text (string literals)
    mutable FlowTopology::HostNameMemo m_hostNames;
    mutable FindingPlacement::SettleMemo m_settled;
};

} // namespace wizard
