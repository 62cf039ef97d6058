#include "serverfieldset.h"

#include "markedfield.h"
#include "session/plansession.h"
#include "settingeditors.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
enum class Kind { Bool, Method, MethodSet, Text, HostName };

struct FieldDescriptor
{
    QLatin1String key;
    const char *label;
    const char *noun; // in "Change <noun> of <server>"
    Kind kind;
    wizard::Setting<bool> wizard::OutlookAnywhereSettings::*boolMember = nullptr;
    wizard::Setting<wizard::AuthMethod> wizard::OutlookAnywhereSettings::*methodMember = nullptr;
    wizard::Setting<QString> wizard::OutlookAnywhereSettings::*textMember = nullptr;
};

using OA = wizard::OutlookAnywhereSettings;
namespace f = wizard::oafield;
const QLatin1String rpcProxyKey("rpcOverHttpProxyInstalled");
const QLatin1String scpKey("autodiscoverServiceInternalUri");

// Which fields exist on which version: FACTS F36 (see outlookanywhere.h).
const FieldDescriptor descriptors[] = {
    {f::enabled, QT_TRANSLATE_NOOP("ui::ServerFieldSet", "Outlook Anywhere enabled"),
     QT_TRANSLATE_NOOP("ui::ServerFieldSet", "Outlook Anywhere enabled state"), Kind::Bool, &OA::enabled},
    {f::externalHostname, QT_TRANSLATE_NOOP("ui::ServerFieldSet", "External host name"),
     QT_TRANSLATE_NOOP("ui::ServerFieldSet", "external host name"), Kind::HostName, nullptr, nullptr,
     &OA::externalHostname},
    {f::internalHostname, QT_TRANSLATE_NOOP("ui::ServerFieldSet", "Internal host name"),
     QT_TRANSLATE_NOOP("ui::ServerFieldSet", "internal host name"), Kind::HostName, nullptr, nullptr,
     &OA::internalHostname},
    {f::clientAuthenticationMethod, QT_TRANSLATE_NOOP("ui::ServerFieldSet", "Client authentication"),
     QT_TRANSLATE_NOOP("ui::ServerFieldSet", "client authentication method"), Kind::Method, nullptr,
     &OA::clientAuthenticationMethod},
    {f::externalClientAuthenticationMethod, QT_TRANSLATE_NOOP("ui::ServerFieldSet", "External client authentication"),
     QT_TRANSLATE_NOOP("ui::ServerFieldSet", "external client authentication method"), Kind::Method, nullptr,
     &OA::externalClientAuthenticationMethod},
    {f::internalClientAuthenticationMethod, QT_TRANSLATE_NOOP("ui::ServerFieldSet", "Internal client authentication"),
     QT_TRANSLATE_NOOP("ui::ServerFieldSet", "internal client authentication method"), Kind::Method, nullptr,
     &OA::internalClientAuthenticationMethod},
    {f::iisAuthenticationMethods, QT_TRANSLATE_NOOP("ui::ServerFieldSet", "IIS authentication methods"),
     QT_TRANSLATE_NOOP("ui::ServerFieldSet", "IIS authentication methods"), Kind::MethodSet},
    {f::sslOffloading, QT_TRANSLATE_NOOP("ui::ServerFieldSet", "SSL offloading"),
     QT_TRANSLATE_NOOP("ui::ServerFieldSet", "SSL offloading"), Kind::Bool, &OA::sslOffloading},
    {f::externalClientsRequireSsl, QT_TRANSLATE_NOOP("ui::ServerFieldSet", "External clients require SSL"),
     QT_TRANSLATE_NOOP("ui::ServerFieldSet", "external clients require SSL"), Kind::Bool,
     &OA::externalClientsRequireSsl},
    {f::internalClientsRequireSsl, QT_TRANSLATE_NOOP("ui::ServerFieldSet", "Internal clients require SSL"),
     QT_TRANSLATE_NOOP("ui::ServerFieldSet", "internal clients require SSL"), Kind::Bool,
     &OA::internalClientsRequireSsl},
    {rpcProxyKey, QT_TRANSLATE_NOOP("ui::ServerFieldSet", "RPC over HTTP Proxy installed"),
     QT_TRANSLATE_NOOP("ui::ServerFieldSet", "RPC over HTTP Proxy feature"), Kind::Bool},
    {scpKey, QT_TRANSLATE_NOOP("ui::ServerFieldSet", "Autodiscover internal URI (SCP)"),
     QT_TRANSLATE_NOOP("ui::ServerFieldSet", "Autodiscover internal URI"), Kind::Text},
};

const FieldDescriptor *descriptor(const QString &key)
{
    for (const FieldDescriptor &d : descriptors) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("ui::ServerFieldSet", text);
}

wizard::Setting<bool> &boolSetting(wizard::Server &s, const FieldDescriptor &d)
{
    return d.boolMember ? s.outlookAnywhere.*d.boolMember : s.rpcOverHttpProxyInstalled;
}
wizard::Setting<QString> &textSetting(wizard::Server &s, const FieldDescriptor &d)
{
    return d.textMember ? s.outlookAnywhere.*d.textMember : s.autodiscoverServiceInternalUri;
}
const wizard::Setting<bool> &boolSetting(const wizard::Server &s, const FieldDescriptor &d)
{
    return d.boolMember ? s.outlookAnywhere.*d.boolMember : s.rpcOverHttpProxyInstalled;
}
const wizard::Setting<QString> &textSetting(const wizard::Server &s, const FieldDescriptor &d)
{
    return d.textMember ? s.outlookAnywhere.*d.textMember : s.autodiscoverServiceInternalUri;
}
} // namespace

ServerFieldSet::ServerFieldSet(PlanSession *session, const QStringList &fieldKeys, QWidget *widgetParent)
    : QObject(widgetParent)
    , m_session(session)
    , m_keys(fieldKeys)
{
    for (const QString &key : fieldKeys) {
        const FieldDescriptor *d = descriptor(key);
        Q_ASSERT(d);
        QWidget *editor = nullptr;
        switch (d->kind) {
        case Kind::Bool: {
            auto *combo = new TriStateBoolCombo;
            connect(combo, &TriStateBoolCombo::edited, this, [this, d](const wizard::Setting<bool> &v) {
                editServer(
                    d->key, [d, v](wizard::Server &s) { boolSetting(s, *d) = v; }, false);
            });
            editor = combo;
            break;
        }
        case Kind::Method: {
            auto *combo = new AuthMethodCombo;
            connect(combo, &AuthMethodCombo::edited, this, [this, d](const wizard::Setting<wizard::AuthMethod> &v) {
                editServer(
                    d->key, [d, v](wizard::Server &s) { s.outlookAnywhere.*d->methodMember = v; }, false);
            });
            editor = combo;
            break;
        }
        case Kind::MethodSet: {
            auto *set = new AuthMethodSetEditor;
            connect(set, &AuthMethodSetEditor::edited, this,
                    [this, d](const wizard::Setting<wizard::AuthMethodSet> &v) {
                        editServer(
                            d->key, [v](wizard::Server &s) { s.outlookAnywhere.iisAuthenticationMethods = v; }, false);
                    });
            editor = set;
            break;
        }
        case Kind::Text:
        case Kind::HostName: {
            auto *line = new SettingLineEdit;
            connect(line, &SettingLineEdit::edited, this, [this, d](const wizard::Setting<QString> &v) {
                editServer(
                    d->key, [d, v](wizard::Server &s) { textSetting(s, *d) = v; }, v.isKnown());
            });
            editor = line;
            break;
        }
        }
        editor->setAccessibleName(translated(d->label));
        m_fields.insert(key, new MarkedField(key, editor, widgetParent));
    }
    connect(session, &PlanSession::planChanged, this, &ServerFieldSet::refresh);
    connect(session, &PlanSession::analysisChanged, this, &ServerFieldSet::setFindings);
}

QStringList ServerFieldSet::allFieldKeys()
{
    QStringList keys;
    for (const FieldDescriptor &d : descriptors)
        keys.append(d.key);
    return keys;
}

QString ServerFieldSet::fieldLabel(const QString &key)
{
    const FieldDescriptor *d = descriptor(key);
    return d ? translated(d->label) : key;
}

void ServerFieldSet::setServer(const QString &name)
{
    m_server = name;
    m_shownValid = false;
    m_findingsValid = false;
    refresh();
    setFindings();
}

bool ServerFieldSet::isApplicable(const QString &key) const
{
    return m_applicable.value(key, false);
}

void ServerFieldSet::refresh()
{
    const wizard::Server *server = m_session->findServer(m_server);
    // Most edits change one server: the others' widgets are left alone (a 200-server
    // authentication page would otherwise redo 600 editors per keystroke).
    std::optional<wizard::Server> shown = server ? std::optional<wizard::Server>(*server) : std::nullopt;
    if (m_shownValid && shown == m_shown)
        return;
    m_shown = std::move(shown);
    m_shownValid = true;
    for (const QString &key : m_keys) {
        const FieldDescriptor *d = descriptor(key);
        MarkedField *marked = m_fields.value(key);
        marked->setEnabled(server != nullptr);
        if (!server)
            continue;
        const wizard::Server &s = *server;
        switch (d->kind) {
        case Kind::Bool:
            m_applicable[key] = !boolSetting(s, *d).isNotApplicable();
            static_cast<TriStateBoolCombo *>(marked->field())->setSetting(boolSetting(s, *d));
            break;
        case Kind::Method:
            m_applicable[key] = !(s.outlookAnywhere.*d->methodMember).isNotApplicable();
            static_cast<AuthMethodCombo *>(marked->field())->setSetting(s.outlookAnywhere.*d->methodMember);
            break;
        case Kind::MethodSet:
            m_applicable[key] = !s.outlookAnywhere.iisAuthenticationMethods.isNotApplicable();
            static_cast<AuthMethodSetEditor *>(marked->field())->setSetting(s.outlookAnywhere.iisAuthenticationMethods);
            break;
        case Kind::Text:
        case Kind::HostName:
            m_applicable[key] = !textSetting(s, *d).isNotApplicable();
            static_cast<SettingLineEdit *>(marked->field())->setSetting(textSetting(s, *d));
            break;
        }
    }
    Q_EMIT refreshed();
}

void ServerFieldSet::setFindings()
{
    // The session indexes the findings by server once per run: 500 field sets do not
    // each scan every finding.
    QList<wizard::Finding> mine = m_session->findingsOfServer(m_server);
    if (m_findingsValid && mine == m_findings)
        return;
    m_findings = std::move(mine);
    m_findingsValid = true;
    QHash<QString, QList<wizard::Finding>> byField;
    for (const wizard::Finding &f : std::as_const(m_findings)) {
        for (const QString &key : f.fields)
            byField[key].append(f);
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setFindings(byField.value(it.key()));
}

void ServerFieldSet::editServer(const QString &key, const std::function<void(wizard::Server &)> &change,
                                bool mergeTyping)
{
    const FieldDescriptor *d = descriptor(key);
    const QString name = m_server;
    m_session->edit(
        tr("Change %1 of %2").arg(translated(d->noun), name),
        [name, change](wizard::Plan &p) {
            if (wizard::Server *s = p.topology.findServer(name))
                change(*s);
        },
        mergeTyping ? name + u'/' + key : QString());
}

} // namespace ui
