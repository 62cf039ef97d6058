// `export --cutover FILE.pdf|.png|.svg` and `--calendar FILE.ics`: the cutover plan's
// charts and its dated steps as an iCalendar file (issue 16).
#include "exportcommand.h"

#include "cutover/cutovergates.h"
#include "cutover/cutoverseries.h"
#include "cutoverchartexport.h"
#include "exports/cutovercalendar.h"
#include "planfile/atomicwrite.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QString planName(const ExportInput &input)
{
    return input.plan.info.title.isEmpty() ? input.request.planPath : input.plan.info.title;
}
} // namespace

int exportCutover(const ExportInput &input, Io io)
{
    const wizard::Topology &topology = input.plan.topology;
    const QList<wizard::CutoverStep> steps = wizard::computeCutoverSteps(topology, input.findings);
    int code = ExitOk;
    if (input.request.has(u"cutover"_s)) {
        const QString path = input.request.value(u"cutover"_s);
        if (topology.cutover.isEmpty()) {
            io.err << tr("coexplan export: not writing %1: %2 has no cutover plan (no milestone date and no wave)\n")
                          .arg(path, input.request.planPath);
            code = ExitUsage;
        } else {
            const wizard::CutoverCharts data = wizard::cutoverCharts(topology, steps, QDate::currentDate());
            const QString title = tr("Cutover plan: %1").arg(planName(input));
            if (const std::optional<QString> error = charts::exportCutoverCharts(data, title, path)) {
                io.err << u"coexplan export: %1\n"_s.arg(*error);
                code = ExitUsage;
            } else {
                io.out << tr("Wrote %1\n").arg(path);
            }
        }
    }
    if (input.request.has(u"calendar"_s)) {
        const QString path = input.request.value(u"calendar"_s);
        const QByteArray ics = wizard::cutoverCalendar(input.plan, steps, QDateTime::currentDateTimeUtc());
        if (ics.isEmpty()) {
            io.err << tr("coexplan export: not writing %1: no milestone or wave of %2 has a date\n")
                          .arg(path, input.request.planPath);
            code = ExitUsage;
        } else if (const std::optional<QString> error = wizard::writeFileAtomically(path, ics)) {
            io.err << u"coexplan export: %1\n"_s.arg(*error);
            code = ExitUsage;
        } else {
            io.out << tr("Wrote %1\n").arg(path);
        }
    }
    return code;
}

} // namespace cli
