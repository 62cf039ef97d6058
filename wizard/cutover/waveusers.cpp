#include "waveusers.h"

#include <QSet>

#include <algorithm>

namespace wizard {

namespace {
bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// A server's share of the client groups' head counts.
int headCountShare(const Topology &t, const Server &server)
{
    int users = 0;
    for (const ClientGroup &g : t.clientGroups) {
        const qsizetype n = g.mailboxServers.size();
        for (qsizetype i = 0; i < n; ++i) {
            if (!sameName(g.mailboxServers[i], server.name))
                continue;
            // The remainder goes to the first server, so the shares add up to the head count.
            users += g.headCount / static_cast<int>(n) + (i == 0 ? g.headCount % static_cast<int>(n) : 0);
        }
    }
    return users;
}

QList<const MailboxDatabase *> mailboxDatabasesOn(const Topology &t, const Server &server)
{
    QList<const MailboxDatabase *> list;
    for (const MailboxDatabase &d : t.databases) {
        if (!d.isPublicFolderDatabase && sameName(d.server, server.name))
            list.append(&d);
    }
    return list;
}

int databaseUsers(const Topology &t, const MailboxDatabase &d)
{
    if (d.mailboxCount.isKnown())
        return d.mailboxCount.value();
    const Server *server = t.findServer(d.server);
    if (!server)
        return 0;
    const QList<const MailboxDatabase *> siblings = mailboxDatabasesOn(t, *server);
    const int share = headCountShare(t, *server);
    const int n = static_cast<int>(siblings.size());
    const bool first = !siblings.isEmpty() && siblings.first() == &d;
    return share / n + (first ? share % n : 0);
}

// Users held by a server: its databases' users, or its head-count share without any.
int serverUsers(const Topology &t, const Server &s)
{
    const QList<const MailboxDatabase *> dbs = mailboxDatabasesOn(t, s);
    if (dbs.isEmpty())
        return headCountShare(t, s);
    int users = 0;
    for (const MailboxDatabase *d : dbs)
        users += databaseUsers(t, *d);
    return users;
}
} // namespace

int totalUsers(const UsersByVersion &users)
{
    int total = 0;
    for (int n : users)
        total += n;
    return total;
}

ExchangeVersion cutoverTargetVersion(const Topology &topology)
{
    for (const Server &s : topology.servers) {
        if (s.version == ExchangeVersion::Ex2016)
            return ExchangeVersion::Ex2016;
    }
    return ExchangeVersion::Ex2013;
}

UsersByVersion usersToday(const Topology &topology)
{
    UsersByVersion users;
    for (const Server &s : topology.servers) {
        const int n = serverUsers(topology, s);
        if (n > 0 || s.roles.mailbox)
            users[s.version] += n;
    }
    return users;
}

QList<const Server *> waveServers(const Topology &topology, const Wave &wave)
{
    QList<const Server *> servers;
    QSet<const Server *> seen;
    const auto add = [&](const Server *s) {
        if (s && !seen.contains(s)) {
            seen.insert(s);
            servers.append(s);
        }
    };
    for (const QString &name : wave.servers)
        add(topology.findServer(name));
    for (const QString &name : wave.databases) {
        for (const MailboxDatabase &d : topology.databases) {
            if (sameName(d.name, name))
                add(topology.findServer(d.server));
        }
    }
    return servers;
}

UsersByVersion waveUsers(const Topology &topology, const Wave &wave)
{
    UsersByVersion users;
    const QList<const Server *> servers = waveServers(topology, wave);
    if (!wave.clientGroups.isEmpty()) {
        for (const ClientGroup &g : topology.clientGroups) {
            if (!std::any_of(wave.clientGroups.cbegin(), wave.clientGroups.cend(),
                             [&](const QString &n) { return sameName(n, g.name); }))
                continue;
            const Server *from = servers.isEmpty() ? nullptr : servers.first();
            for (const QString &m : g.mailboxServers) {
                const auto it = std::find_if(servers.cbegin(), servers.cend(),
                                             [&](const Server *s) { return sameName(s->name, m); });
                if (it != servers.cend()) {
                    from = *it;
                    break;
                }
            }
            if (!from && !g.mailboxServers.isEmpty())
                from = topology.findServer(g.mailboxServers.first());
            if (from)
                users[from->version] += g.headCount;
        }
        return users;
    }
    QSet<const MailboxDatabase *> counted;
    for (const QString &name : wave.databases) {
        for (const MailboxDatabase &d : topology.databases) {
            if (sameName(d.name, name) && !d.isPublicFolderDatabase && !counted.contains(&d)) {
                counted.insert(&d);
                if (const Server *s = topology.findServer(d.server))
                    users[s->version] += databaseUsers(topology, d);
            }
        }
    }
    for (const QString &name : wave.servers) {
        const Server *s = topology.findServer(name);
        if (!s)
            continue;
        const QList<const MailboxDatabase *> dbs = mailboxDatabasesOn(topology, *s);
        if (dbs.isEmpty()) {
            users[s->version] += headCountShare(topology, *s);
            continue;
        }
        // A listed server moves every database it holds (once, also when listed by name).
        for (const MailboxDatabase *d : dbs) {
            if (!counted.contains(d)) {
                counted.insert(d);
                users[s->version] += databaseUsers(topology, *d);
            }
        }
    }
    return users;
}

} // namespace wizard
