// Part A, consistency (PA-011): new CAS servers behind one namespace must be configured
// identically (F29), since a client may reach any of them.
#include "findingbuilder.h"
#include "outlookanywherecommands.h"
#include "partarules.h"
#include "powershell/psquote.h"
#include "sources.h"
#include "translationmemo.h"

#include <QSet>

#include <QHash>

#include <algorithm>
#include <numeric>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return checkText(text);
}

// The Outlook Anywhere settings of a 2013+ server that must match across a namespace.
enum class ComparedField {
    ExternalHostname,
    InternalHostname,
    ExternalClientMethod,
    InternalClientMethod,
    IisMethods,
    SslOffloading,
    ExternalClientsRequireSsl,
    InternalClientsRequireSsl,
};
constexpr ComparedField comparedFields[] = {
    ComparedField::ExternalHostname,
    ComparedField::InternalHostname,
    ComparedField::ExternalClientMethod,
    ComparedField::InternalClientMethod,
    ComparedField::IisMethods,
    ComparedField::SslOffloading,
    ComparedField::ExternalClientsRequireSsl,
    ComparedField::InternalClientsRequireSsl,
};

struct FieldInfo
{
    QLatin1String planKey;
    QLatin1String property; // the Exchange property and Set-OutlookAnywhere parameter name
};

FieldInfo fieldInfo(ComparedField f)
{
    switch (f) {
    case ComparedField::ExternalHostname:
        return {oafield::externalHostname, "ExternalHostname"_L1};
    case ComparedField::InternalHostname:
        return {oafield::internalHostname, "InternalHostname"_L1};
    case ComparedField::ExternalClientMethod:
        return {oafield::externalClientAuthenticationMethod, "ExternalClientAuthenticationMethod"_L1};
    case ComparedField::InternalClientMethod:
        return {oafield::internalClientAuthenticationMethod, "InternalClientAuthenticationMethod"_L1};
    case ComparedField::IisMethods:
        return {oafield::iisAuthenticationMethods, "IISAuthenticationMethods"_L1};
    case ComparedField::SslOffloading:
        return {oafield::sslOffloading, "SSLOffloading"_L1};
    case ComparedField::ExternalClientsRequireSsl:
        return {oafield::externalClientsRequireSsl, "ExternalClientsRequireSsl"_L1};
    case ComparedField::InternalClientsRequireSsl:
        return {oafield::internalClientsRequireSsl, "InternalClientsRequireSsl"_L1};
    }
    return {};
}

QString boolDisplay(bool b)
{
    return b ? u"True"_s : u"False"_s;
}

// How a host value compares: trimmed, lower case, without a trailing dot (hostNameKey).
// An InternalHostname equal to the server's own FQDN (the setup default, F18) compares
// as this marker instead, so it equals another server's own FQDN: the pattern is the same.
const QString &ownFqdnMarker()
{
    static const QString marker = u"\u0001fqdn"_s;
    return marker;
}

// What Exchange prints for a server's value of a field (known).
QString displayOf(const Server &server, ComparedField f)
{
    const OutlookAnywhereSettings &oa = server.outlookAnywhere;
    switch (f) {
    case ComparedField::ExternalHostname:
        return oa.externalHostname.value();
    case ComparedField::InternalHostname:
        return oa.internalHostname.value();
    case ComparedField::ExternalClientMethod:
        return authMethodToken(oa.externalClientAuthenticationMethod.value());
    case ComparedField::InternalClientMethod:
        return authMethodToken(oa.internalClientAuthenticationMethod.value());
    case ComparedField::IisMethods:
        return oa.iisAuthenticationMethods.value().toDisplayString();
    case ComparedField::SslOffloading:
        return boolDisplay(oa.sslOffloading.value());
    case ComparedField::ExternalClientsRequireSsl:
        return boolDisplay(oa.externalClientsRequireSsl.value());
    case ComparedField::InternalClientsRequireSsl:
        return boolDisplay(oa.internalClientsRequireSsl.value());
    }
    return {};
}

// The Set-OutlookAnywhere argument that gives `member` the reference's value.
PsArgument argumentFor(ComparedField f, QLatin1String parameter, const Server &reference, bool referenceOwnFqdn,
                       const Server &member)
{
    const OutlookAnywhereSettings &oa = reference.outlookAnywhere;
    switch (f) {
    case ComparedField::ExternalHostname:
        return hostNameArgument(parameter, oa.externalHostname.value());
    case ComparedField::InternalHostname:
        return hostNameArgument(parameter, referenceOwnFqdn ? member.fqdn : oa.internalHostname.value());
    case ComparedField::IisMethods:
        return authMethodsArgument(parameter, oa.iisAuthenticationMethods.value());
    case ComparedField::SslOffloading:
        return PsArgument::boolean(parameter, oa.sslOffloading.value());
    case ComparedField::ExternalClientsRequireSsl:
        return PsArgument::boolean(parameter, oa.externalClientsRequireSsl.value());
    case ComparedField::InternalClientsRequireSsl:
        return PsArgument::boolean(parameter, oa.internalClientsRequireSsl.value());
    case ComparedField::ExternalClientMethod:
    case ComparedField::InternalClientMethod:
        return PsArgument::token(parameter, displayOf(reference, f));
    }
    return PsArgument::token(parameter, {});
}

// Groups of new CAS that share a namespace: the same known ExternalHostname, or the same
// load balancer (union-find; the root of a group is its first server in plan order).
// Each group lists indexes into CheckContext::newCas, in plan order.
class NamespaceGroups
{
public:
    explicit NamespaceGroups(const CheckContext &context)
    {
        const QList<const Server *> &cas = context.newCas();
        m_parent.resize(static_cast<std::size_t>(cas.size()));
        std::iota(m_parent.begin(), m_parent.end(), std::size_t{0});
        QHash<QString, std::size_t> byName;
        QHash<QString, std::size_t> byHost;
        for (std::size_t i = 0; i < m_parent.size(); ++i) {
            const Server &server = *cas[static_cast<qsizetype>(i)];
            byName.insert(lowerCase(server.name), i);
            const Setting<QString> &host = server.outlookAnywhere.externalHostname;
            if (!host.isKnown() || host.value().trimmed().isEmpty())
                continue;
            const QString key = hostNameKey(host.value());
            const auto it = byHost.constFind(key);
            if (it == byHost.cend())
                byHost.insert(key, i);
            else
                unite(*it, i);
        }
        for (const LoadBalancer &lb : context.topology.loadBalancers) {
            std::optional<std::size_t> first;
            for (const QString &name : lb.servers) {
                const auto it = byName.constFind(lowerCase(name));
                if (it == byName.cend())
                    continue;
                if (first)
                    unite(*first, *it);
                else
                    first = *it;
            }
        }
        QHash<std::size_t, qsizetype> groupOfRoot;
        for (std::size_t i = 0; i < m_parent.size(); ++i) {
            const std::size_t root = find(i);
            auto it = groupOfRoot.constFind(root);
            if (it == groupOfRoot.cend()) {
                it = groupOfRoot.insert(root, m_groups.size());
                m_groups.append(QList<qsizetype>());
            }
            m_groups[*it].append(static_cast<qsizetype>(i));
        }
    }

    const QList<QList<qsizetype>> &groups() const { return m_groups; }

private:
    std::size_t find(std::size_t i)
    {
        while (m_parent[i] != i) {
            m_parent[i] = m_parent[m_parent[i]]; // path halving
            i = m_parent[i];
        }
        return i;
    }
    void unite(std::size_t a, std::size_t b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

    std::vector<std::size_t> m_parent;
    QList<QList<qsizetype>> m_groups;
};

// What the two servers share: "mail.contoso.com" or "load balancer LB1".
QString sharedNamespace(const LoadBalancersByServer &balancersOf, const Server &a, const Server &b)
{
    const Setting<QString> &ha = a.outlookAnywhere.externalHostname;
    const Setting<QString> &hb = b.outlookAnywhere.externalHostname;
    if (ha.isKnown() && hb.isKnown() && !ha.value().trimmed().isEmpty() && sameHostName(ha.value(), hb.value()))
        return ha.value().trimmed();
    const QList<const LoadBalancer *> behindB = balancersOf.value(lowerCase(b.name));
    for (const LoadBalancer *lb : balancersOf.value(lowerCase(a.name))) {
        if (behindB.contains(lb))
            return tr("load balancer %1").arg(lb->name);
    }
    return tr("the same namespace");
}

// Whether a server's InternalHostname is its own FQDN (see ownFqdnMarker).
bool internalHostnameIsOwnFqdn(const Server &server)
{
    const Setting<QString> &s = server.outlookAnywhere.internalHostname;
    return s.isKnown() && !server.fqdn.isEmpty() && sameHostName(s.value(), server.fqdn);
}

// Whether the server records a value for the field.
bool isKnown(const Server &server, ComparedField f)
{
    const OutlookAnywhereSettings &oa = server.outlookAnywhere;
    switch (f) {
    case ComparedField::ExternalHostname:
        return oa.externalHostname.isKnown();
    case ComparedField::InternalHostname:
        return oa.internalHostname.isKnown();
    case ComparedField::ExternalClientMethod:
        return oa.externalClientAuthenticationMethod.isKnown();
    case ComparedField::InternalClientMethod:
        return oa.internalClientAuthenticationMethod.isKnown();
    case ComparedField::IisMethods:
        return oa.iisAuthenticationMethods.isKnown();
    case ComparedField::SslOffloading:
        return oa.sslOffloading.isKnown();
    case ComparedField::ExternalClientsRequireSsl:
        return oa.externalClientsRequireSsl.isKnown();
    case ComparedField::InternalClientsRequireSsl:
        return oa.internalClientsRequireSsl.isKnown();
    }
    return false;
}

// One side of an InternalHostname comparison.
struct InternalHost
{
    const Server *server;
    bool ownFqdn;
};

// Whether two servers hold the same value of a field known on both: methods, IIS method
// sets and booleans by value; host names as sameHostName compares them, where an
// own-FQDN InternalHostname stands for ownFqdnMarker() (so it equals another own FQDN,
// or a host whose key happens to be the marker).
bool sameValue(ComparedField f, const InternalHost &a, const InternalHost &b)
{
    const OutlookAnywhereSettings &x = a.server->outlookAnywhere;
    const OutlookAnywhereSettings &y = b.server->outlookAnywhere;
    switch (f) {
    case ComparedField::ExternalHostname:
        return sameHostName(x.externalHostname.value(), y.externalHostname.value());
    case ComparedField::InternalHostname:
        if (a.ownFqdn && b.ownFqdn)
            return true;
        if (a.ownFqdn != b.ownFqdn) {
            const QString &host = a.ownFqdn ? y.internalHostname.value() : x.internalHostname.value();
            return sameHostName(host, ownFqdnMarker());
        }
        return sameHostName(x.internalHostname.value(), y.internalHostname.value());
    case ComparedField::ExternalClientMethod:
        return x.externalClientAuthenticationMethod.value() == y.externalClientAuthenticationMethod.value();
    case ComparedField::InternalClientMethod:
        return x.internalClientAuthenticationMethod.value() == y.internalClientAuthenticationMethod.value();
    case ComparedField::IisMethods:
        return x.iisAuthenticationMethods.value() == y.iisAuthenticationMethods.value();
    case ComparedField::SslOffloading:
        return x.sslOffloading.value() == y.sslOffloading.value();
    case ComparedField::ExternalClientsRequireSsl:
        return x.externalClientsRequireSsl.value() == y.externalClientsRequireSsl.value();
    case ComparedField::InternalClientsRequireSsl:
        return x.internalClientsRequireSsl.value() == y.internalClientsRequireSsl.value();
    }
    return false;
}

// The names of the servers that other rules report an error on, collected once per
// evaluation (a scan of every finding for each candidate reference was quadratic).
QSet<QString> serversWithErrors(const QList<Finding> &others)
{
    QSet<QString> names;
    for (const Finding &f : others) {
        if (f.severity == Severity::Error && f.subject.kind == SubjectKind::Server)
            names.insert(f.subject.name);
    }
    return names;
}

// PA-011: in a namespace every new CAS must be configured identically (F29). The
// reference is the first server of the group in plan order that no other rule reports
// an error on (issue 13: re-applying a broken server's values to a healthy one takes
// Outlook Anywhere down there); each other server that deviates gets one warning naming
// the reference and the differing fields, with a Set-OutlookAnywhere that re-applies the
// reference's values. When every server of the group has errors there is no model to
// copy: the warning compares with the first server and its fix says to correct the
// errors first, naming no values. Fields unknown on either side are named in one info
// per server.
class NewCasSettingsDifferRule final : public Rule
{
public:
    QString id() const override { return u"PA-011"_s; }
    bool readsOtherFindings() const override { return true; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        evaluateAfter(context, findingsOfOtherRules(context), out);
    }

    void evaluateAfter(const CheckContext &context, const QList<Finding> &others, QList<Finding> &out) const override
    {
        const QList<const Server *> &cas = context.newCas();
        const NamespaceGroups groups(context);
        std::optional<LoadBalancersByServer> balancersOf; // built for the first warning
        const QSet<QString> broken = serversWithErrors(others);
        for (const QList<qsizetype> &group : groups.groups()) {
            const auto healthy = std::find_if(group.cbegin(), group.cend(),
                                              [&](qsizetype i) { return !broken.contains(cas[i]->name); });
            const bool model = healthy != group.cend();
            const qsizetype referenceIndex = model ? *healthy : group.first();
            const Server &reference = *cas[referenceIndex];
            const InternalHost referenceSide{&reference, internalHostnameIsOwnFqdn(reference)};
            for (qsizetype i : group) {
                if (i != referenceIndex)
                    compare(context, balancersOf, referenceSide, model, *cas[i], out);
            }
        }
    }

private:
    void compare(const CheckContext &context, std::optional<LoadBalancersByServer> &balancersOf,
                 const InternalHost &referenceSide, bool model, const Server &member, QList<Finding> &out) const
    {
        const Server &reference = *referenceSide.server;
        const InternalHost memberSide{&member, internalHostnameIsOwnFqdn(member)};
        QStringList fields;
        QStringList differences;
        QList<PsArgument> parameters;
        QStringList unknownFields;
        QStringList unknownNames;
        for (ComparedField f : comparedFields) {
            if (!isKnown(member, f) || !isKnown(reference, f)) {
                const FieldInfo info = fieldInfo(f);
                unknownFields.append(QString(info.planKey));
                unknownNames.append(QString(info.property));
                continue;
            }
            if (sameValue(f, memberSide, referenceSide))
                continue;
            const FieldInfo info = fieldInfo(f);
            fields.append(QString(info.planKey));
            differences.append(
                tr("%1 %2 (reference: %3)").arg(QString(info.property), displayOf(member, f), displayOf(reference, f)));
            parameters << argumentFor(f, info.property, reference, referenceSide.ownFqdn, member);
        }
        if (!differences.isEmpty()) {
            if (!balancersOf)
                balancersOf = loadBalancersByServer(context.topology);
            const QString shared = sharedNamespace(*balancersOf, reference, member);
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Warning,
                .subject = serverSubject(member),
                .fields = fields,
                .message = model
                    ? tr("%1 (%2) is configured differently from %3, the reference server behind %4 (the first one "
                         "there with no error findings): %5.")
                          .arg(member.name, checkVersionName(member.version), reference.name, shared,
                               differences.join(u"; "_s))
                    : tr("%1 (%2) is configured differently from %3 behind %4, and every server there has error "
                         "findings, so none is a model to copy: %5.")
                          .arg(member.name, checkVersionName(member.version), reference.name, shared,
                               differences.join(u"; "_s)),
                .why = tr("A client may reach any server behind the namespace, so all of them must hand out and "
                          "accept the same Outlook Anywhere settings; otherwise connections behave differently from "
                          "server to server."),
                .fix = model ? setOutlookAnywhereCommand(member, parameters)
                             : tr("Correct the error findings on the servers behind %1 first (each has some); then "
                                  "give every server the same Outlook Anywhere settings as the first one that passes "
                                  "the checks. Copying %2's values now would copy its errors.")
                                   .arg(shared, reference.name),
                .source = QString(source::sslOffloading2013),
            });
        }
        if (!unknownFields.isEmpty()) {
            out.append(cannotEvaluate(id(), serverSubject(member), unknownFields,
                                      tr("not recorded for %1 or for its reference server %2: %3")
                                          .arg(member.name, reference.name, unknownNames.join(u", "_s)),
                                      QString(source::sslOffloading2013)));
        }
    }
};
} // namespace

std::unique_ptr<Rule> makeNewCasSettingsDifferRule()
{
    return std::make_unique<NewCasSettingsDifferRule>();
}

} // namespace wizard
