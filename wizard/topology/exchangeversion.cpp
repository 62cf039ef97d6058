#include "exchangeversion.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <span>

using namespace Qt::StringLiterals;

namespace wizard {

QString exchangeVersionToken(ExchangeVersion v)
{
    switch (v) {
    case ExchangeVersion::Unknown:
        return u"unknown"_s;
    case ExchangeVersion::Ex2003:
        return u"2003"_s;
    case ExchangeVersion::Ex2007:
        return u"2007"_s;
    case ExchangeVersion::Ex2010:
        return u"2010"_s;
    case ExchangeVersion::Ex2013:
        return u"2013"_s;
    case ExchangeVersion::Ex2016:
        return u"2016"_s;
    case ExchangeVersion::Ex2019:
        return u"2019"_s;
    case ExchangeVersion::ExSE:
        return u"SE"_s;
    }
    return {};
}

std::optional<ExchangeVersion> parseExchangeVersionToken(QStringView text)
{
    for (ExchangeVersion v : allExchangeVersions) {
        if (text.trimmed() == exchangeVersionToken(v))
            return v;
    }
    return std::nullopt;
}

QString knownExchangeVersionTokens()
{
    QStringList tokens;
    for (ExchangeVersion v : allExchangeVersions) {
        if (v != ExchangeVersion::Unknown)
            tokens.append(exchangeVersionToken(v));
    }
    const QString last = tokens.takeLast();
    return QCoreApplication::translate("wizard", "%1 or %2").arg(tokens.join(u", "_s), last);
}

QString exchangeVersionDisplayName(ExchangeVersion v)
{
    if (v == ExchangeVersion::Unknown)
        return QCoreApplication::translate("wizard", "unknown Exchange version");
    if (v == ExchangeVersion::ExSE)
        return QCoreApplication::translate("wizard", "Exchange Server SE");
    return QCoreApplication::translate("wizard", "Exchange %1").arg(exchangeVersionToken(v));
}

QString BuildNumber::toString() const
{
    const QChar dot = u'.';
    return QString(QString::number(major) + dot + QString::number(minor) + dot + QString::number(build) + dot
                   + QString::number(revision));
}

namespace {
// The dotted form exactly as a plan file writes it ("15.0.1497.2": digits and dots, no
// blanks), read without the regular expressions: every server of a plan has one.
// Anything else, and a number that does not fit, is left to them.
std::optional<BuildNumber> parsePlainDotted(QStringView text)
{
    int fields[4] = {0, 0, 0, 0};
    constexpr int maxDigits[4] = {2, 2, 5, 5};
    int field = 0;
    int digits = 0;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            if (++digits > maxDigits[field])
                return std::nullopt;
            fields[field] = fields[field] * 10 + (c.unicode() - u'0');
        } else if (c == u'.' && digits > 0 && field < 3) {
            ++field;
            digits = 0;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0 || field < 2)
        return std::nullopt;
    return BuildNumber{fields[0], fields[1], fields[2], fields[3]};
}
} // namespace

std::optional<BuildNumber> BuildNumber::parse(QStringView text)
{
    if (const auto plain = parsePlainDotted(text))
        return versionOfBuild(*plain) ? plain : std::nullopt;

    static const QRegularExpression adminDisplay(
        uR"(^\s*Version\s+(\d{1,2})\.(\d{1,2})\s*\(\s*Build\s+(\d{1,5})\.(\d{1,5})\s*(?::[^()]*)?\)\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dotted(uR"(^\s*(\d{1,2})\.(\d{1,2})\.(\d{1,5})(?:\.(\d{1,5}))?\s*$)"_s);

    const QString input = text.toString();
    QRegularExpressionMatch m = adminDisplay.match(input);
    if (!m.hasMatch())
        m = dotted.match(input);
    if (!m.hasMatch())
        return std::nullopt;
    BuildNumber b;
    b.major = m.capturedView(1).toInt();
    b.minor = m.capturedView(2).toInt();
    b.build = m.capturedView(3).toInt();
    b.revision = m.capturedView(4).isEmpty() ? 0 : m.capturedView(4).toInt();
    if (!versionOfBuild(b))
        return std::nullopt;
    return b;
}

std::optional<ExchangeVersion> versionOfBuild(const BuildNumber &b)
{
    if (b.major == 6 && b.minor == 5)
        return ExchangeVersion::Ex2003;
    if (b.major == 8)
        return ExchangeVersion::Ex2007;
    if (b.major == 14)
        return ExchangeVersion::Ex2010;
    if (b.major == 15 && b.minor == 0)
        return ExchangeVersion::Ex2013;
    if (b.major == 15 && b.minor == 1)
        return ExchangeVersion::Ex2016;
    // Subscription Edition RTM is 15.2.2562.17 (July 2025); every 2019 build is below it
    // (2019 CU15 is 15.2.1748): FACTS [S55].
    if (b.major == 15 && b.minor == 2)
        return b.build >= 2562 ? ExchangeVersion::ExSE : ExchangeVersion::Ex2019;
    return std::nullopt;
}

namespace {
struct CuStart
{
    int build; // first build number of the release
    int cu; // 0 = RTM
};

// Exchange 2013 and 2016 cumulative updates by their build number (third part),
// from "Exchange Server build numbers and release dates" (FACTS [S55]).
// 2013 SP1 is CU4 (15.0.847).
constexpr std::array<CuStart, 24> ex2013Cus = {{
    {516, 0},   {620, 1},   {712, 2},   {775, 3},   {847, 4},   {913, 5},   {995, 6},   {1044, 7},
    {1076, 8},  {1104, 9},  {1130, 10}, {1156, 11}, {1178, 12}, {1210, 13}, {1236, 14}, {1263, 15},
    {1293, 16}, {1320, 17}, {1347, 18}, {1365, 19}, {1367, 20}, {1395, 21}, {1473, 22}, {1497, 23},
}};
constexpr std::array<CuStart, 24> ex2016Cus = {{
    {225, 0},   {396, 1},   {466, 2},   {544, 3},   {669, 4},   {845, 5},   {1034, 6},  {1261, 7},
    {1415, 8},  {1466, 9},  {1531, 10}, {1591, 11}, {1713, 12}, {1779, 13}, {1847, 14}, {1913, 15},
    {1979, 16}, {2044, 17}, {2106, 18}, {2176, 19}, {2242, 20}, {2308, 21}, {2375, 22}, {2507, 23},
}};

std::optional<int> cuOf(std::span<const CuStart> table, int build)
{
    std::optional<int> cu;
    for (const CuStart &c : table) {
        if (build >= c.build)
            cu = c.cu;
    }
    return cu;
}
} // namespace

std::optional<int> releaseLevel(ExchangeVersion v, const BuildNumber &b)
{
    if (versionOfBuild(b) != v)
        return std::nullopt;
    switch (v) {
    case ExchangeVersion::Unknown:
    case ExchangeVersion::Ex2003:
    case ExchangeVersion::Ex2019:
    case ExchangeVersion::ExSE:
        return std::nullopt; // outside the table: the rules only need 2007-2016 levels
    case ExchangeVersion::Ex2007:
    case ExchangeVersion::Ex2010:
        // The minor version is the service pack: 14.3 = 2010 SP3, 8.3 = 2007 SP3.
        if (b.minor < 0 || b.minor > 3)
            return std::nullopt;
        return b.minor;
    case ExchangeVersion::Ex2013:
        return cuOf(ex2013Cus, b.build);
    case ExchangeVersion::Ex2016:
        return cuOf(ex2016Cus, b.build);
    }
    return std::nullopt;
}

QString releaseLevelName(ExchangeVersion v, const BuildNumber &b)
{
    const std::optional<int> level = releaseLevel(v, b);
    if (!level)
        return {};
    if (*level == 0)
        return u"RTM"_s;
    return (isLegacy(v) ? u"SP%1"_s : u"CU%1"_s).arg(*level);
}

} // namespace wizard
