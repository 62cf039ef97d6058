#include "coexistencefloor.h"

#include "translationmemo.h"

namespace wizard {

QString CoexistenceFloor::releaseName() const
{
    if (!isLegacy(version))
        return checkText("CU%1").arg(level);
    if (rollup)
        return checkText("SP%1 Update Rollup %2").arg(level).arg(*rollup);
    return checkText("SP%1").arg(level);
}

bool isSupportedBeside(ExchangeVersion version, bool with2016)
{
    // F54: Exchange 2016 does not coexist with Exchange 2007.
    return !(with2016 && version == ExchangeVersion::Ex2007);
}

std::optional<CoexistenceFloor> coexistenceFloor(ExchangeVersion version, bool with2016)
{
    // Build numbers from "Exchange Server build numbers and release dates" (F39, [S55]).
    switch (version) {
    case ExchangeVersion::Ex2007:
        if (with2016)
            return std::nullopt;
        return CoexistenceFloor{version, {8, 3, 298, 3}, 3, 10, false}; // F53
    case ExchangeVersion::Ex2010:
        if (with2016)
            return CoexistenceFloor{version, {14, 3, 266, 2}, 3, 11, true}; // F54
        return CoexistenceFloor{version, {14, 3, 123, 4}, 3, std::nullopt, false}; // F53
    case ExchangeVersion::Ex2013:
        if (with2016)
            return CoexistenceFloor{version, {15, 0, 1130, 7}, 10, std::nullopt, true}; // F54
        // C5: the Exchange Team tested with CU1 in 2013, the documentation says CU2.
        return CoexistenceFloor{version, {15, 0, 712, 24}, 2, std::nullopt, false}; // F53
    case ExchangeVersion::Ex2016:
    case ExchangeVersion::Ex2019:
    case ExchangeVersion::ExSE:
    case ExchangeVersion::Ex2003: // never supported beside 2013: VER-001 says so on its own
    case ExchangeVersion::Unknown: // VER-001: cannot evaluate
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<BuildNumber> servicePackBaseBuild(ExchangeVersion version, int servicePack)
{
    if (servicePack != 3)
        return std::nullopt; // only the SP3 bases matter: every floor is on SP3 (F39)
    if (version == ExchangeVersion::Ex2007)
        return BuildNumber{8, 3, 83, 6};
    if (version == ExchangeVersion::Ex2010)
        return BuildNumber{14, 3, 123, 4};
    return std::nullopt;
}

FloorStatus assessCoexistenceFloor(const Server &server, bool with2016)
{
    if (!isSupportedBeside(server.version, with2016))
        return FloorStatus::NotSupported;
    const std::optional<CoexistenceFloor> floor = coexistenceFloor(server.version, with2016);
    if (!floor)
        return FloorStatus::NoFloor;
    if (!server.build.isKnown())
        return FloorStatus::BuildUnknown;
    const BuildNumber &build = server.build.value();
    const std::optional<int> level = releaseLevel(server.version, build);

    if (!isLegacy(server.version)) {
        // 2013 builds always reveal the cumulative update.
        if (level)
            return *level >= floor->level ? FloorStatus::Meets : FloorStatus::Below;
        return build >= floor->build ? FloorStatus::Meets : FloorStatus::Below;
    }

    if (!level || *level < floor->level)
        return build >= floor->build ? FloorStatus::Meets : FloorStatus::Below;
    if (*level > floor->level || !floor->rollup || build >= floor->build)
        return FloorStatus::Meets;
    if (server.rollup.isKnown())
        return server.rollup.value() >= *floor->rollup ? FloorStatus::Meets : FloorStatus::Below;
    const std::optional<BuildNumber> base = servicePackBaseBuild(server.version, *level);
    if (base && build > *base)
        return FloorStatus::Below; // an update-rollup build, older than the floor's
    return FloorStatus::RollupNotRevealed;
}

} // namespace wizard
