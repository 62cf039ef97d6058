#include "outlookanywherecommands.h"

#include "checkcontext.h"
#include "findingbuilder.h"
#include "powershell/outlookanywhereidentity.h"
#include "powershell/psquote.h"

#include "translationmemo.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

PsArgument hostNameArgument(QLatin1String parameter, const QString &host)
{
    const QString h = host.trimmed();
    if (h.isEmpty())
        return PsArgument::placeholder(parameter, checkText("<Outlook Anywhere host name>"));
    return PsArgument::text(parameter, h);
}

PsArgument authMethodsArgument(QLatin1String parameter, AuthMethodSet methods)
{
    return PsArgument::token(parameter, methods.toTokens().join(u','));
}

QString legacyShellNote(ExchangeVersion version)
{
    if (!isLegacy(version))
        return {};
    // FACTS U4: a newer shell's writes to legacy objects are undocumented.
    return checkText("in the Exchange %1 Management Shell").arg(exchangeVersionToken(version));
}

QString fixCommand(PsCommand command, ExchangeVersion version)
{
    if (const QString note = legacyShellNote(version); !note.isEmpty())
        command.trailingComment(note);
    return command.toString();
}

namespace {
PsCommand setOutlookAnywhere(const Server &server, const QList<PsArgument> &arguments)
{
    PsCommand cmd("Set-OutlookAnywhere"_L1, server.version);
    cmd.text("Identity"_L1, rpcVirtualDirectoryIdentity(server.name, server.rpcVirtualDirectoryIdentity));
    cmd.add(arguments);
    return cmd;
}
} // namespace

QString setOutlookAnywhereCommand(const Server &server, const QList<PsArgument> &arguments)
{
    return fixCommand(setOutlookAnywhere(server, arguments), server.version);
}

QString enableOutlookAnywhereCommand(const Server &legacyCas, const QString &outlookAnywhereNamespace)
{
    // Exchange 2007 and 2010 only (F1): on a 2013+ server the table refuses the cmdlet.
    PsCommand enable("Enable-OutlookAnywhere"_L1, legacyCas.version);
    enable.text("Server"_L1, legacyCas.name)
        .add(hostNameArgument("ExternalHostname"_L1, outlookAnywhereNamespace))
        .token("ClientAuthenticationMethod"_L1, u"Basic"_s);
    if (legacyCas.version == ExchangeVersion::Ex2007) {
        // The rulebook's 2007 SP3 form: enable first, then the IIS methods (PB-001).
        enable.boolean("SSLOffloading"_L1, false);
        return enable.toString() + u"; "_s
            + setOutlookAnywhereCommand(legacyCas,
                                        {PsArgument::token("IISAuthenticationMethods"_L1, u"Basic,NTLM"_s)});
    }
    enable.token("IISAuthenticationMethods"_L1, u"Basic,NTLM"_s).boolean("SSLOffloading"_L1, false);
    return fixCommand(enable, legacyCas.version);
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
