#pragma once

// Internal to wizard/flows: the builder that turns the plan into hops, one per thread.
#include "flow.h"
#include "flowfindings.h"
#include "flowsentence.h"
#include "flowtopology.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

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
        s.mailboxVersion = mailbox->version;
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

// A path's hops. Drafts are shared, not copied: paths of one site's mailboxes hold the
// same Autodiscover, Part A and Part B drafts (SharedHopKey), and a draft has many strings.
using DraftList = QList<std::shared_ptr<const HopDraft>>;

// Everything a shared hop (Autodiscover, Part A, Part B) is built from besides its
// mailbox server, whose version is in the key and whose name (or site) is only when a
// sentence quotes it: the hops of one site's mailboxes are mostly the same.
struct SharedHopKey
{
    HopKind kind = HopKind::PartA;
    ClientLocation location = ClientLocation::Internal;
    ExchangeVersion version = ExchangeVersion::Ex2013;
    bool flag = false; // Part A: the new CAS was chosen by preference; Part B: cross-site legacy CAS
    const Server *first = nullptr; // the legacy CAS
    const Server *second = nullptr; // Part A: the new CAS; Part B: the server it starts at
    const Server *mailbox = nullptr; // only when a sentence names the mailbox server or its site
    const Server *target = nullptr; // where the host name lands (HostTarget)
    const LoadBalancer *loadBalancer = nullptr;
    const CasArray *casArray = nullptr;
    bool resolved = false;

    friend bool operator==(const SharedHopKey &, const SharedHopKey &) = default;
};
size_t qHash(const SharedHopKey &key, size_t seed = 0) noexcept;

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
    DraftList path(ClientLocation location, const Server &mailbox) const;

    // One flow: `client` is the display name of the group at that location ("Sales
    // (external)"), `aboutGroup` the findings about the group
    // (FindingPlacement::findingsAbout), `drafts` the path of (location, mailbox), or
    // null when the mailbox server is not in the plan.
    Flow build(const ClientGroup &group, const QList<int> *aboutGroup, ClientLocation location, const QString &client,
               const QString &mailboxName, const DraftList *drafts) const;

private:
    // Each appends its hop to `hops`.
    void autodiscoverHop(const FlowPath &p, DraftList &hops) const;
    void partAHop(const FlowPath &p, DraftList &hops) const;
    void rpcTcpHop(const FlowPath &p, DraftList &hops) const;
    void partBHop(const FlowPath &p, const Server *entry, DraftList &hops) const;
    void mailboxHop(const FlowPath &p, const Server *from, DraftList &hops) const;
    // Appends the hop built before for `key`, if any.
    bool appendShared(const SharedHopKey &key, DraftList &hops) const;
    // The host name Part A's client is given (F30, F43), for the key, before the hop is built.
    QString partAHost(const FlowPath &p, const Server *source) const;

    // The sentence in the current language. Hides the file's tr() inside the builder:
    // the same few sentences are looked up for thousands of hops, so each is
    // translated once per builder.
    // By value (a shared copy): a reference into the memo would dangle when a later
    // insertion in the same expression rehashes it.
    QString tr(const char *text) const;
    // The sentence `text` (marked with QT_TRANSLATE_NOOP("wizard", ...)) filled with
    // `args` as arg() would fill it, its template split once per builder.
    QString sentence(const char *text, std::initializer_list<QStringView> args) const;

    void placeEndpoint(HopDraft &d, const HostTarget &target) const;
    void finish(HopDraft &d, const Server *from) const;

    const FlowTopology &m_topology;
    const FindingPlacement &m_placement;
    mutable QHash<const char *, QString> m_translated; // by source text (string literals)
    mutable QHash<const char *, SentenceTemplate> m_sentences; // by source text (string literals)
    mutable FlowTopology::HostNameMemo m_hostNames;
    mutable FindingPlacement::SettleMemo m_settled;
    // The Autodiscover, Part A and Part B drafts built so far on this thread, by what
    // they are built from: later paths with the same inputs share them.
    mutable QHash<SharedHopKey, std::shared_ptr<const HopDraft>> m_sharedHops;
};

} // namespace wizard
