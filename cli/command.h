#pragma once

#include "cli.h"

#include <QString>

namespace cli {

// One subcommand. Each lives in its own <name>command.cpp and is listed in cli.cpp.
struct Command
{
    const char16_t *name;
    const char *summary; // translated through QCoreApplication::translate("cli", ...)
    const char *usage; // "PLAN [--format text|json]"
    int (*run)(const QStringList &arguments, Io io);
};

int runCheck(const QStringList &arguments, Io io);
int runExport(const QStringList &arguments, Io io);
int runImport(const QStringList &arguments, Io io);
int runDiff(const QStringList &arguments, Io io);
int runProbe(const QStringList &arguments, Io io);
// The option lines of `export` for --help.
QString exportOptionsHelp();
QString importOptionsHelp(); // the options of `coexplan import`, for --help
QString probeOptionsHelp(); // the options of `coexplan probe`, for --help

// Prints "coexplan <command>: <message>" and the usage hint on stderr; returns ExitUsage.
int usageError(Io io, const QString &command, const QString &message);

} // namespace cli
