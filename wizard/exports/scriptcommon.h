#pragma once

#include "powershell/pscommand.h"
#include "scripts.h"
#include "serverchanges.h"

#include <QString>
#include <QStringList>

namespace wizard {

enum class ScriptKind { Change, Rollback, Verify };

// The parts every generated script shares: header, param block, helper functions,
// transcript and the try/catch that stops on the first failure.
class ScriptFrame
{
public:
    ScriptFrame(const Plan &plan, const ScriptOptions &options, ScriptKind kind, const QList<ServerChanges> &servers);

    PsScriptWriter &writer() { return m_w; }
    // Opens `if ($ExchangeShell -eq '<version>') {` for a server section; servers of
    // other versions are reported as skipped.
    void openServer(const ServerChanges &c, const QString &phaseTitle);
    void closeServer(const ServerChanges &c);
    // Write-CoexStep: names the step that a failure message will report.
    void step(const QString &templateText, const QStringList &values);
    // The pre-flight: each server's version confirmed before anything is touched.
    void preflight();
    // Ends the try block and writes the summary, catch and transcript stop.
    QString finish();

private:
    void header(const Plan &plan, const ScriptOptions &options);
    // Assert-CoexRpcOverHttpProxy for a legacy CAS the change may enable (issue 13).
    void rpcProxyPreflight(const ServerChanges &c);
    const QList<ServerChanges> &m_servers;
    QList<UnscriptedServer> m_unscripted;
    ScriptKind m_kind;
    QStringList m_shells;
    PsScriptWriter m_w;
};

// What a read-back does with a difference: the verify script reports it; the change and
// rollback scripts stop outside a -WhatIf run (issue 13: the next phase must not run on
// top of a value Exchange did not take).
enum class ReadBack { Report, StopOnDifference };

// `$oa = Get-OutlookAnywhere ...` then one Show-CoexValue per parameter (planned vs
// live). By -Server when the vdir may have just been created, else by -Identity.
void writeOutlookAnywhereReadBack(PsScriptWriter &w, const ServerChanges &c, const QList<ParameterChange> &values,
                                  ReadBack mode);
// Get-ClientAccessServer and Show-CoexValue for AutoDiscoverServiceInternalUri.
void writeAutodiscoverReadBack(PsScriptWriter &w, const ServerChanges &c, const PlanValue &planned, ReadBack mode);
// Assert-CoexReadBack after Show-CoexValue lines written by hand.
void writeReadBackStop(PsScriptWriter &w, const ServerChanges &c, ReadBack mode);

// 'a' -f 'b' style message: a constant template and quoted plan values.
QString psFormat(const QString &templateText, const QStringList &values);

} // namespace wizard
