#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace wizard {

// Values of Exchange's AuthenticationMethod enum as they appear in Outlook Anywhere
// settings (FACTS F11, F13). Only Basic, Ntlm and Negotiate are valid Outlook Anywhere
// methods; the others are kept so that imported output is represented faithfully and
// rules (PB-005) can name them.
enum class AuthMethod : std::uint8_t {
    Basic,
    Ntlm,
    Negotiate,
    NegoEx,
    Digest,
    Fba,
    WindowsIntegrated,
    Certificate,
    LiveIdFba,
    LiveIdBasic,
    WSSecurity,
    MaxValidValue,
    Misconfigured,
};

inline constexpr int authMethodCount = static_cast<int>(AuthMethod::Misconfigured) + 1;

// The spelling Exchange prints and accepts ("Basic", "Ntlm", "Negotiate", ...).
QString authMethodToken(AuthMethod method);
// How prose writes it ("NTLM" as Exchange's documentation does; the others as their
// token): for labels, never for commands or the plan file.
QString authMethodDisplayName(AuthMethod method);
// The display name of a token ("Ntlm" -> "NTLM"); other text is returned as it is.
QString authMethodDisplayNameOf(const QString &tokenOrText);
// Case-insensitive; accepts "NTLM", "ntlm", "Ntlm".
std::optional<AuthMethod> parseAuthMethod(QStringView text);

// A set of methods such as IISAuthenticationMethods {Basic, Ntlm}.
class AuthMethodSet
{
public:
    AuthMethodSet() = default;
    AuthMethodSet(std::initializer_list<AuthMethod> methods);

    bool contains(AuthMethod m) const { return (m_bits & bit(m)) != 0; }
    void insert(AuthMethod m) { m_bits |= bit(m); }
    void remove(AuthMethod m) { m_bits &= ~bit(m); }
    bool isEmpty() const { return m_bits == 0; }
    int size() const;

    // In enum order: Basic, Ntlm, Negotiate, ...
    QList<AuthMethod> toList() const;
    // "Basic, Ntlm" (the form Format-List prints inside braces).
    QString toDisplayString() const;
    // "Basic, NTLM": the display names, for prose (messages, labels).
    QString toProseString() const;
    // Tokens in enum order: {"Basic", "Ntlm"}.
    QStringList toTokens() const;

    friend bool operator==(AuthMethodSet a, AuthMethodSet b) { return a.m_bits == b.m_bits; }

private:
    static std::uint32_t bit(AuthMethod m) { return std::uint32_t{1} << static_cast<unsigned>(m); }
    std::uint32_t m_bits = 0;
};

} // namespace wizard
