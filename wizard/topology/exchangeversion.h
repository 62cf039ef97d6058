#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace wizard {

// Unknown: the version is not in the input (RULEBOOK §1, §6): a server keeps it until the
// user says which version it is; rules that need it say "cannot evaluate".
// Ex2003 and Ex2019 / ExSE are kept so that the plan says what the organization holds:
// 2003 cannot coexist with 2013 (F53, VER-001); 2019 and Subscription Edition follow the
// 2013+ Outlook Anywhere schema (Set-OutlookAnywhere "Applicable: Exchange Server 2013,
// 2016, 2019, SE").
enum class ExchangeVersion { Unknown, Ex2003, Ex2007, Ex2010, Ex2013, Ex2016, Ex2019, ExSE };

// Every value, in the order of their releases (Unknown first).
inline constexpr ExchangeVersion allExchangeVersions[] = {
    ExchangeVersion::Unknown, ExchangeVersion::Ex2003, ExchangeVersion::Ex2007, ExchangeVersion::Ex2010,
    ExchangeVersion::Ex2013,  ExchangeVersion::Ex2016, ExchangeVersion::Ex2019, ExchangeVersion::ExSE,
};

// 2007 and 2010 are the "legacy" side of a coexistence (RULEBOOK: legacy CAS).
constexpr bool isLegacy(ExchangeVersion v)
{
    return v == ExchangeVersion::Ex2007 || v == ExchangeVersion::Ex2010;
}

// 2013 and later: the Internal*/External* Outlook Anywhere schema, always enabled (F1, F36).
constexpr bool isNewGeneration(ExchangeVersion v)
{
    return v == ExchangeVersion::Ex2013 || v == ExchangeVersion::Ex2016 || v == ExchangeVersion::Ex2019
        || v == ExchangeVersion::ExSE;
}

// A version the rules, flows and scripts can work with: 2007 to SE. Unknown is not one;
// neither is 2003, which has no Outlook Anywhere settings CoexPlan plans (VER-001 says why).
constexpr bool isPlannable(ExchangeVersion v)
{
    return isLegacy(v) || isNewGeneration(v);
}

// Set-/Get-ClientAccessService exist from Exchange 2016 on; 2007-2013 have
// Set-/Get-ClientAccessServer (FACTS F95, office-docs-powershell Set-ClientAccessService.md).
constexpr bool hasClientAccessService(ExchangeVersion v)
{
    return v == ExchangeVersion::Ex2016 || v == ExchangeVersion::Ex2019 || v == ExchangeVersion::ExSE;
}

// "unknown", "2003", "2007", "2010", "2013", "2016", "2019", "SE": the token used in plan
// files and the CLI.
QString exchangeVersionToken(ExchangeVersion v);
std::optional<ExchangeVersion> parseExchangeVersionToken(QStringView text);
// The tokens of every known version, for messages: "2003, 2007, 2010, 2013, 2016, 2019 or SE".
QString knownExchangeVersionTokens();
// "Exchange 2010", "Exchange Server SE", "unknown Exchange version" (translated).
QString exchangeVersionDisplayName(ExchangeVersion v);

// A four-part Exchange build number, e.g. 14.3.123.4 (2010 SP3).
struct BuildNumber
{
    int major = 0;
    int minor = 0;
    int build = 0;
    int revision = 0;

    friend auto operator<=>(const BuildNumber &, const BuildNumber &) = default;
    friend bool operator==(const BuildNumber &, const BuildNumber &) = default;

    // "14.3.123.4"
    QString toString() const;

    // Accepts what the cmdlets print and what people type:
    //   "Version 14.3 (Build 123.4)"  (AdminDisplayVersion)
    //   "Version 6.5 (Build 7638.2: Service Pack 2)"  (Exchange 2003 names its SP)
    //   "14.3.123.4", "15.0.1497.2", "15.00.1497.002"
    //   "0.20 (15.0.0.0)" is an ExchangeVersion (object schema), not a build: rejected.
    static std::optional<BuildNumber> parse(QStringView text);
};

// The product a build belongs to (6.5 -> 2003, 8 -> 2007, 14 -> 2010, 15.0 -> 2013,
// 15.1 -> 2016, 15.2 -> 2019 below build 2562, SE from 15.2.2562: "Exchange Server build
// numbers and release dates", FACTS [S55]).
std::optional<ExchangeVersion> versionOfBuild(const BuildNumber &b);

// Service pack / cumulative update level of a build, e.g. "SP3", "CU23", "RTM".
// Source for the build-to-release table: "Exchange Server build numbers and release
// dates" (FACTS [S55]). Returns an empty string for a build not in the table.
QString releaseLevelName(ExchangeVersion v, const BuildNumber &b);

// Service pack number for 2007/2010 (the minor version), or the CU number for
// 2013/2016 (0 = RTM); nullopt when the build is outside the table.
std::optional<int> releaseLevel(ExchangeVersion v, const BuildNumber &b);

} // namespace wizard
