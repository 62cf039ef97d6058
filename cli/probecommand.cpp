// `coexplan probe PLAN`: the live probes of docs/probes.md, on request only.
#include "command.h"

#include "planfile/planfile.h"
#include "probecheck/probefindings.h"
#include "probecheck/probereport.h"
#include "probecheck/probetargets.h"
#include "proberun.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

struct ProbeArguments
{
    QString planPath;
    QString format = u"text"_s;
    bool save = false;
    probes::ProbeOptions options;
};

// Parses the arguments; on a usage error returns its message.
std::optional<QString> parseProbeArguments(const QStringList &arguments, ProbeArguments &parsed)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"--format"_s || a == u"--timeout"_s || a == u"--dns-server"_s || a == u"--ca-file"_s) {
            if (i + 1 >= arguments.size())
                return tr("%1 needs a value").arg(a);
            const QString *v = &arguments[++i];
            if (a == u"--format"_s) {
                parsed.format = *v;
            } else if (a == u"--timeout"_s) {
                bool ok = false;
                const double seconds = v->toDouble(&ok);
                if (!ok || seconds < 0.1 || seconds > 120)
                    return tr("--timeout takes seconds from 0.1 to 120, not \"%1\"").arg(*v);
                parsed.options.timeoutMs = int(seconds * 1000);
            } else if (a == u"--dns-server"_s) {
                parsed.options.dnsServer = QHostAddress(*v);
                if (parsed.options.dnsServer.isNull())
                    return tr("--dns-server takes an IP address, not \"%1\"").arg(*v);
            } else {
                QFile file(*v);
                if (!file.open(QIODevice::ReadOnly))
                    return tr("--ca-file %1: %2").arg(*v, file.errorString());
                const QList<QSslCertificate> certs = QSslCertificate::fromData(file.read(4 * 1024 * 1024));
                if (certs.isEmpty())
                    return tr("--ca-file %1: no PEM certificate in the file").arg(*v);
                parsed.options.extraCaCertificates += certs;
            }
        } else if (a == u"--save"_s) {
            parsed.save = true;
        } else if (a.startsWith(u'-') && a != u"-"_s) {
            return tr("unknown option %1").arg(a);
        } else if (parsed.planPath.isEmpty()) {
            parsed.planPath = a;
        } else {
            return tr("only one plan can be probed at a time");
        }
    }
    if (parsed.planPath.isEmpty())
        return tr("which plan? (coexplan probe PLAN)");
    if (parsed.format != u"text"_s && parsed.format != u"json"_s)
        return tr("unknown format \"%1\" (text or json)").arg(parsed.format);
    return std::nullopt;
}
} // namespace

QString probeOptionsHelp()
{
    return tr("      --format text|json       the report's form (json: docs/cli.md)\n"
              "      --timeout S              seconds per step (DNS lookup, TLS handshake, request); default 5\n"
              "      --dns-server ADDR        ask this name server (port 53) instead of the system's resolver\n"
              "      --ca-file FILE           also trust the CA certificates in FILE (PEM), e.g. an internal CA\n"
              "      --save                   store the results, with their time, in the plan (lastProbe)\n");
}

int runProbe(const QStringList &arguments, Io io)
{
    const QString command = u"probe"_s;
    ProbeArguments parsed;
    if (const std::optional<QString> error = parseProbeArguments(arguments, parsed))
        return usageError(io, command, *error);

    const wizard::PlanLoadResult loaded = wizard::loadPlanFile(parsed.planPath);
    if (!loaded.ok()) {
        io.err << u"coexplan probe: %1\n"_s.arg(loaded.error->toString());
        return ExitUsage;
    }
    wizard::Plan plan = *loaded.plan;
    const QList<wizard::ProbeTarget> targets = wizard::probeTargets(plan.topology);
    if (targets.isEmpty())
        io.err << tr("coexplan probe: the plan holds no host name to probe\n");

    probes::ProbeRun run(targets, wizard::autodiscoverSrvName(plan.topology), parsed.options);
    QEventLoop loop;
    QObject::connect(&run, &probes::ProbeRun::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    run.start();
    if (run.isRunning())
        loop.exec();
    const wizard::ProbeRecord record = run.record();
    const wizard::ProbeEvaluation evaluation = wizard::evaluateProbe(plan.topology, record);

    const QString name = plan.info.title.isEmpty() ? QFileInfo(parsed.planPath).fileName() : plan.info.title;
    if (parsed.format == u"json"_s)
        io.out << QString::fromUtf8(wizard::probeReportJson(name, record, evaluation));
    else
        io.out << wizard::probeReportText(name, record, evaluation);

    if (parsed.save) {
        plan.lastProbe = record;
        if (const std::optional<QString> error = wizard::savePlanFile(plan, parsed.planPath)) {
            io.err << u"coexplan probe: %1: %2\n"_s.arg(parsed.planPath, *error);
            return ExitUsage;
        }
        io.err << tr("coexplan probe: saved the results in %1\n").arg(parsed.planPath);
    }
    return wizard::countFindings(evaluation.findings).errors > 0 ? ExitFindings : ExitOk;
}

} // namespace cli
