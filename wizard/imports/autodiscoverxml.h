#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace wizard {

// One <Protocol> of an Outlook Autodiscover (POX) response (FACTS F16, F30): EXCH
// (Exchange RPC), EXPR (Outlook Anywhere, external), EXHTTP (RPC/HTTP, internal and
// external nodes), WEB. Empty strings are elements the response did not contain.
struct AutodiscoverProtocol
{
    QString type; // "EXCH", "EXPR", "EXHTTP", "WEB", or as written
    int line = 0;
    QString server;
    QString serverVersion; // EXCH: hex-encoded build of the mailbox server
    QString authPackage; // basic, ntlm, negotiate, ...
    std::optional<bool> ssl; // <SSL>On|Off</SSL>
    QString certPrincipalName;
    QString asUrl; // EWS URL

    friend bool operator==(const AutodiscoverProtocol &, const AutodiscoverProtocol &) = default;
};

struct AutodiscoverResponse
{
    QString displayName;
    QString smtpAddress;
    QList<AutodiscoverProtocol> protocols;
    // <Error><ErrorCode>..</ErrorCode><Message>..</Message></Error> in the response.
    QString errorCode;
    QString errorMessage;
    int errorLine = 0;

    friend bool operator==(const AutodiscoverResponse &, const AutodiscoverResponse &) = default;
};

struct AutodiscoverParseResult
{
    std::optional<AutodiscoverResponse> response;
    int line = 0; // where the XML is malformed
    QString error;
};

// True when the text looks like an Autodiscover response (an XML document whose
// root element is <Autodiscover>).
bool looksLikeAutodiscoverXml(const QString &text);

// Reads the response with QXmlStreamReader; element names are matched without
// namespaces (Exchange versions use different response schema namespaces).
AutodiscoverParseResult parseAutodiscoverXml(const QString &text);

} // namespace wizard
