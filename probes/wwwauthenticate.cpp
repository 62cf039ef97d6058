#include "wwwauthenticate.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace probes {

QStringList authenticationSchemes(const QByteArray &headerValue)
{
    // RFC 9110 section 11.6.1: challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ].
    // A comma-separated element that starts with a token followed by a space or its end
    // starts a challenge; an element "name=value" continues the previous one.
    static const QRegularExpression scheme(u"^([A-Za-z0-9!#$%&'*+.^_`|~-]+)(\\s+|$)"_s);
    QStringList schemes;
    const QString text = QString::fromLatin1(headerValue);
    for (const QString &line : text.split(u'\n')) {
        for (const QString &element : line.split(u',')) {
            const QString trimmed = element.trimmed();
            const QRegularExpressionMatch m = scheme.match(trimmed);
            if (!m.hasMatch())
                continue;
            const QString name = m.captured(1);
            if (!schemes.contains(name, Qt::CaseInsensitive))
                schemes.append(name);
        }
    }
    return schemes;
}

} // namespace probes
