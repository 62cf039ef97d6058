#include "topology.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
template <typename Enum, std::size_t N>
std::optional<Enum> parseToken(const std::array<std::pair<Enum, QString>, N> &table, QStringView text)
{
    const QStringView t = text.trimmed();
    for (const auto &[value, token] : table) {
        if (t.compare(token, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString tokenOf(const std::array<std::pair<Enum, QString>, N> &table, Enum value)
{
    for (const auto &[v, token] : table) {
        if (v == value)
            return token;
    }
    return {};
}

const std::array<std::pair<WindowsServer, QString>, 8> &windowsTokens()
{
    static const std::array<std::pair<WindowsServer, QString>, 8> t = {{
        {WindowsServer::WS2003, u"2003"_s},
        {WindowsServer::WS2008, u"2008"_s},
        {WindowsServer::WS2008R2, u"2008R2"_s},
        {WindowsServer::WS2012, u"2012"_s},
        {WindowsServer::WS2012R2, u"2012R2"_s},
        {WindowsServer::WS2016, u"2016"_s},
        {WindowsServer::WS2019, u"2019"_s},
        {WindowsServer::WS2022, u"2022"_s},
    }};
    return t;
}

const std::array<std::pair<TlsMode, QString>, 3> &tlsTokens()
{
    static const std::array<std::pair<TlsMode, QString>, 3> t = {{
        {TlsMode::Passthrough, u"passthrough"_s},
        {TlsMode::Offload, u"offload"_s},
        {TlsMode::Bridging, u"bridging"_s},
    }};
    return t;
}

const std::array<std::pair<OutlookVersion, QString>, 7> &outlookTokens()
{
    static const std::array<std::pair<OutlookVersion, QString>, 7> t = {{
        {OutlookVersion::Outlook2003, u"2003"_s},
        {OutlookVersion::Outlook2007, u"2007"_s},
        {OutlookVersion::Outlook2010, u"2010"_s},
        {OutlookVersion::Outlook2013, u"2013"_s},
        {OutlookVersion::Outlook2016, u"2016"_s},
        {OutlookVersion::Outlook2019, u"2019"_s},
        {OutlookVersion::Microsoft365, u"365"_s},
    }};
    return t;
}

const std::array<std::pair<ClientLocation, QString>, 3> &locationTokens()
{
    static const std::array<std::pair<ClientLocation, QString>, 3> t = {{
        {ClientLocation::Internal, u"internal"_s},
        {ClientLocation::External, u"external"_s},
        {ClientLocation::Both, u"both"_s},
    }};
    return t;
}

const std::array<std::pair<ExtendedProtection, QString>, 3> &extendedProtectionTokens()
{
    static const std::array<std::pair<ExtendedProtection, QString>, 3> t = {{
        {ExtendedProtection::None, u"None"_s},
        {ExtendedProtection::Allow, u"Allow"_s},
        {ExtendedProtection::Require, u"Require"_s},
    }};
    return t;
}

template <typename List> auto findByName(List &list, QStringView name) -> decltype(&*list.begin())
{
    const auto it = std::find_if(list.begin(), list.end(), [name](const auto &item) {
        return QStringView(item.name).compare(name, Qt::CaseInsensitive) == 0;
    });
    return it == list.end() ? nullptr : &*it;
}
} // namespace

QString windowsServerToken(WindowsServer w)
{
    return tokenOf(windowsTokens(), w);
}
std::optional<WindowsServer> parseWindowsServerToken(QStringView text)
{
    return parseToken(windowsTokens(), text);
}
QString extendedProtectionToken(ExtendedProtection e)
{
    return tokenOf(extendedProtectionTokens(), e);
}
std::optional<ExtendedProtection> parseExtendedProtectionToken(QStringView text)
{
    return parseToken(extendedProtectionTokens(), text);
}
QString tlsModeToken(TlsMode m)
{
    return tokenOf(tlsTokens(), m);
}
std::optional<TlsMode> parseTlsModeToken(QStringView text)
{
    return parseToken(tlsTokens(), text);
}
QString outlookVersionToken(OutlookVersion v)
{
    return tokenOf(outlookTokens(), v);
}
std::optional<OutlookVersion> parseOutlookVersionToken(QStringView text)
{
    return parseToken(outlookTokens(), text);
}
QString outlookVersionDisplayName(OutlookVersion v)
{
    if (v == OutlookVersion::Microsoft365)
        return QCoreApplication::translate("wizard", "Outlook for Microsoft 365");
    return QCoreApplication::translate("wizard", "Outlook %1").arg(outlookVersionToken(v));
}
QString clientLocationToken(ClientLocation l)
{
    return tokenOf(locationTokens(), l);
}
std::optional<ClientLocation> parseClientLocationToken(QStringView text)
{
    return parseToken(locationTokens(), text);
}
QString clientLocationDisplayName(ClientLocation l)
{
    switch (l) {
    case ClientLocation::Internal:
        return QCoreApplication::translate("wizard", "Internal");
    case ClientLocation::External:
        return QCoreApplication::translate("wizard", "External");
    case ClientLocation::Both:
        return QCoreApplication::translate("wizard", "Both");
    }
    return {};
}
std::optional<ClientLocation> parseClientLocationName(QStringView text)
{
    for (ClientLocation l : {ClientLocation::Internal, ClientLocation::External, ClientLocation::Both}) {
        if (text.compare(clientLocationDisplayName(l), Qt::CaseInsensitive) == 0
            || text.compare(clientLocationToken(l), Qt::CaseInsensitive) == 0)
            return l;
    }
    return std::nullopt;
}

bool Certificate::isWildcard() const
{
    return std::any_of(names.cbegin(), names.cend(), [](const QString &n) { return n.startsWith(u"*."_s); })
        || subject.contains(u"CN=*."_s, Qt::CaseInsensitive);
}

bool Certificate::covers(const QString &host) const
{
    if (host.isEmpty())
        return false;
    for (const QString &n : names) {
        if (n.compare(host, Qt::CaseInsensitive) == 0)
            return true;
        if (n.startsWith(u"*."_s)) {
            // A wildcard covers exactly one label: *.contoso.com covers mail.contoso.com,
            // not a.b.contoso.com and not contoso.com.
            const QStringView suffix = QStringView(n).mid(1); // ".contoso.com"
            if (host.endsWith(suffix, Qt::CaseInsensitive)) {
                const QStringView label = QStringView(host).left(host.size() - suffix.size());
                if (!label.isEmpty() && !label.contains(u'.'))
                    return true;
            }
        }
    }
    return false;
}

void changeServerVersion(Server &server, ExchangeVersion version)
{
    server.version = version;
    server.outlookAnywhere = reshapeOutlookAnywhereSettings(server.outlookAnywhere, version);
    if (server.current)
        server.current->outlookAnywhere = reshapeOutlookAnywhereSettings(server.current->outlookAnywhere, version);
    if (server.build.isKnown() && versionOfBuild(server.build.value()) != version)
        server.build.setUnknown();
    if (!isLegacy(version))
        server.rollup.setUnknown();
}

const Server *Topology::findServer(QStringView name) const
{
    return findByName(servers, name);
}
Server *Topology::findServer(QStringView name)
{
    return findByName(servers, name);
}
const Site *Topology::findSite(QStringView name) const
{
    return findByName(sites, name);
}

QString servicePrincipalAccountKey(const QString &account)
{
    QString a = account.trimmed();
    if (a.startsWith(u"CN="_s, Qt::CaseInsensitive)) {
        const qsizetype comma = a.indexOf(u',');
        a = a.mid(3, comma < 0 ? -1 : comma - 3);
    }
    const qsizetype slash = a.lastIndexOf(u'\\');
    if (slash >= 0)
        a = a.mid(slash + 1);
    const qsizetype at = a.indexOf(u'@');
    if (at > 0)
        a = a.left(at);
    if (a.endsWith(u'$'))
        a.chop(1);
    return a.trimmed().toLower();
}

QStringList requiredServicePrincipalNames(const Namespaces &ns)
{
    QStringList out;
    for (const QString &host : {ns.outlookAnywhereExternal, ns.outlookAnywhereInternal, ns.autodiscover}) {
        QString name = host.trimmed().toLower();
        if (name.endsWith(u'.'))
            name.chop(1);
        const QString spn = u"http/"_s + name;
        if (!name.isEmpty() && !out.contains(spn))
            out.append(spn);
    }
    return out;
}

} // namespace wizard
