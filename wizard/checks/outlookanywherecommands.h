#pragma once

#include "powershell/pscommand.h"
#include "topology/topology.h"

#include <QString>
#include <QStringList>

namespace wizard {

// The PowerShell a Part A / Part B finding proposes as its fix. Every plan value
// (server name, host name) is a psQuote literal; authentication methods and booleans
// are validated enum/bool tokens (RULEBOOK §5). Legacy commands never use
// -DefaultAuthenticationMethod (it overwrites the IIS methods with one value, F14);
// 2013+ commands never use -ClientAuthenticationMethod (U5): callers pass only the
// parameters that exist on the subject's version (F5-F9).

// The fixes are PsCommands (powershell/pscommand.h): each cmdlet and parameter is checked
// against the command table for the subject server's version, the shell that runs it.

// A host name argument: the quoted name, or, when the plan has none, a bracketed
// placeholder that PowerShell refuses to parse, so the command cannot run unfilled.
PsArgument hostNameArgument(QLatin1String parameter, const QString &host);

// -IISAuthenticationMethods Basic,Ntlm,Negotiate (enum tokens, comma-separated).
PsArgument authMethodsArgument(QLatin1String parameter, AuthMethodSet methods);

// "in the Exchange 2010 Management Shell (FACTS U4)" for a legacy server's command
// (issue 13: every legacy fix says which version's shell runs it); empty for 2013+.
QString legacyShellNote(ExchangeVersion version);
// A fix command for a server of `version`: the command with legacyShellNote.
QString fixCommand(PsCommand command, ExchangeVersion version);

// Set-OutlookAnywhere -Identity <the server's Rpc vdir> <arguments...> in the server's
// shell, with legacyShellNote.
QString setOutlookAnywhereCommand(const Server &server, const QList<PsArgument> &arguments);

// Turns Outlook Anywhere on for a legacy CAS with the values coexistence needs
// (RULEBOOK PB-001, F8, F15, F72): Exchange 2010 takes the IIS methods in
// Enable-OutlookAnywhere; for Exchange 2007 SP3 they follow in a Set-OutlookAnywhere.
QString enableOutlookAnywhereCommand(const Server &legacyCas, const QString &outlookAnywhereNamespace);

// Case-insensitive host name comparison, ignoring surrounding blanks and a trailing dot
// (DNS names are case-insensitive; "mail.contoso.com." is the same name).
bool sameHostName(const QString &a, const QString &b);
// The form sameHostName compares: trimmed, lower case, no trailing dot.
QString hostNameKey(const QString &host);

} // namespace wizard
