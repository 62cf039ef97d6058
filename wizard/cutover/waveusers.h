#pragma once

#include "topology/topology.h"

#include <QList>
#include <QMap>

namespace wizard {

// Users per Exchange version (docs/cutover.md "User counts"): a database counts its
// recorded mailboxCount; without one it takes its server's share of the client groups'
// head counts (a group's head count split evenly over its mailbox servers, a server's
// share split evenly over its mailbox databases).
using UsersByVersion = QMap<ExchangeVersion, int>;

// What the plan holds today, every mailbox server and database counted once.
UsersByVersion usersToday(const Topology &topology);
// What one wave moves, by the version it moves from: the users of the databases it
// lists and of every database on the servers it lists (a listed server without one: its
// share of the head counts). A wave that lists client groups only moves those groups'
// users still on legacy servers (their shares of their mailbox servers).
UsersByVersion waveUsers(const Topology &topology, const Wave &wave);
int totalUsers(const UsersByVersion &users);

// The servers a wave involves: those it lists and those holding the databases it lists.
QList<const Server *> waveServers(const Topology &topology, const Wave &wave);
// The version the waves move to: 2016 when the plan has a 2016 server, else 2013.
ExchangeVersion cutoverTargetVersion(const Topology &topology);

} // namespace wizard
