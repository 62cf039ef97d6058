#include "checkreport.h"

#include "prettyjson.h"
#include "topology/wording.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
using Json = nlohmann::ordered_json;

QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

std::string s(const QString &q)
{
    return q.toStdString();
}

Json strings(const QStringList &list)
{
    Json a = Json::array();
    for (const QString &x : list)
        a.push_back(s(x));
    return a;
}

int failingFlows(const QList<Flow> &flows)
{
    int n = 0;
    for (const Flow &f : flows) {
        if (f.overall == Verdict::Fail)
            ++n;
    }
    return n;
}
} // namespace

nlohmann::ordered_json findingJson(const Finding &f)
{
    return Json{{"rule", s(f.ruleId)},
                {"severity", s(severityToken(f.severity))},
                {"subject", Json{{"kind", s(subjectKindToken(f.subject.kind))}, {"name", s(f.subject.name)}}},
                {"fields", strings(f.fields)},
                {"message", s(f.message)},
                {"why", s(f.why)},
                {"fix", s(f.fix)},
                {"source", s(f.source)}};
}

QString findingText(const Finding &f)
{
    QString out = u"\n[%1] %2  %3 %4\n"_s.arg(severityToken(f.severity).toUpper(), f.ruleId,
                                              subjectKindToken(f.subject.kind), f.subject.name);
    out += u"  %1\n"_s.arg(f.message);
    if (!f.why.isEmpty())
        out += QCoreApplication::translate("wizard", "  Why: %1\n").arg(f.why);
    if (!f.fix.isEmpty())
        out += QCoreApplication::translate("wizard", "  Fix: %1\n").arg(f.fix);
    if (!f.source.isEmpty())
        out += QCoreApplication::translate("wizard", "  Source: %1\n").arg(f.source);
    return out;
}

QByteArray checkReportJson(const QString &planName, const QList<Finding> &findings, const QList<Flow> &flows,
                           const ProbeRecord *lastProbe)
{
    QByteArray out;
    out.reserve(4096 + 900 * findings.size() + 2800 * flows.size());
    writeCheckReportJson(planName, findings, flows, out, {}, lastProbe);
    return out;
}

void writeCheckReportJson(const QString &planName, const QList<Finding> &findings, const QList<Flow> &flows,
                          QByteArray &out, const std::function<void(QByteArray &)> &drain, const ProbeRecord *lastProbe)
{
    // One pass, each value written once (the whole nlohmann document of a 1,000-server
    // plan took 78% of `check --format json`); the layout is nlohmann's dump(2). With a
    // drain, the buffer is handed over whenever it passes 1 MB, so memory stays flat.
    constexpr qsizetype drainAt = qsizetype(1) << 20;
    const auto maybeDrain = [&out, &drain] {
        if (drain && out.size() >= drainAt)
            drain(out);
    };
    PrettyJsonWriter w(out);
    const FindingCounts counts = countFindings(findings);
    w.beginObject();
    w.member("plan", planName);
    w.key("summary");
    w.beginObject();
    w.member("errors", counts.errors);
    w.member("warnings", counts.warnings);
    w.member("infos", counts.infos);
    w.member("flows", flows.size());
    w.member("failingFlows", failingFlows(flows));
    w.endObject();
    w.key("findings");
    w.beginArray();
    for (const Finding &f : findings) {
        w.beginObject();
        w.member("rule", f.ruleId);
        w.member("severity", severityToken(f.severity));
        w.key("subject");
        w.beginObject();
        w.member("kind", subjectKindToken(f.subject.kind));
        w.member("name", f.subject.name);
        w.endObject();
        w.member("fields", f.fields);
        w.member("message", f.message);
        w.member("why", f.why);
        w.member("fix", f.fix);
        w.member("source", f.source);
        w.endObject();
        maybeDrain();
    }
    w.endArray();
    w.key("flows");
    w.beginArray();
    for (const Flow &f : flows) {
        w.beginObject();
        w.member("clientGroup", f.clientGroup);
        w.member("location", clientLocationToken(f.location));
        w.member("mailboxServer", f.mailboxServer);
        w.member("verdict", verdictToken(f.overall));
        w.key("hops");
        w.beginArray();
        for (const Hop &h : f.hops) {
            w.beginObject();
            w.member("kind", hopKindToken(h.kind));
            w.member("from", h.from);
            w.member("to", h.to);
            w.member("toServer", h.toServer);
            w.member("protocol", h.protocol);
            w.member("authMethod", h.authMethod);
            w.member("verdict", verdictToken(h.verdict));
            w.member("rules", h.ruleIds);
            w.member("note", h.note);
            w.member("fromServer", h.fromServer);
            w.member("fromSite", h.fromSite);
            w.member("toSite", h.toSite);
            w.member("loadBalancer", h.loadBalancer);
            w.member("casArray", h.casArray);
            w.member("answeredBy", h.answeredBy);
            w.member("infoRules", h.infoRuleIds);
            if (!h.observed.isEmpty())
                w.member("observed", h.observed); // only with a saved probe (docs/probes.md)
            w.endObject();
        }
        w.endArray();
        w.endObject();
        maybeDrain();
    }
    w.endArray();
    if (lastProbe) {
        w.key("lastProbe");
        w.beginObject();
        w.member("observedAt", lastProbe->observedAt);
        w.member("observedFrom", lastProbe->observedFrom);
        w.member("dnsServer", lastProbe->dnsServer);
        w.member("names", lastProbe->names.size());
        w.endObject();
    }
    w.endObject();
    out.append('\n');
    if (drain)
        drain(out);
}

QString checkReportText(const QString &planName, const QList<Finding> &findings, const QList<Flow> &flows,
                        const ProbeRecord *lastProbe)
{
    QString out;
    const FindingCounts c = countFindings(findings);
    out += QCoreApplication::translate("wizard", "CoexPlan check of %1: %2, %3, %4 info\n")
               .arg(planName, counted(c.errors, tr("error"), tr("errors")),
                    counted(c.warnings, tr("warning"), tr("warnings")), QString::number(c.infos));
    for (const Finding &f : findings)
        out += findingText(f);
    if (!flows.isEmpty()) {
        out += QCoreApplication::translate("wizard", "\nConnection flows (%1):\n").arg(flows.size());
        for (const Flow &f : flows) {
            QStringList rules;
            for (const Hop &h : f.hops)
                rules += h.ruleIds;
            rules.removeDuplicates();
            out += u"  %1  %2%3\n"_s.arg(verdictToken(f.overall).toUpper().leftJustified(7), f.scenarioId(),
                                         rules.isEmpty() ? QString() : u"  ("_s + rules.join(u", "_s) + u')');
        }
    }
    if (lastProbe) {
        out += QCoreApplication::translate("wizard",
                                           "\nLast probe: %1 observed at %2 from %3; its PRB findings are "
                                           "listed above (coexplan probe PLAN --save to refresh).\n")
                   .arg(counted(lastProbe->names.size(), tr("name"), tr("names")), lastProbe->observedAt,
                        lastProbe->observedFrom);
    }
    return out;
}

} // namespace wizard
