#include "psvalues.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wizard {

std::optional<QStringList> parsePsList(QStringView value)
{
    QStringView v = value.trimmed();
    const bool open = v.startsWith(u'{');
    const bool close = v.endsWith(u'}');
    if (open != close)
        return std::nullopt;
    if (open)
        v = v.sliced(1, v.size() - 2).trimmed();
    QStringList items;
    if (v.isEmpty())
        return items;
    for (QStringView part : v.split(u',')) {
        part = part.trimmed();
        if (!part.isEmpty())
            items.append(part.toString());
    }
    return items;
}

std::optional<bool> parsePsBool(QStringView value)
{
    const QStringView v = value.trimmed();
    if (v.compare(u"True", Qt::CaseInsensitive) == 0 || v.compare(u"$true", Qt::CaseInsensitive) == 0)
        return true;
    if (v.compare(u"False", Qt::CaseInsensitive) == 0 || v.compare(u"$false", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

std::optional<AuthMethodSet> parsePsAuthSet(QStringView value)
{
    const auto items = parsePsList(value);
    if (!items)
        return std::nullopt;
    AuthMethodSet set;
    for (const QString &item : *items) {
        const auto m = parseAuthMethod(item);
        if (!m)
            return std::nullopt;
        set.insert(*m);
    }
    return set;
}

std::optional<ExchangeVersion> versionFromExchangeVersion(QStringView value, bool *newGeneration)
{
    *newGeneration = false;
    // "0.20 (15.0.0.0)": the product is the first number inside the parentheses.
    const qsizetype open = value.indexOf(u'(');
    if (open < 0)
        return std::nullopt;
    const QStringView inner = value.sliced(open + 1);
    const qsizetype dot = inner.indexOf(u'.');
    if (dot <= 0)
        return std::nullopt;
    bool ok = false;
    const int major = inner.first(dot).toInt(&ok);
    if (!ok)
        return std::nullopt;
    switch (major) {
    case 8:
        return ExchangeVersion::Ex2007;
    case 14:
        return ExchangeVersion::Ex2010;
    case 15:
        *newGeneration = true;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

QString siteNameFromPath(QStringView value)
{
    const QStringView v = value.trimmed();
    const qsizetype slash = v.lastIndexOf(u'/');
    return (slash >= 0 ? v.sliced(slash + 1) : v).toString();
}

std::optional<UnplannableVersion> unplannableVersion(QStringView adminDisplayVersion)
{
    // Exchange 2003 prints the service pack inside the parentheses: "(Build 7638.2: Service Pack 2)".
    static const QRegularExpression version(uR"(^\s*Version\s+(\d{1,2})\.(\d{1,2})\s*\(\s*Build\s+\d{1,5}\.\d{1,5})"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = version.match(adminDisplayVersion.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const int major = m.capturedView(1).toInt();
    const int minor = m.capturedView(2).toInt();
    // 6.5 (2003) and 15.2 (2019, SE) are builds the plan holds (versionOfBuild).
    if (major == 6 && minor < 5)
        return UnplannableVersion{u"Exchange 2000"_s, true};
    return std::nullopt;
}

} // namespace wizard
