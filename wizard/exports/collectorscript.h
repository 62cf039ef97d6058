#pragma once

#include "topology/topology.h"

#include <QString>

namespace wizard {

// The read-only collector a client's admin runs once in the Exchange Management Shell
// (2007 on Windows PowerShell 1.0, 2010 on 2.0, 2013/2016). It only calls Get-
// cmdlets, wraps each one so that a cmdlet missing on that version (or failing) is
// recorded and skipped instead of stopping the run, and writes one UTF-8 file whose
// #coexplan- markers (imports/collectorformat.h) `coexplan import` recognises.
// No syntax newer than PowerShell 1.0 (no try blocks, ConvertTo-Json, [ordered], -ErrorAction
// Ignore). Plan values (title, server names) appear only as psQuote'd strings.
QString collectorScript(const Plan &plan);

} // namespace wizard
