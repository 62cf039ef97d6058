#include "exportcommand.h"

#include "connectionmatrix.h"
#include "diagramexport.h"
#include "diagramlayout.h"
#include "diagrampainter.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

// "Sales/External / ex2010mbx" matches "Sales / external / EX2010MBX": spaces around the
// slashes and letter case do not matter.
QString normalizedScenario(const QString &text)
{
    QStringList parts = text.split(u'/');
    for (QString &p : parts)
        p = p.trimmed().toLower();
    return parts.join(u'/');
}

// The flow to draw: the one named by --scenario, else the first failing one, else the
// first. -1 with a message on io.err when there is none.
int chooseFlow(const ExportInput &input, Io io)
{
    const QList<wizard::Flow> &flows = input.flows;
    if (flows.isEmpty()) {
        io.err << tr("coexplan export: %1 has no client scenario to draw (add client groups with their mailbox "
                     "servers)\n")
                      .arg(input.request.planPath);
        return -1;
    }
    if (input.request.has(u"scenario"_s)) {
        const QString wanted = normalizedScenario(input.request.value(u"scenario"_s));
        for (qsizetype i = 0; i < flows.size(); ++i) {
            if (normalizedScenario(flows[i].scenarioId()) == wanted)
                return int(i);
        }
        io.err << tr("coexplan export: no scenario \"%1\" in %2; the scenarios are:\n")
                      .arg(input.request.value(u"scenario"_s), input.request.planPath);
        for (const wizard::Flow &f : flows)
            io.err << u"  %1\n"_s.arg(f.scenarioId());
        return -1;
    }
    for (qsizetype i = 0; i < flows.size(); ++i) {
        if (flows[i].overall == wizard::Verdict::Fail)
            return int(i);
    }
    return 0;
}

bool write(const render::DiagramLayout &layout, const render::TextMeasure &measure, const QString &path,
           const QString &title, Io io)
{
    if (const std::optional<QString> error = render::exportDiagram(layout, measure, path, title)) {
        io.err << u"coexplan export: %1\n"_s.arg(*error);
        return false;
    }
    return true;
}
} // namespace

int exportDiagrams(const ExportInput &input, Io io)
{
    const ExportRequest &r = input.request;
    const render::TextMeasure measure = render::fontTextMeasure();
    const wizard::Topology &topology = input.plan.topology;
    int code = ExitOk;
    if (r.has(u"diagram"_s) || r.has(u"overview"_s)) {
        // An overview of a plan without scenarios is still a picture of its servers.
        const bool needFlow = r.has(u"diagram"_s) || r.has(u"scenario"_s) || !input.flows.isEmpty();
        const int index = needFlow ? chooseFlow(input, io) : -1;
        if (index < 0 && needFlow)
            return ExitUsage;
        const wizard::Flow *flow = index >= 0 ? &input.flows[index] : nullptr;
        if (flow && r.has(u"diagram"_s)) {
            const render::DiagramLayout layout = render::layoutFlowDiagram(*flow, topology, measure);
            if (!write(layout, measure, r.value(u"diagram"_s), flow->scenarioId(), io))
                code = ExitUsage;
            else
                io.out << tr("Diagram of %1 written to %2\n").arg(flow->scenarioId(), r.value(u"diagram"_s));
        }
        if (r.has(u"overview"_s)) {
            const render::DiagramLayout layout = render::layoutTopologyOverview(topology, flow, measure);
            if (!write(layout, measure, r.value(u"overview"_s), tr("Topology overview"), io))
                code = ExitUsage;
            else
                io.out << tr("Topology overview written to %1\n").arg(r.value(u"overview"_s));
        }
    }
    if (r.has(u"matrix"_s)) {
        const QString title
            = tr("Connection matrix: %1")
                  .arg(input.plan.info.title.isEmpty() ? QFileInfo(r.planPath).fileName() : input.plan.info.title);
        const render::DiagramLayout layout = render::layoutConnectionMatrix(input.flows, title, measure);
        if (!write(layout, measure, r.value(u"matrix"_s), title, io))
            code = ExitUsage;
        else
            io.out << tr("Connection matrix written to %1\n").arg(r.value(u"matrix"_s));
    }
    return code;
}

} // namespace cli
