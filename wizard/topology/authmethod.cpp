#include "authmethod.h"

#include <array>
#include <bit>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
const std::array<QString, authMethodCount> &tokens()
{
    static const std::array<QString, authMethodCount> t = {
        u"Basic"_s,         u"Ntlm"_s,        u"Negotiate"_s,         u"NegoEx"_s,
        u"Digest"_s,        u"Fba"_s,         u"WindowsIntegrated"_s, u"Certificate"_s,
        u"LiveIdFba"_s,     u"LiveIdBasic"_s, u"WSSecurity"_s,        u"MaxValidValue"_s,
        u"Misconfigured"_s,
    };
    return t;
}
} // namespace

QString authMethodDisplayName(AuthMethod method)
{
    return method == AuthMethod::Ntlm ? u"NTLM"_s : authMethodToken(method);
}

QString authMethodDisplayNameOf(const QString &tokenOrText)
{
    const std::optional<AuthMethod> method = parseAuthMethod(tokenOrText);
    return method ? authMethodDisplayName(*method) : tokenOrText;
}

QString authMethodToken(AuthMethod method)
{
    return tokens().at(static_cast<std::size_t>(method));
}

std::optional<AuthMethod> parseAuthMethod(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (std::size_t i = 0; i < tokens().size(); ++i) {
        if (trimmed.compare(tokens()[i], Qt::CaseInsensitive) == 0)
            return static_cast<AuthMethod>(i);
    }
    return std::nullopt;
}

AuthMethodSet::AuthMethodSet(std::initializer_list<AuthMethod> methods)
{
    for (AuthMethod m : methods)
        insert(m);
}

int AuthMethodSet::size() const
{
    return std::popcount(m_bits);
}

QList<AuthMethod> AuthMethodSet::toList() const
{
    QList<AuthMethod> list;
    for (int i = 0; i < authMethodCount; ++i) {
        const auto m = static_cast<AuthMethod>(i);
        if (contains(m))
            list.append(m);
    }
    return list;
}

QStringList AuthMethodSet::toTokens() const
{
    QStringList list;
    for (AuthMethod m : toList())
        list.append(authMethodToken(m));
    return list;
}

QString AuthMethodSet::toDisplayString() const
{
    return toTokens().join(u", "_s);
}

QString AuthMethodSet::toProseString() const
{
    QStringList names;
    for (AuthMethod m : toList())
        names.append(authMethodDisplayName(m));
    return names.join(u", "_s);
}

} // namespace wizard
