// The verification phase's record of the last live probe (issue 15): one item per
// probed name with its verdict and the time it was observed, so the printed checklist
// says what the network answered, and when.
#include "checklistitems.h"

#include "probecheck/probefindings.h"
#include "probecheck/probereport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

QString verdictText(ProbeVerdict v)
{
    switch (v) {
    case ProbeVerdict::Ok:
        return tr("as planned");
    case ProbeVerdict::Warning:
        return tr("differs from the plan");
    case ProbeVerdict::Error:
        return tr("will break clients");
    case ProbeVerdict::Unreachable:
        return tr("not reachable from here");
    }
    return {};
}
} // namespace

QList<ChecklistItem> probeItems(const Plan &plan)
{
    QList<ChecklistItem> out;
    const ProbeRecord &record = plan.lastProbe;
    if (record.isEmpty())
        return out;
    const ProbeEvaluation evaluation = evaluateProbe(plan.topology, record);
    for (qsizetype i = 0; i < evaluation.names.size() && i < record.names.size(); ++i) {
        const NameProbeResult &r = evaluation.names.at(i);
        const NameObservation &o = record.names.at(i);
        QStringList rules;
        QStringList messages;
        for (const Finding &f : r.findings) {
            rules.append(f.ruleId);
            messages.append(f.message);
        }
        rules.removeDuplicates();
        ChecklistItem item = checklistItem(u"verify/probe/"_s + o.name.toLower(),
                                           tr("Live probe of %1: %2").arg(o.name, verdictText(r.verdict)), rules);
        const NameSummary s = summarizeName(o);
        QStringList seen{tr("DNS: %1").arg(s.dns)};
        if (!s.certificate.isEmpty())
            seen.append(tr("certificate: %1").arg(s.certificate));
        if (!s.iisMethods.isEmpty())
            seen.append(tr("IIS methods on /rpc: %1").arg(s.iisMethods));
        if (!s.answeredBy.isEmpty())
            seen.append(tr("answered by %1").arg(s.answeredBy));
        item.action = tr("Observed at %1 from %2 — %3.")
                          .arg(o.observedAt.isEmpty() ? record.observedAt : o.observedAt, record.observedFrom,
                               seen.join(u"; "_s));
        item.why = messages.isEmpty() ? tr("What the network answered matches the plan.") : messages.join(u' ');
        item.verify = tr("Probe again after the changes (coexplan probe PLAN --save): the name shows as planned.");
        out.append(item);
    }
    return out;
}

} // namespace wizard
