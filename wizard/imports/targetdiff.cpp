#include "targetdiff.h"
#include "topology/wording.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

QString display(bool v)
{
    return v ? u"True"_s : u"False"_s;
}
QString display(const QString &v)
{
    return v.isEmpty() ? tr("(empty)") : v;
}
QString display(AuthMethod v)
{
    return authMethodToken(v);
}
QString display(const AuthMethodSet &v)
{
    return u"{%1}"_s.arg(v.toDisplayString());
}

template <typename T> QString display(const Setting<T> &s)
{
    switch (s.state()) {
    case SettingState::Unknown:
        return tr("unknown");
    case SettingState::NotApplicable:
        return tr("n/a");
    case SettingState::Known:
        return display(s.value());
    }
    return {};
}

class Differ
{
public:
    Differ(const Server &server, TargetDiff &diff)
        : m_server(server)
        , m_diff(diff)
    { }

    template <typename T> void field(QLatin1String key, const Setting<T> &current, const Setting<T> &target)
    {
        if (current == target)
            return;
        m_diff.changes.append(TargetChange{m_server.name, QString(key), display(current), display(target)});
    }

private:
    const Server &m_server;
    TargetDiff &m_diff;
};
} // namespace

TargetDiff diffTargetAgainstCurrent(const Topology &topology)
{
    TargetDiff diff;
    for (const Server &s : topology.servers) {
        if (!s.current) {
            diff.notCaptured.append(s.name);
            continue;
        }
        const OutlookAnywhereSettings &c = s.current->outlookAnywhere;
        const OutlookAnywhereSettings &t = s.outlookAnywhere;
        Differ d(s, diff);
        d.field(oafield::enabled, c.enabled, t.enabled);
        d.field(oafield::externalHostname, c.externalHostname, t.externalHostname);
        d.field(oafield::internalHostname, c.internalHostname, t.internalHostname);
        d.field(oafield::clientAuthenticationMethod, c.clientAuthenticationMethod, t.clientAuthenticationMethod);
        d.field(oafield::externalClientAuthenticationMethod, c.externalClientAuthenticationMethod,
                t.externalClientAuthenticationMethod);
        d.field(oafield::internalClientAuthenticationMethod, c.internalClientAuthenticationMethod,
                t.internalClientAuthenticationMethod);
        d.field(oafield::iisAuthenticationMethods, c.iisAuthenticationMethods, t.iisAuthenticationMethods);
        d.field(oafield::sslOffloading, c.sslOffloading, t.sslOffloading);
        d.field(oafield::externalClientsRequireSsl, c.externalClientsRequireSsl, t.externalClientsRequireSsl);
        d.field(oafield::internalClientsRequireSsl, c.internalClientsRequireSsl, t.internalClientsRequireSsl);
        d.field(QLatin1String("autodiscoverServiceInternalUri"), s.current->autodiscoverServiceInternalUri,
                s.autodiscoverServiceInternalUri);
    }
    return diff;
}

QString targetDiffText(const TargetDiff &diff)
{
    QString text;
    QTextStream out(&text);
    QString lastServer;
    for (const TargetChange &c : diff.changes) {
        if (c.server != lastServer) {
            out << c.server << u'\n';
            lastServer = c.server;
        }
        out << u"  %1: %2 -> %3\n"_s.arg(c.field, c.current, c.target);
    }
    if (diff.changes.isEmpty())
        out << tr("No planned changes: every captured server's target equals its current state.\n");
    else
        out << tr("%1.\n").arg(counted(diff.changes.size(), tr("planned change"), tr("planned changes")));
    if (!diff.notCaptured.isEmpty())
        out << tr("Never imported (no current state to compare): %1\n").arg(diff.notCaptured.join(u", "_s));
    out.flush();
    return text;
}

} // namespace wizard
