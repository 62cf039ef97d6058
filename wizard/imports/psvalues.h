#pragma once

#include "topology/authmethod.h"
#include "topology/exchangeversion.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace wizard {

// How Format-List prints values (FACTS F35): multi-valued properties as "{A, B}"
// ("{}" when empty), booleans as True/False, an empty string as nothing.

// "{A, B}" -> {"A", "B"}; "{}" -> {}; a bare "A, B" or "A" (Format-Table without
// braces) is accepted too. nullopt for an unbalanced "{A, B" (a half-pasted value).
std::optional<QStringList> parsePsList(QStringView value);
std::optional<bool> parsePsBool(QStringView value);
// "{Basic, Ntlm}" -> AuthMethodSet; nullopt if any member is not a method name.
std::optional<AuthMethodSet> parsePsAuthSet(QStringView value);

// The Exchange product of a server object from its ExchangeVersion ("0.20 (15.0.0.0)",
// F39; "0.10 (14.0.100.0)" and "0.1 (8.0.535.0)" per U1). It tells 2007 and 2010
// apart, but 2013 and 2016 objects carry the same 0.20 (F39): for those it returns
// nullopt and sets *newGeneration (the caller then needs an inventory).
std::optional<ExchangeVersion> versionFromExchangeVersion(QStringView value, bool *newGeneration);

// An AdminDisplayVersion of a product a plan cannot hold: "Version 6.0 (Build ...)" is
// Exchange 2000 (build table: FACTS [S55], https://learn.microsoft.com/exchange/
// new-features/build-numbers-and-release-dates). Exchange 2003 (6.5), 2019 and
// Subscription Edition (15.2) are plan versions (versionOfBuild). Empty for anything else.
struct UnplannableVersion
{
    QString product; // "Exchange 2003"
    bool olderThan2007 = false; // cannot coexist with 2013 at all (F53, VER-001)
};
std::optional<UnplannableVersion> unplannableVersion(QStringView adminDisplayVersion);

// Last segment of an AD site path "contoso.com/Configuration/Sites/Default-First-Site-Name".
QString siteNameFromPath(QStringView value);

} // namespace wizard
