#include "outlookanywherecommands.h"

#include "checkcontext.h"
#include "findingbuilder.h"
#include "powershell/psquote.h"

#include "translationmemo.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

QString hostNameArgument(const QString &host)
{
    const QString h = host.trimmed();
    if (h.isEmpty())
        return checkText("<Outlook Anywhere host name>");
    return psQuote(h);
}

QString authMethodsArgument(AuthMethodSet methods)
{
    return methods.toTokens().join(u',');
}

QString legacyShellNote(const Server &server)
{
    if (!isLegacy(server.version))
        return {};
    // FACTS U4: a newer shell's writes to legacy objects are undocumented.
    return u"  # "_s
        + psCommentText(checkText("in the Exchange %1 Management Shell").arg(exchangeVersionToken(server.version)));
}

QString setOutlookAnywhereCommand(const Server &server, const QStringList &parameters)
{
    return QString(u"Set-OutlookAnywhere -Identity "_s + rpcVdirIdentity(server) + u' ' + parameters.join(u' ')
                   + legacyShellNote(server));
}

QString enableOutlookAnywhereCommand(const Server &legacyCas, const QString &outlookAnywhereNamespace)
{
    const QString enable
        = u"Enable-OutlookAnywhere -Server %1 -ExternalHostname %2 -ClientAuthenticationMethod Basic"_s.arg(
            psQuote(legacyCas.name), hostNameArgument(outlookAnywhereNamespace));
    if (legacyCas.version == ExchangeVersion::Ex2007) {
        // The rulebook's 2007 SP3 form: enable first, then the IIS methods (PB-001).
        return enable + u" -SSLOffloading $false; "_s
            + setOutlookAnywhereCommand(legacyCas, {u"-IISAuthenticationMethods Basic,NTLM"_s});
    }
    return enable + u" -IISAuthenticationMethods Basic,NTLM -SSLOffloading $false"_s + legacyShellNote(legacyCas);
}

QString hostNameKey(const QString &host)
{
    QString h = lowerCase(host.trimmed());
    if (h.endsWith(u'.'))
        h.chop(1);
    return h;
}

namespace {
// What hostNameKey keeps of a host, before lower-casing: no surrounding blanks, no
// trailing dot. (Chopping the dot first is the same: no lower-case mapping ends in '.'.)
QStringView hostNameCore(QStringView host)
{
    QStringView h = host.trimmed();
    if (h.endsWith(u'.'))
        h.chop(1);
    return h;
}

bool isAscii(QStringView s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
}
} // namespace

bool sameHostName(const QString &a, const QString &b)
{
    const QStringView coreA = hostNameCore(a);
    const QStringView coreB = hostNameCore(b);
    // toLower maps ASCII letters one to one onto ASCII, as a case-insensitive ASCII
    // comparison does; other text may lower-case to a different length (and ASCII from
    // non-ASCII, e.g. the Kelvin sign), so it takes hostNameKey's own path.
    if (isAscii(coreA) && isAscii(coreB))
        return coreA.size() == coreB.size() && coreA.compare(coreB, Qt::CaseInsensitive) == 0;
    return hostNameKey(a) == hostNameKey(b);
}

} // namespace wizard
