// Versions: coexistence floors and update rollups (RULEBOOK §3 "Versions and clients").
//
// How VER-001, VER-002 and VER-003 share a server (one finding about the rollup at most):
//  - VER-001 decides the floor; with an unknown build or version it says "cannot
//    evaluate" (VER-002 and VER-003 follow its floor and stay silent then). It also
//    reports the versions that cannot be in the organization at all: Exchange 2003
//    beside 2013 (F53), 2007 beside 2016 (F54), 2019 beside 2007/2010 and Subscription
//    Edition beside 2007/2010/2013 (Exchange Server supportability matrix, [S18]).
//  - VER-002 is the info for a floor that needs a rollup (2007 SP3 RU10; 2010 SP3 RU11
//    when 2016 is in the plan) while the build is the SP base build, which does not
//    show rollups (F39), and no rollup is recorded. VER-001 stays silent then.
//  - VER-003 is the 2010 SP3 "no rollup" info (F55). With 2016 in the plan the RU11
//    floor already covers RU1, so VER-003 only speaks when 2016 is absent.
#include "coexistencefloor.h"
#include "findingbuilder.h"
#include "rule.h"
#include "sources.h"
#include "translationmemo.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return checkText(text);
}

bool has2016(const CheckContext &context)
{
    return context.hasVersion(ExchangeVersion::Ex2016);
}

// "Exchange 2010 SP3 (build 14.3.123.4)", "Exchange 2013 (build 15.0.620.29)".
QString describeBuild(const Server &s)
{
    const QString level = releaseLevelName(s.version, s.build.value());
    if (level.isEmpty())
        return tr("%1 (build %2)").arg(checkVersionName(s.version), s.build.value().toString());
    return tr("%1 %2 (build %3)").arg(checkVersionName(s.version), level, s.build.value().toString());
}

// F53 is the Exchange 2013 requirement, F54 the Exchange 2016 one.
QString floorSource(bool because2016)
{
    return {because2016 ? source::systemRequirements2016 : source::systemRequirements2013};
}

// VER-001: below the documented coexistence floor setup refuses to install the new
// version and the combination is unsupported (F39, F53, F54; C5 for the 2013 CU2 floor).
class VersionBelowCoexistenceFloorRule final : public Rule
{
public:
    QString id() const override { return u"VER-001"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const bool with2016 = has2016(context);
        for (const Server &s : context.topology.servers) {
            if (s.version == ExchangeVersion::Unknown) {
                out.append(cannotEvaluate(id(), serverSubject(s), {u"version"_s},
                                          tr("the Exchange version of %1 is not recorded").arg(s.name),
                                          floorSource(with2016)));
                continue;
            }
            if (std::optional<Finding> f = cannotBeInOrganization(context, s)) {
                out.append(*f);
                continue;
            }
            switch (assessCoexistenceFloor(s, with2016)) {
            case FloorStatus::NotSupported:
                out.append(exchange2007Beside2016(s));
                break;
            case FloorStatus::BuildUnknown:
                out.append(
                    cannotEvaluate(id(), serverSubject(s), {u"build"_s},
                                   tr("the build of %1 (%2) is not recorded").arg(s.name, checkVersionName(s.version)),
                                   floorSource(with2016)));
                break;
            case FloorStatus::Below:
                out.append(belowFloor(s, *coexistenceFloor(s.version, with2016)));
                break;
            case FloorStatus::NoFloor:
            case FloorStatus::Meets:
            case FloorStatus::RollupNotRevealed: // VER-002 says so
                break;
            }
        }
    }

private:
    Finding versionError(const Server &s, const QString &message, const QString &why, const QString &fix,
                         QLatin1String source) const
    {
        Finding f;
        f.ruleId = id();
        f.severity = Severity::Error;
        f.subject = serverSubject(s);
        f.fields = {u"version"_s};
        f.message = message;
        f.why = why;
        f.fix = fix;
        f.source = QString(source);
        return f;
    }

    // A version that no coexistence of this plan supports, whatever its build.
    std::optional<Finding> cannotBeInOrganization(const CheckContext &context, const Server &s) const
    {
        const bool legacy = context.hasLegacy();
        switch (s.version) {
        case ExchangeVersion::Ex2003:
            // F53: Exchange 2013 does not support coexistence with Exchange 2003.
            return versionError(
                s, tr("%1 runs Exchange 2003, which cannot coexist with Exchange 2013.").arg(s.name),
                tr("Exchange 2013 supports coexistence with Exchange 2007 SP3 RU10 and Exchange 2010 SP3 only; setup "
                   "does not install into an organization that still contains Exchange 2003."),
                tr("Move the mailboxes and public folders off %1 (to Exchange 2007 or 2010), then remove Exchange 2003 "
                   "from the organization before Exchange 2013 is installed.")
                    .arg(s.name),
                source::systemRequirements2013);
        case ExchangeVersion::Ex2019:
            if (!legacy)
                return std::nullopt;
            // Supportability matrix [S18]: Exchange 2019 coexists with 2013 CU21 and 2016
            // CU11 or later; Exchange 2010 and earlier are not supported.
            return versionError(
                s,
                tr("%1 runs Exchange 2019, which cannot coexist with the Exchange 2007 or 2010 servers in this plan.")
                    .arg(s.name),
                tr("Exchange 2019 supports coexistence with Exchange 2013 and 2016 only; an organization that still "
                   "contains Exchange 2007 or 2010 is not supported."),
                tr("Plan the coexistence with Exchange 2013 or 2016 first, and install Exchange 2019 only after the "
                   "last Exchange 2007 and 2010 servers are removed."),
                source::supportabilityMatrix);
        case ExchangeVersion::ExSE:
            if (!legacy && !context.hasVersion(ExchangeVersion::Ex2013))
                return std::nullopt;
            // Supportability matrix [S18]: Subscription Edition coexists with 2016 CU23 and
            // 2019 CU14 or later only.
            return versionError(
                s,
                tr("%1 runs Exchange Server Subscription Edition, which cannot coexist with the Exchange 2007, 2010 or "
                   "2013 servers in this plan.")
                    .arg(s.name),
                tr("Exchange Server Subscription Edition supports coexistence with Exchange 2016 CU23 and Exchange "
                   "2019 "
                   "CU14 or later only."),
                tr("Remove the Exchange 2007, 2010 and 2013 servers before Subscription Edition is installed, or plan "
                   "the coexistence with Exchange 2013 or 2016 instead."),
                source::supportabilityMatrix);
        default:
            return std::nullopt;
        }
    }

    Finding exchange2007Beside2016(const Server &s) const
    {
        Finding f;
        f.ruleId = id();
        f.severity = Severity::Error;
        f.subject = serverSubject(s);
        f.fields = {u"version"_s};
        f.message = tr("%1 runs Exchange 2007, which cannot coexist with the Exchange 2016 servers in this plan.")
                        .arg(s.name);
        f.why = tr("Exchange 2016 supports coexistence with Exchange 2010 SP3 Update Rollup 11 and Exchange 2013 CU10 "
                   "or later only; an organization that still contains Exchange 2007 is not supported.");
        f.fix = tr("Move the mailboxes and public folders off %1 and remove Exchange 2007 from the organization "
                   "before Exchange 2016 is installed, or plan the coexistence with Exchange 2013 instead.")
                    .arg(s.name);
        f.source = QString(source::systemRequirements2016);
        return f;
    }

    Finding belowFloor(const Server &s, const CoexistenceFloor &floor) const
    {
        Finding f;
        f.ruleId = id();
        f.severity = Severity::Error;
        f.subject = serverSubject(s);
        f.fields = {u"build"_s};
        const QString required
            = tr("%1 %2 (%3)").arg(checkVersionName(s.version), floor.releaseName(), floor.build.toString());
        // A 2013 server below CU2 is measured against the legacy servers it coexists with.
        const QString partner = floor.because2016 ? checkVersionName(ExchangeVersion::Ex2016)
            : isLegacy(s.version)                 ? checkVersionName(ExchangeVersion::Ex2013)
                                                  : tr("Exchange 2007 or 2010");
        if (s.rollup.isKnown()) {
            f.fields.append(u"rollup"_s);
            f.message = tr("%1 runs %2 with update rollup %3; coexistence with %4 requires %5 or later.")
                            .arg(s.name, describeBuild(s), QString::number(s.rollup.value()), partner, required);
        } else {
            f.message = tr("%1 runs %2; coexistence with %3 requires %4 or later.")
                            .arg(s.name, describeBuild(s), partner, required);
        }
        f.why = floor.because2016
            ? tr("Exchange 2016 supports coexistence only with Exchange 2010 SP3 Update Rollup 11 or later and "
                 "Exchange 2013 CU10 or later on every server; below that the organization is unsupported.")
            : tr("Exchange 2013 coexistence needs Exchange 2007 SP3 Update Rollup 10, Exchange 2010 SP3 and Exchange "
                 "2013 CU2 or later on every server (Edge Transport included); setup stops below these levels.");
        if (isLegacy(s.version)) {
            f.fix = tr("Install %1 or later on %2, then record its new build and update rollup in the plan.")
                        .arg(required, s.name);
        } else {
            f.fix = tr("Install %1 or later on %2 (CU23, the last cumulative update of Exchange 2013, is the "
                       "recommended level), then record its new build in the plan.")
                        .arg(required, s.name);
        }
        f.source = floorSource(floor.because2016);
        return f;
    }
};

// VER-002: AdminDisplayVersion of 2007/2010 often stays at the SP build after update
// rollups (F39): the rollup cannot be verified from it, and saying "rollup missing"
// would invent a problem.
class RollupNotRevealedRule final : public Rule
{
public:
    QString id() const override { return u"VER-002"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const bool with2016 = has2016(context);
        for (const Server &s : context.topology.servers) {
            if (assessCoexistenceFloor(s, with2016) != FloorStatus::RollupNotRevealed)
                continue;
            const CoexistenceFloor floor = *coexistenceFloor(s.version, with2016);
            Finding f;
            f.ruleId = id();
            f.severity = Severity::Info;
            f.subject = serverSubject(s);
            f.fields = {u"build"_s, u"rollup"_s};
            f.message = tr("Cannot verify the update rollup level of %1: its build %2 does not show the installed "
                           "rollup, and coexistence requires %3 %4 (%5).")
                            .arg(s.name, s.build.value().toString(), checkVersionName(s.version), floor.releaseName(),
                                 floor.build.toString());
            f.why = tr("Update rollups for Exchange 2007 and 2010 are often not reflected in the version the server "
                       "reports, so the build alone neither proves nor rules out the required rollup.");
            f.fix = tr("Check which update rollup is installed on %1 (Programs and Features, installed updates) and "
                       "record it in the plan.")
                        .arg(s.name);
            f.source = QString(source::buildNumbers);
            out.append(f);
        }
    }
};

// VER-003: Exchange 2010 SP3 without an update rollup mishandles some requests proxied
// from Exchange 2013; SP3 Update Rollup 1 and later fix it (F55).
class Exchange2010Sp3WithoutRollupRule final : public Rule
{
public:
    QString id() const override { return u"VER-003"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        if (has2016(context))
            return; // the RU11 floor of VER-001/VER-002 covers it
        const BuildNumber sp3Base = *servicePackBaseBuild(ExchangeVersion::Ex2010, 3);
        for (const Server &s : context.topology.servers) {
            if (s.version != ExchangeVersion::Ex2010)
                continue;
            const bool rollupRecorded = s.rollup.isKnown();
            if (rollupRecorded && s.rollup.value() >= 1)
                continue;
            if (!s.build.isKnown()) {
                out.append(cannotEvaluate(id(), serverSubject(s), {u"build"_s},
                                          tr("the build of %1 (Exchange 2010) is not recorded").arg(s.name),
                                          QString(source::releaseNotes2013)));
                continue;
            }
            if (releaseLevel(s.version, s.build.value()) != 3 || s.build.value() > sp3Base)
                continue; // not SP3 (VER-001 reports it), or an SP3 rollup build
            Finding f;
            f.ruleId = id();
            f.severity = Severity::Info;
            f.subject = serverSubject(s);
            f.fields = {u"rollup"_s};
            f.message = rollupRecorded
                ? tr("%1 runs Exchange 2010 SP3 (build %2) without an update rollup.")
                      .arg(s.name, s.build.value().toString())
                : tr("No update rollup is recorded for %1 (Exchange 2010 SP3, build %2), and its build does not "
                     "show one.")
                      .arg(s.name, s.build.value().toString());
            f.why = tr("Exchange 2010 SP3 without an update rollup fails some requests that Exchange 2013 proxies to "
                       "it (for example opening another mailbox); Update Rollup 1 for SP3 and later fix this.");
            f.fix = tr("Make sure a current Exchange 2010 SP3 update rollup (Update Rollup 1 or later) is installed "
                       "on %1, then record it in the plan.")
                        .arg(s.name);
            f.source = QString(source::releaseNotes2013);
            out.append(f);
        }
    }
};
} // namespace

void addVersionRules(RuleList &rules)
{
    rules.push_back(std::make_unique<VersionBelowCoexistenceFloorRule>());
    rules.push_back(std::make_unique<RollupNotRevealedRule>());
    rules.push_back(std::make_unique<Exchange2010Sp3WithoutRollupRule>());
}

} // namespace wizard
