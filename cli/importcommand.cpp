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

// coexplan import FILE... [-o PLAN]: FILE "-" is standard input. With -o, the import
// is merged into PLAN (created when missing) and PLAN is written only when the import
// succeeded (atomic save); without -o nothing is written.
int runImport(const QStringList &arguments, Io io)
{
    const QString command = u"import"_s;
    QStringList files;
    QString planPath;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"-o"_s || a == u"--output"_s) {
            if (i + 1 >= arguments.size())
                return usageError(io, command, tr("%1 needs a plan file name").arg(a));
            planPath = arguments[++i];
        } else if (a.startsWith(u"--output="_s)) {
            planPath = a.mid(9);
        } else if (a.startsWith(u'-') && a != u"-"_s) {
            return usageError(io, command, tr("unknown option %1").arg(a));
        } else {
            files.append(a);
        }
    }
    if (files.isEmpty())
        return usageError(io, command, tr("which files? (coexplan import FILE... [-o PLAN], - for standard input)"));
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

    const wizard::ImportOutcome outcome = wizard::importIntoPlan(sources, base);
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
