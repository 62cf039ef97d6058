#include "waveusers.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace wizard {

namespace {
bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString key(const QString &name)
{
    return name.toCaseFolded();
}

// The plan's servers, mailbox databases and client groups' head-count shares indexed by
// server name once (a 1,000-server plan asked each server's share of 600 groups and its
// databases among 2,000 by a scan each: about 30% of the wizard's start-up).
class UserIndex
{
public:
    explicit UserIndex(const Topology &t)
    {
        m_servers.reserve(t.servers.size());
        for (const Server &s : t.servers)
            m_servers.insert(key(s.name), &s);
        for (const ClientGroup &g : t.clientGroups) {
            const qsizetype n = g.mailboxServers.size();
            for (qsizetype i = 0; i < n; ++i) {
                // The remainder goes to the first server, so the shares add up to the head count.
                m_share[key(g.mailboxServers[i])]
                    += g.headCount / static_cast<int>(n) + (i == 0 ? g.headCount % static_cast<int>(n) : 0);
            }
        }
        for (const MailboxDatabase &d : t.databases) {
            if (!d.isPublicFolderDatabase)
                m_databases[key(d.server)].append(&d);
        }
    }

    const Server *server(const QString &name) const { return m_servers.value(key(name)); }
    // A server's share of the client groups' head counts.
    int headCountShare(const Server &server) const { return m_share.value(key(server.name)); }
    QList<const MailboxDatabase *> mailboxDatabasesOn(const Server &server) const
    {
        return m_databases.value(key(server.name));
    }

    int databaseUsers(const MailboxDatabase &d) const
    {
        if (d.mailboxCount.isKnown())
            return d.mailboxCount.value();
        const Server *on = server(d.server);
        if (!on)
            return 0;
        const QList<const MailboxDatabase *> siblings = mailboxDatabasesOn(*on);
        const int share = headCountShare(*on);
        const int n = static_cast<int>(siblings.size());
        if (n == 0)
            return 0;
        const bool first = siblings.first() == &d;
        return share / n + (first ? share % n : 0);
    }

    // Users held by a server: its databases' users, or its head-count share without any.
    int serverUsers(const Server &s) const
    {
        const QList<const MailboxDatabase *> dbs = mailboxDatabasesOn(s);
        if (dbs.isEmpty())
            return headCountShare(s);
        int users = 0;
        for (const MailboxDatabase *d : dbs)
            users += databaseUsers(*d);
        return users;
    }

private:
    QHash<QString, const Server *> m_servers;
    QHash<QString, int> m_share;
    QHash<QString, QList<const MailboxDatabase *>> m_databases;
};
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
    const UserIndex index(topology);
    for (const Server &s : topology.servers) {
        const int n = index.serverUsers(s);
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
    const UserIndex index(topology);
    if (wave.databases.isEmpty() && wave.servers.isEmpty()) {
        // Client groups alone: their users still on the legacy servers (each group's
        // share of its mailbox servers that are not on the new version yet). A group's
        // whole head count counted the users it already has on Exchange 2013 too.
        const ExchangeVersion target = cutoverTargetVersion(topology);
        for (const ClientGroup &g : topology.clientGroups) {
            if (!std::any_of(wave.clientGroups.cbegin(), wave.clientGroups.cend(),
                             [&](const QString &n) { return sameName(n, g.name); }))
                continue;
            const qsizetype n = g.mailboxServers.size();
            for (qsizetype i = 0; i < n; ++i) {
                const Server *s = index.server(g.mailboxServers[i]);
                if (!s || s->version == target)
                    continue;
                users[s->version]
                    += g.headCount / static_cast<int>(n) + (i == 0 ? g.headCount % static_cast<int>(n) : 0);
            }
        }
        return users;
    }
    // Mailboxes move by database: the databases the wave lists and every database of the
    // servers it lists, whole, whichever client groups it names (those name who is
    // affected: the gates ask their findings, docs/cutover.md). Contoso's first wave
    // named Head office and moved its whole head count, 175 of them already on
    // Exchange 2013 and, capped by the users left, the second wave's branch users too.
    QSet<const MailboxDatabase *> counted;
    for (const QString &name : wave.databases) {
        for (const MailboxDatabase &d : topology.databases) {
            if (sameName(d.name, name) && !d.isPublicFolderDatabase && !counted.contains(&d)) {
                counted.insert(&d);
                if (const Server *s = topology.findServer(d.server))
                    users[s->version] += index.databaseUsers(d);
            }
        }
    }
    for (const QString &name : wave.servers) {
        const Server *s = topology.findServer(name);
        if (!s)
            continue;
        const QList<const MailboxDatabase *> dbs = index.mailboxDatabasesOn(*s);
        if (dbs.isEmpty()) {
            users[s->version] += index.headCountShare(*s);
            continue;
        }
        // A listed server moves every database it holds (once, also when listed by name).
        for (const MailboxDatabase *d : dbs) {
            if (!counted.contains(d)) {
                counted.insert(d);
                users[s->version] += index.databaseUsers(*d);
            }
        }
    }
    return users;
}

} // namespace wizard
