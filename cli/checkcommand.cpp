#include "command.h"

#include "checks/checkengine.h"
#include "checks/checkreport.h"
#include "flows/flow.h"
#include "flows/plancheck.h"
#include "planfile/planfile.h"
#include "probecheck/probefindings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QStringConverter>

using namespace Qt::StringLiterals;

namespace cli {

int runCheck(const QStringList &arguments, Io io)
{
    const QString command = u"check"_s;
    QString planPath;
    QString format = u"text"_s;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"--format"_s) {
            if (i + 1 >= arguments.size())
                return usageError(io, command, QCoreApplication::translate("cli", "--format needs text or json"));
            format = arguments[++i];
        } else if (a.startsWith(u"--format="_s)) {
            format = a.mid(9);
        } else if (a.startsWith(u'-') && a != u"-"_s) {
            return usageError(io, command, QCoreApplication::translate("cli", "unknown option %1").arg(a));
        } else if (planPath.isEmpty()) {
            planPath = a;
        } else {
            return usageError(io, command,
                              QCoreApplication::translate("cli", "only one plan can be checked at a time"));
        }
    }
    if (planPath.isEmpty())
        return usageError(io, command, QCoreApplication::translate("cli", "which plan? (coexplan check PLAN)"));
    if (format != u"text"_s && format != u"json"_s)
        return usageError(io, command,
                          QCoreApplication::translate("cli", "unknown format \"%1\" (text or json)").arg(format));

    const wizard::PlanLoadResult loaded = wizard::loadPlanFile(planPath);
    if (!loaded.ok()) {
        io.err << u"coexplan check: %1\n"_s.arg(loaded.error->toString());
        return ExitUsage;
    }
    // With the last saved probe (coexplan probe --save), compared with the plan as it is now.
    const wizard::PlanCheck checked = wizard::checkPlanWithLastProbe(*loaded.plan);
    const QList<wizard::Finding> &findings = checked.findings;
    const QList<wizard::Flow> &flows = checked.flows;
    const wizard::ProbeRecord &probe = loaded.plan->lastProbe;
    const wizard::ProbeRecord *lastProbe = probe.isEmpty() ? nullptr : &probe;
    const QString name = loaded.plan->info.title.isEmpty() ? QFileInfo(planPath).fileName() : loaded.plan->info.title;
    if (format == u"json"_s) {
        // Written as it is made, 1 MB at a time, as UTF-8 bytes when the stream writes to
        // a file or pipe (no whole document in memory, no round trip through UTF-16).
        io.out.flush();
        QIODevice *device = io.out.encoding() == QStringConverter::Utf8 ? io.out.device() : nullptr;
        QByteArray buffer;
        wizard::writeCheckReportJson(name, findings, flows, buffer, [&io, device](QByteArray &bytes) {
            if (device)
                device->write(bytes);
            else
                io.out << QString::fromUtf8(bytes);
            bytes.clear();
        }, lastProbe);
    } else
        io.out << wizard::checkReportText(name, findings, flows, lastProbe);
    return wizard::countFindings(findings).errors > 0 ? ExitFindings : ExitOk;
}

} // namespace cli
