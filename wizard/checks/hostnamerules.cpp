// Host names as typed (issue 14): the wizard keeps what the user typed, never rewrites it,
// and these two rules say what is wrong with it.
//
// RULEBOOK §3 has no rule for either; they are CoexPlan's own, in the NS family (names):
// - NS-005 (error): a host name in the plan that no DNS name can be. The syntax is the
//   Internet host name of RFC 1123 §2.1 (labels of letters, digits and hyphens, neither
//   starting nor ending with a hyphen, at most 63 characters; at most 253 in all); a
//   certificate name may start with the wildcard label "*" (RFC 6125 §6.4.3).
// - NS-006 (warning): a name that external clients use (the Outlook Anywhere namespace,
//   the Autodiscover name, the legacy namespace, a server's ExternalHostname) is a single
//   label or in a domain that is not public: it does not resolve on the internet, and
//   since 1 November 2015 no publicly trusted CA issues a certificate for such an
//   "internal name" (CA/Browser Forum Baseline Requirements). Reserved suffixes: RFC 6761
//   (test, example, invalid, localhost), RFC 6762 (local), RFC 8375 (home.arpa), ICANN's
//   private-use "internal" (2024), and the suffixes never delegated that such plans use
//   (lan, localdomain, corp, home, intranet, private).
#include "findingbuilder.h"
#include "rule.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard::HostNameRules", text);
}

inline constexpr QLatin1String rfc1123("https://www.rfc-editor.org/rfc/rfc1123#section-2.1");
inline constexpr QLatin1String internalNames("https://cabforum.org/working-groups/server/baseline-requirements/");

bool isLabelCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
}

// The first thing wrong with `name` as a host name, in words; empty when it is one.
QString hostNameProblem(const QString &name, bool wildcardAllowed)
{
    for (QChar c : name) {
        if (c.isSpace())
            return c == u' ' ? tr("it contains a space") : tr("it contains a tab, line break or other blank");
    }
    for (QChar c : name) {
        if (!isLabelCharacter(c) && c != u'.' && !(wildcardAllowed && c == u'*'))
            return tr("\"%1\" cannot be in a host name (letters, digits, hyphens and dots only)").arg(c);
    }
    if (name.size() > 253)
        return tr("it is %1 characters long; a host name has at most 253").arg(name.size());
    if (name.endsWith(u'.'))
        return tr("it ends in a dot");
    const QStringList labels = name.split(u'.');
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString &label = labels.at(i);
        if (label.isEmpty())
            return i == 0 ? tr("it starts with a dot") : tr("it has two dots in a row");
        if (label.contains(u'*')) {
            if (i != 0 || label != u"*"_s || labels.size() < 3)
                return tr("a wildcard is a whole first label followed by a domain, as in *.contoso.com");
            continue;
        }
        if (label.size() > 63)
            return tr("the label \"%1...\" is %2 characters long; a label has at most 63")
                .arg(label.left(20))
                .arg(label.size());
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return tr("the label \"%1\" starts or ends with a hyphen").arg(label);
    }
    return {};
}

// True when `name` is certainly a host name (what hostNameProblem would accept), in one
// pass without allocating: the check of a 1,000-server plan reads thousands of names.
// False means "ask hostNameProblem", which says what is wrong (wildcards always go there).
bool isPlainHostName(QStringView name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    qsizetype labelLength = 0;
    QChar previous = u'.';
    for (QChar c : name) {
        if (c == u'.') {
            if (labelLength == 0 || previous == u'-')
                return false;
            labelLength = 0;
        } else {
            if (!isLabelCharacter(c) || (labelLength == 0 && c == u'-') || ++labelLength > 63)
                return false;
        }
        previous = c;
    }
    return labelLength > 0 && previous != u'-';
}

// Why an external name does not resolve on the internet, or empty.
QString nonPublicReason(const QString &name)
{
    if (!name.contains(u'.'))
        return tr("it is a single label, not a name in a DNS domain");
    static const QStringList reserved{u"local"_s,   u"localdomain"_s, u"lan"_s,      u"internal"_s, u"intranet"_s,
                                      u"corp"_s,    u"home"_s,        u"private"_s,  u"test"_s,     u"example"_s,
                                      u"invalid"_s, u"localhost"_s,   u"home.arpa"_s};
    for (const QString &suffix : reserved) {
        if (name.size() > suffix.size() && name.endsWith(suffix, Qt::CaseInsensitive)
            && name.at(name.size() - suffix.size() - 1) == u'.')
            return tr("\".%1\" is not a public domain").arg(suffix);
    }
    return {};
}

struct HostNameValue
{
    SubjectRef subject;
    QString field;
    const char *whatText; // "The FQDN of %1" (QT_TRANSLATE_NOOP), made into words on a finding
    QString whatName; // its %1, if any
    QString value;
    bool external = false;
    bool wildcardAllowed = false;

    QString what() const { return whatName.isNull() ? tr(whatText) : tr(whatText).arg(whatName); }
};

#define HOST_NAME_TEXT(text) QT_TRANSLATE_NOOP("wizard::HostNameRules", text)

// Every host name the plan holds, as typed (empty ones are not a name yet).
QList<HostNameValue> hostNames(const Topology &t)
{
    QList<HostNameValue> out;
    out.reserve(2 * t.servers.size() + 8);
    const auto add = [&out](const SubjectRef &subject, const QString &field, const char *what, const QString &whatName,
                            const QString &value, bool external, bool wildcard = false) {
        if (!value.isEmpty())
            out.append({subject, field, what, whatName, value, external, wildcard});
    };
    const Namespaces &ns = t.organization.namespaces;
    const SubjectRef org = organizationSubject();
    add(org, u"namespaces.outlookAnywhereExternal"_s, HOST_NAME_TEXT("The Outlook Anywhere namespace"), {},
        ns.outlookAnywhereExternal, true);
    add(org, u"namespaces.outlookAnywhereInternal"_s, HOST_NAME_TEXT("The internal Outlook Anywhere host name"), {},
        ns.outlookAnywhereInternal, false);
    add(org, u"namespaces.autodiscover"_s, HOST_NAME_TEXT("The Autodiscover name"), {}, ns.autodiscover, true);
    add(org, u"namespaces.legacy"_s, HOST_NAME_TEXT("The legacy namespace"), {}, ns.legacy, true);
    static const QString fqdn = u"fqdn"_s;
    static const QString external = QString(oafield::externalHostname);
    static const QString internal = QString(oafield::internalHostname);
    for (const Server &s : t.servers) {
        const OutlookAnywhereSettings &oa = s.outlookAnywhere;
        if (s.fqdn.isEmpty() && !oa.externalHostname.isKnown() && !oa.internalHostname.isKnown())
            continue;
        const SubjectRef subject = serverSubject(s);
        add(subject, fqdn, HOST_NAME_TEXT("The FQDN of %1"), s.name, s.fqdn, false);
        if (oa.externalHostname.isKnown())
            add(subject, external, HOST_NAME_TEXT("The ExternalHostname of %1"), s.name, oa.externalHostname.value(),
                true);
        if (oa.internalHostname.isKnown())
            add(subject, internal, HOST_NAME_TEXT("The InternalHostname of %1"), s.name, oa.internalHostname.value(),
                false);
    }
    for (const CasArray &a : t.casArrays)
        add({SubjectKind::CasArray, a.name}, fqdn, HOST_NAME_TEXT("The FQDN of the CAS array %1"), a.name, a.fqdn,
            false);
    for (const LoadBalancer &lb : t.loadBalancers) {
        for (const QString &h : lb.hostNames)
            add({SubjectKind::LoadBalancer, lb.name}, u"hostNames"_s,
                HOST_NAME_TEXT("A host name of the load balancer %1"), lb.name, h, false);
    }
    for (const Certificate &c : t.certificates) {
        for (const QString &n : c.names)
            add({SubjectKind::Certificate, c.name}, u"names"_s, HOST_NAME_TEXT("A name on the certificate %1"), c.name,
                n, false, true);
    }
    return out;
}

class InvalidHostNameRule final : public Rule
{
public:
    QString id() const override { return u"NS-005"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        for (const HostNameValue &h : hostNames(context.topology)) {
            if (isPlainHostName(h.value))
                continue;
            const QString problem = hostNameProblem(h.value, h.wildcardAllowed);
            if (problem.isEmpty())
                continue;
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Error,
                .subject = h.subject,
                .fields = {h.field},
                .message = tr("%1, \"%2\", is not a valid host name: %3.").arg(h.what(), h.value, problem),
                .why = tr("DNS, certificates and Outlook know a host name only as labels of letters, digits and "
                          "hyphens separated by dots. CoexPlan keeps what was typed or imported as it is, so that "
                          "nothing is changed behind your back; commands and checks built from this value would "
                          "not work."),
                .fix = tr("Correct the name in the plan (a pasted value often carries a space, a quote or a "
                          "character from a mail or a ticket)."),
                .source = QString(rfc1123),
            });
        }
    }
};

class NonPublicExternalNameRule final : public Rule
{
public:
    QString id() const override { return u"NS-006"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        for (const HostNameValue &h : hostNames(context.topology)) {
            if (!h.external || (!isPlainHostName(h.value) && !hostNameProblem(h.value, false).isEmpty()))
                continue; // NS-005 speaks of names that are no host names
            const QString reason = nonPublicReason(h.value);
            if (reason.isEmpty())
                continue;
            out.append(Finding{
                .ruleId = id(),
                .severity = Severity::Warning,
                .subject = h.subject,
                .fields = {h.field},
                .message = tr("%1, %2, is used by clients outside the network, but %3.").arg(h.what(), h.value, reason),
                .why = tr("Outlook outside the network looks the name up in public DNS, where it does not exist, "
                          "and no publicly trusted certification authority issues a certificate for such an "
                          "internal name (since 1 November 2015)."),
                .fix = tr("Use a name in a domain the organization owns on the internet (for example "
                          "mail.contoso.com), published in public DNS and on the certificate."),
                .source = QString(internalNames),
            });
        }
    }
};
} // namespace

void addHostNameRules(RuleList &rules)
{
    rules.push_back(std::make_unique<InvalidHostNameRule>());
    rules.push_back(std::make_unique<NonPublicExternalNameRule>());
}

} // namespace wizard
