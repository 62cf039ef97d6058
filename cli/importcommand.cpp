#include "command.h"

#include "imports/importreport.h"
#include "imports/planimport.h"
#include "planfile/planfile.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}
} // namespace

// coexplan import FILE... [-o PLAN] [--server NAME] [--version NAME=VERSION]...: FILE
// "-" is standard input. With -o, the import is merged into PLAN (created when missing)
// and PLAN is written only when the import succeeded (atomic save); without -o nothing
// is written. --server and --version answer what the input does not say (issue 12).
int runImport(const QStringList &arguments, Io io)
{
    const QString command = u"import"_s;
    QStringList files;
    QString planPath;
    wizard::ImportOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"-o"_s || a == u"--output"_s) {
            if (i + 1 >= arguments.size())
                return usageError(io, command, tr("%1 needs a plan file name").arg(a));
            planPath = arguments[++i];
        } else if (a.startsWith(u"--output="_s)) {
            planPath = a.mid(9);
        } else if (a == u"--server"_s || a.startsWith(u"--server="_s)) {
            if (a == u"--server"_s && i + 1 >= arguments.size())
                return usageError(io, command, tr("--server needs a server name"));
            options.serverForAnonymousRecords = a == u"--server"_s ? arguments[++i] : a.mid(9);
            if (options.serverForAnonymousRecords.isEmpty())
                return usageError(io, command, tr("--server needs a server name"));
        } else if (a == u"--version"_s || a.startsWith(u"--version="_s)) {
            if (a == u"--version"_s && i + 1 >= arguments.size())
                return usageError(io, command, tr("--version needs NAME=VERSION (e.g. EX2010A=2010)"));
            const QString answer = a == u"--version"_s ? arguments[++i] : a.mid(10);
            const qsizetype eq = answer.indexOf(u'=');
            const auto version
                = eq > 0 ? wizard::parseExchangeVersionToken(QStringView(answer).sliced(eq + 1)) : std::nullopt;
            // "unknown" is what a server without an answer already is: not an answer.
            if (!version || *version == wizard::ExchangeVersion::Unknown)
                return usageError(io, command,
                                  tr("--version %1: expected NAME=VERSION, VERSION one of %2")
                                      .arg(answer, wizard::knownExchangeVersionTokens()));
            options.versions.append({answer.left(eq), *version});
        } else if (a.startsWith(u'-') && a != u"-"_s) {
            return usageError(io, command, tr("unknown option %1").arg(a));
        } else {
            files.append(a);
        }
    }
    if (files.isEmpty())
        return usageError(
            io, command,
            tr("which files? (coexplan import FILE... [-o PLAN] [--server NAME] [--version NAME=VERSION], "
               "- for standard input)"));
    if (files.count(u"-"_s) > 1)
        return usageError(io, command, tr("standard input (-) can be read only once"));

    wizard::Plan base;
    if (!planPath.isEmpty() && QFileInfo::exists(planPath)) {
        const wizard::PlanLoadResult loaded = wizard::loadPlanFile(planPath);
        if (!loaded.ok()) {
            io.err << u"coexplan import: %1\n"_s.arg(loaded.error->toString());
            return ExitUsage;
        }
        base = *loaded.plan;
    }
    QList<wizard::ImportSource> sources;
    for (const QString &file : files)
        sources.append(wizard::ImportSource{file, wizard::readImportFile(file)});

    const wizard::ImportOutcome outcome = wizard::importIntoPlan(sources, base, options);
    io.out << wizard::importReportText(outcome.result);
    if (!outcome.result.succeeded()) {
        if (!planPath.isEmpty())
            io.err << u"coexplan import: "_s << tr("%1 was not changed.").arg(planPath) << u'\n';
        return outcome.result.hasErrors() ? ExitUsage : ExitFindings;
    }
    if (planPath.isEmpty()) {
        io.out << tr("No plan written (add -o PLAN to save the import).\n");
        return ExitOk;
    }
    if (const auto error = wizard::savePlanFile(outcome.plan, planPath)) {
        io.err << u"coexplan import: %1\n"_s.arg(*error);
        return ExitUsage;
    }
    io.out << tr("Plan written to %1.\n").arg(planPath);
    return ExitOk;
}

} // namespace cli
