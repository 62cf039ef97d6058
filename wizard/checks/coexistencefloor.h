#pragma once

#include "topology/exchangeversion.h"
#include "topology/topology.h"

#include <QString>

#include <optional>

namespace wizard {

// The lowest release of a version that may coexist with the new Exchange servers of a
// plan (RULEBOOK VER-001; F39, F53, F54, C5):
//   beside Exchange 2013: 2007 SP3 RU10 (8.3.298.3), 2010 SP3 (14.3.123.4),
//                         2013 CU2 (15.0.712.24);
//   with 2016 in the plan: 2010 SP3 RU11 (14.3.266.2), 2013 CU10 (15.0.1130.7), and
//                          no Exchange 2007 at all.
struct CoexistenceFloor
{
    ExchangeVersion version = ExchangeVersion::Ex2013;
    BuildNumber build; // the first build at the floor
    int level = 0; // service pack (2007/2010) or cumulative update (2013)
    std::optional<int> rollup; // update rollup the floor needs (2007/2010), if any
    bool because2016 = false; // the floor comes from Exchange 2016 being in the plan

    // "SP3 Update Rollup 10", "SP3", "CU10" (translated).
    QString releaseName() const;

    friend bool operator==(const CoexistenceFloor &, const CoexistenceFloor &) = default;
};

// nullopt when the version has no floor of its own (2016, 2019, SE), cannot coexist at
// all (2007 with 2016: see isSupportedBeside; 2003), or is unknown.
std::optional<CoexistenceFloor> coexistenceFloor(ExchangeVersion version, bool with2016);
// False for Exchange 2007 when Exchange 2016 is in the plan (F54).
bool isSupportedBeside(ExchangeVersion version, bool with2016);

// The first build of the service pack that a 2007/2010 floor is on. Update rollups
// for 2007/2010 are often not reflected in AdminDisplayVersion (F39), so a build equal
// to this does not reveal the rollup: 2007 SP3 = 8.3.83.6, 2010 SP3 = 14.3.123.4.
std::optional<BuildNumber> servicePackBaseBuild(ExchangeVersion version, int servicePack);

enum class FloorStatus {
    NoFloor, // 2016: nothing to compare
    Meets,
    Below, // the build (or the recorded rollup) proves a release below the floor
    NotSupported, // 2007 beside 2016
    BuildUnknown, // no build recorded: cannot evaluate
    RollupNotRevealed, // at the floor's SP base build and no rollup recorded (VER-002)
};

// Compares one server with its floor. Evidence, in order: a build at or above the
// floor build meets it; a recorded rollup decides; a build above the SP base build
// (an RU build) below the floor is below it; otherwise the rollup cannot be verified.
// Never concludes "rollup missing" from a build that does not show rollups (F39).
FloorStatus assessCoexistenceFloor(const Server &server, bool with2016);

} // namespace wizard
