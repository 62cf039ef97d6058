#pragma once

#include "psrecord.h"

#include <QList>
#include <QStringList>

namespace wizard {

// Undoes what mail clients, ticket systems, forums and editors do to console output
// before the parsers see it (issue 12, RULEBOOK §6: nothing is dropped silently):
//  - non-breaking, ideographic and other Unicode spaces used for alignment become spaces;
//  - Markdown escapes (`\[PS\]`, `\_`) are undone when the text has them;
//  - Markdown fences (``` / ~~~), PowerShell comments and `<# ... #>` blocks (including a
//    lone `#>` end marker) are blanked and reported as markup;
//  - echoed commands ("Get-OutlookAnywhere | fl") are blanked and reported as commands;
//  - list prefixes ("- Name : value") and line numbers ("12: Name : value") are removed.
// `lines` keeps its length, so line numbers stay those of the input. Collector markers
// (`#coexplan-...`) are left alone.
QList<UnplacedLine> cleanPastedLines(QStringList &lines);

// "Get-OutlookAnywhere | fl", "Get-ExchangeServer EX1 | Format-List Name,*Version*":
// a PowerShell command line (Verb-Noun at the start), not output.
bool isCommandLine(QStringView line);

} // namespace wizard
