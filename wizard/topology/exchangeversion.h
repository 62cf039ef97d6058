#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace wizard {

enum class ExchangeVersion { Ex2007, Ex2010, Ex2013, Ex2016 };

// 2007 and 2010 are the "legacy" side of a coexistence (RULEBOOK: legacy CAS).
constexpr bool isLegacy(ExchangeVersion v)
{
    return v == ExchangeVersion::Ex2007 || v == ExchangeVersion::Ex2010;
}

// "2007", "2010", "2013", "2016": the token used in plan files and the CLI.
QString exchangeVersionToken(ExchangeVersion v);
std::optional<ExchangeVersion> parseExchangeVersionToken(QStringView text);
// "Exchange 2010" (translated).
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
    //   "14.3.123.4", "15.0.1497.2", "15.00.1497.002"
    //   "0.20 (15.0.0.0)" is an ExchangeVersion (object schema), not a build: rejected.
    static std::optional<BuildNumber> parse(QStringView text);
};

// The product a build belongs to (8 -> 2007, 14 -> 2010, 15.0 -> 2013, 15.1 -> 2016).
std::optional<ExchangeVersion> versionOfBuild(const BuildNumber &b);

// Service pack / cumulative update level of a build, e.g. "SP3", "CU23", "RTM".
// Source for the build-to-release table: "Exchange Server build numbers and release
// dates" (FACTS [S55]). Returns an empty string for a build not in the table.
QString releaseLevelName(ExchangeVersion v, const BuildNumber &b);

// Service pack number for 2007/2010 (the minor version), or the CU number for
// 2013/2016 (0 = RTM); nullopt when the build is outside the table.
std::optional<int> releaseLevel(ExchangeVersion v, const BuildNumber &b);

} // namespace wizard
