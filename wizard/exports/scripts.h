#pragma once

#include "checks/finding.h"
#include "topology/topology.h"

#include <QDate>
#include <QString>

namespace wizard {

// The three PowerShell scripts of RULEBOOK §5, one per plan, in phases that match the
// checklist. Each runs from the Exchange Management Shell of one version at a time
// (-ExchangeShell 2010, U4) and only touches that version's servers; run it once per
// version. Text with CRLF line ends; write it as UTF-8 with a BOM (writeScriptFile).
struct ScriptOptions
{
    QDate date; // shown in the header
    // Error findings the user asked to write past (issue 13; changeScriptBlockingFindings
    // lists them, `coexplan export --write-values-flagged-as-errors` asks). The change
    // script precedes each command that writes such a value with a comment naming the
    // finding; without them callers refuse to write the script.
    QList<Finding> writeFlagged;
};

// Change script: pre-flight version checks, then each server's planned changes (only
// values that differ from the captured ones when captured), each read back with
// Get-OutlookAnywhere; -WhatIf for the whole run; a transcript; stops on the first failure.
QString changeScript(const Plan &plan, const ScriptOptions &options);
// Rollback script: restores the values captured before the change; says so when
// nothing was captured for a server instead of inventing values.
QString rollbackScript(const Plan &plan, const ScriptOptions &options);
// Verification script: read-only, prints each planned value next to the live one.
QString verifyScript(const Plan &plan, const ScriptOptions &options);

// UTF-8 with a byte order mark: Windows PowerShell reads a BOM-less file in the ANSI
// code page, which would garble non-ASCII names.
QByteArray scriptFileBytes(const QString &script);

} // namespace wizard
