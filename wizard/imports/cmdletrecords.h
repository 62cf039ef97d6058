#pragma once

#include "importresult.h"
#include "psrecord.h"

namespace wizard {

// Which cmdlet printed `record`: the collector section when there is one, otherwise
// the properties that only that cmdlet's objects have (any subset the user chose to
// print, e.g. `fl servername,externalhostname,*auth*`).
RecordKind classifyRecord(const PsRecord &record);

// The server an Outlook Anywhere record belongs to: ServerName, else Server, else the
// part of Identity before "\" ("EX1\Rpc (Default Web Site)", F33). Empty if none.
QString outlookAnywhereServerName(const PsRecord &record);

// A back-end ("Exchange Back End") virtual directory (F38): ignored by the rules.
bool isBackEndVirtualDirectory(const PsRecord &record);

} // namespace wizard
