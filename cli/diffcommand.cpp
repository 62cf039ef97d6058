#include "command.h"

#include "imports/targetdiff.h"
#include "planfile/planfile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cli {

// coexplan diff PLAN: target vs captured current state, per server and field.
int runDiff(const QStringList &arguments, Io io)
{
    const QString command = u"diff"_s;
    QString planPath;
    for (const QString &a : arguments) {
        if (a.startsWith(u'-'))
            return usageError(io, command, QCoreApplication::translate("cli", "unknown option %1").arg(a));
        if (!planPath.isEmpty())
            return usageError(io, command, QCoreApplication::translate("cli", "only one plan at a time"));
        planPath = a;
    }
    if (planPath.isEmpty())
        return usageError(io, command, QCoreApplication::translate("cli", "which plan? (coexplan diff PLAN)"));
    const wizard::PlanLoadResult loaded = wizard::loadPlanFile(planPath);
    if (!loaded.ok()) {
        io.err << u"coexplan diff: %1\n"_s.arg(loaded.error->toString());
        return ExitUsage;
    }
    io.out << wizard::targetDiffText(wizard::diffTargetAgainstCurrent(loaded.plan->topology));
    return ExitOk;
}

} // namespace cli
