#pragma once

#include "serverchanges.h"

#include <QString>

namespace wizard {

// The exact commands for one server's version (RULEBOOK §5, F5-F15), shared by the
// checklist (as printed) and the scripts (with -WhatIf:$WhatIf passed through).
// Each returns an empty string when there is nothing to write.
enum class CommandStyle { Checklist, Script };

// The server's Rpc vdir Identity, unquoted: the captured one, else
// 'EX1\Rpc (Default Web Site)' (powershell/outlookanywhereidentity.h; F24, F33).
QString rpcVdirName(const ServerChanges &c);

// Legacy CAS, phase "Outlook Anywhere on every legacy CAS": Set-OutlookAnywhere with
// ExternalHostname / SSLOffloading (never -DefaultAuthenticationMethod, F14).
QString legacyOutlookAnywhereCommand(const ServerChanges &c, CommandStyle style);
// Legacy CAS whose Outlook Anywhere is off: Enable-OutlookAnywhere with every planned
// value (F8, F72). 2010 takes -IISAuthenticationMethods; for 2007 the IIS methods
// follow with Set-OutlookAnywhere (RULEBOOK PB-001): see enable2007IisCommand.
QString enableOutlookAnywhereCommand(const ServerChanges &c, CommandStyle style);
QString enable2007IisCommand(const ServerChanges &c, CommandStyle style);
// Legacy CAS, phase "IIS and client authentication": ClientAuthenticationMethod and
// IISAuthenticationMethods (F6, F7, F11, F12).
QString legacyAuthenticationCommand(const ServerChanges &c, CommandStyle style);
// 2013/2016 CAS: Internal*/External* parameters, never -ClientAuthenticationMethod
// (U5) nor Enable/Disable (F1).
QString newCasOutlookAnywhereCommand(const ServerChanges &c, CommandStyle style);
// Set-ClientAccessServer -AutoDiscoverServiceInternalUri (F70).
QString autodiscoverUriCommand(const ServerChanges &c, CommandStyle style);
// Set-OutlookAnywhere -Identity <vdir> with exactly `writes` (the rollback's one command).
QString outlookAnywhereSetCommand(const ServerChanges &c, const QList<ParameterChange> &writes, CommandStyle style);
// Read-only checks used by the checklist's "how to verify".
QString getOutlookAnywhereCommand(const ServerChanges &c);
QString getExchangeServerVersionCommand(const QString &server, ExchangeVersion shell);

} // namespace wizard
