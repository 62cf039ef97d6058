#include "cli.h"

#include "command.h"
#include "terminaltext.h"

#include <coexplan_version.h>

#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
const std::array commands = {
    Command{u"check", QT_TRANSLATE_NOOP("cli", "Check a plan: findings and connection flows"),
            "PLAN [--format text|json]", runCheck},
    Command{u"export", QT_TRANSLATE_NOOP("cli", "Write diagrams and documents of a plan"), "PLAN --OPTION FILE ...",
            runExport},
    Command{u"import",
            QT_TRANSLATE_NOOP("cli", "Import cmdlet output, Autodiscover XML or the collector's file into a plan"),
            "FILE... [-o PLAN] [--server NAME] [--version NAME=VERSION]...", runImport},
    Command{u"diff", QT_TRANSLATE_NOOP("cli", "Show what the plan changes: target vs the imported current state"),
            "PLAN", runDiff},
    Command{u"probe",
            QT_TRANSLATE_NOOP("cli", "Ask the network about every name of a plan (DNS, certificate, IIS methods)"),
            "PLAN [--format text|json] [--timeout S] [--dns-server ADDR] [--ca-file FILE] [--save]", runProbe},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

void printHelp(QTextStream &out)
{
    out << tr("Usage: coexplan [PLAN]              open the planning wizard (on PLAN when given)\n"
              "       coexplan COMMAND [ARGS...]   run without a display\n\n"
              "Commands:\n");
    for (const Command &c : commands) {
        out << u"  %1 %2\n"_s.arg(QStringView(c.name).toString(), QString::fromLatin1(c.usage));
        out << u"      %1\n"_s.arg(tr(c.summary));
        if (QStringView(c.name) == u"export")
            out << exportOptionsHelp();
        if (QStringView(c.name) == u"import")
            out << importOptionsHelp();
        if (QStringView(c.name) == u"probe")
            out << probeOptionsHelp();
    }
    out << tr(
        "\nOptions:\n  -h, --help     show this help (after a command: that command's help)\n"
        "  -v, --version  show the version\n\n"
        "Exit codes: 0 no error findings, 1 error findings (import: conflicts), 2 unreadable input or wrong usage.\n");
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands) {
        if (name == QStringView(c.name))
            return &c;
    }
    return nullptr;
}

bool isHelpOption(const QString &argument)
{
    return argument == u"--help"_s || argument == u"-h"_s;
}

// `coexplan COMMAND --help`, `coexplan help COMMAND`: that command's usage alone.
void printCommandHelp(QTextStream &out, const Command &c)
{
    out << tr("Usage: coexplan %1 %2\n").arg(QStringView(c.name).toString(), QString::fromLatin1(c.usage));
    out << u"%1\n"_s.arg(tr(c.summary));
    if (QStringView(c.name) == u"export") {
        out << tr("\nOptions (at least one output):\n");
        out << exportOptionsHelp();
    }
    if (QStringView(c.name) == u"import") {
        out << tr("\nOptions:\n");
        out << importOptionsHelp();
    }
    if (QStringView(c.name) == u"probe") {
        out << tr("\nOptions:\n");
        out << probeOptionsHelp();
    }
    out << tr("\nExit codes: 0 no error findings, 1 error findings (import: conflicts), 2 unreadable input or "
              "wrong usage.\n");
}
} // namespace

QString importOptionsHelp()
{
    return tr("      -o, --output PLAN        merge into PLAN (created when missing); written only on success\n"
              "      --server NAME            records that name no server (fl external*,internal*,iis*) are NAME's\n"
              "      --version NAME=VERSION   NAME's Exchange version when the input does not show it\n"
              "                               (VERSION: 2007, 2010, 2013 or 2016); repeat for each server\n");
}

int usageError(Io io, const QString &command, const QString &message)
{
    io.err << u"coexplan %1: %2\n"_s.arg(command, message);
    io.err << tr("Try 'coexplan --help'.\n");
    io.err.flush();
    return ExitUsage;
}

bool wantsCli(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    // Options are CLI options (--help, --version, or a mistyped one that deserves a
    // usage message); anything else that is not a command is a plan for the GUI.
    return findCommand(first) != nullptr || first.startsWith(u'-') || first == u"help"_s;
}

int run(const QStringList &arguments, Io io)
{
    if (arguments.size() == 2 && arguments.first() == u"help"_s) {
        if (const Command *command = findCommand(arguments.at(1))) {
            printCommandHelp(io.out, *command);
            io.out.flush();
            return ExitOk;
        }
        return usageError(io, arguments.at(1), tr("unknown command"));
    }
    if (arguments.isEmpty() || isHelpOption(arguments.first()) || arguments.first() == u"help"_s) {
        printHelp(io.out);
        io.out.flush();
        return ExitOk;
    }
    if (arguments.first() == u"--version"_s || arguments.first() == u"-v"_s) {
        io.out << u"coexplan %1\n"_s.arg(QString::fromLatin1(COEXPLAN_VERSION_STRING));
        io.out.flush();
        return ExitOk;
    }
    const Command *command = findCommand(arguments.first());
    if (!command) {
        return arguments.first().startsWith(u'-') ? usageError(io, arguments.first(), tr("unknown option"))
                                                  : usageError(io, arguments.first(), tr("unknown command"));
    }
    const QStringList rest = arguments.mid(1);
    if (std::any_of(rest.cbegin(), rest.cend(), isHelpOption)) {
        printCommandHelp(io.out, *command);
        io.out.flush();
        return ExitOk;
    }
    // Everything a command prints passes visibleControls(): plan values and imported
    // lines never reach the terminal raw. As it is written: a long report is not held.
    VisibleControlsDevice outDevice(io.out);
    VisibleControlsDevice errDevice(io.err);
    QTextStream out(&outDevice);
    QTextStream err(&errDevice);
    const int code = command->run(rest, Io{out, err});
    out.flush();
    err.flush();
    outDevice.finish();
    errDevice.finish();
    return code;
}

} // namespace cli
