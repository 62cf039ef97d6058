#pragma once

#include "cli.h"
#include "flows/flow.h"
#include "topology/topology.h"

#include <QMap>
#include <QString>

namespace cli {

// `coexplan export PLAN --<what> FILE ...`: every export reads the same plan, runs the
// same checks and flows, and writes what its option asks for. To add an export, add a
// row to the option table in exportcommand.cpp and a step to its step table.
struct ExportRequest
{
    QString planPath;
    QMap<QString, QString> values; // option name without dashes -> value, e.g. "diagram" -> "a.svg"

    QString value(const QString &option) const { return values.value(option); }
    bool has(const QString &option) const { return values.contains(option); }
};

// What every step gets: the loaded plan and the engine's results for it.
struct ExportInput
{
    const ExportRequest &request;
    const wizard::Plan &plan;
    const QList<wizard::Finding> &findings;
    const QList<wizard::Flow> &flows;
};

// Steps return an ExitCode; they print their diagnostics (naming the file) on io.err.
int exportDiagrams(const ExportInput &input, Io io); // --diagram, --overview, --matrix, --scenario
int exportCollector(const ExportInput &input, Io io); // --collector
int exportChecklistAndScripts(const ExportInput &input, Io io); // --checklist, --paper, --script, --rollback, --verify
int exportCutover(const ExportInput &input, Io io); // --cutover, --calendar

} // namespace cli
