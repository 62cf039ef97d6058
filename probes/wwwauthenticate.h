#pragma once

#include <QByteArray>
#include <QStringList>

namespace probes {

// The authentication schemes of WWW-Authenticate header values, in the order sent:
// "Negotiate", "NTLM", "Basic realm=\"x\"" -> {"Negotiate", "NTLM", "Basic"}. Accepts
// one value per header or several joined by ", " or "\n" (how Qt combines repeated
// headers), and skips auth-params ("realm=...", "charset=...") and token68 data.
QStringList authenticationSchemes(const QByteArray &headerValue);

} // namespace probes
