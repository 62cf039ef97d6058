#pragma once

#include <QLatin1String>

// The markers the collector script writes (exports/collectorscript) and the importer
// recognises (importdocument). One line each, starting at column 0:
//   #coexplan-collector 1                 first line: format version
//   #coexplan-begin Get-OutlookAnywhere   the Format-List output of one cmdlet follows
//   #coexplan-end Get-OutlookAnywhere
//   #coexplan-skipped Get-ClientAccessArray: <why>   cmdlet missing on this version
//   #coexplan-error Get-MailboxDatabase: <message>   the cmdlet failed
//   #coexplan-note <text>                 shell, user and time of the run
namespace wizard::collector {
inline constexpr int formatVersion = 1;
inline constexpr QLatin1String header("#coexplan-collector");
inline constexpr QLatin1String begin("#coexplan-begin");
inline constexpr QLatin1String end("#coexplan-end");
inline constexpr QLatin1String skipped("#coexplan-skipped");
inline constexpr QLatin1String error("#coexplan-error");
inline constexpr QLatin1String note("#coexplan-note");
inline constexpr QLatin1String prefix("#coexplan-");
} // namespace wizard::collector
