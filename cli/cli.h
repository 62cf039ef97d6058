#pragma once

#include <QStringList>
#include <QTextStream>

namespace cli {

// Documented exit codes (docs/cli.md).
enum ExitCode : int {
    ExitOk = 0, // no error findings / the command did what it was asked
    ExitFindings = 1, // the plan has error findings (check), or the import found conflicts
    ExitUsage = 2, // the input could not be read, or the usage is wrong
};

struct Io
{
    QTextStream &out; // results
    QTextStream &err; // diagnostics
};

// True when `arguments` (without the program name) start with a subcommand or a
// CLI-only option, i.e. the program should run without a GUI.
bool wantsCli(const QStringList &arguments);

// Runs a subcommand; `arguments` excludes the program name.
int run(const QStringList &arguments, Io io);

} // namespace cli
