#include "checkreport.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
using Json = nlohmann::ordered_json;

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
    const FindingCounts counts = countFindings(findings);
    Json root = Json::object();
    root["plan"] = s(planName);
    root["summary"] = Json{{"errors", counts.errors},
                           {"warnings", counts.warnings},
                           {"infos", counts.infos},
                           {"flows", flows.size()},
                           {"failingFlows", failingFlows(flows)}};
    Json fs = Json::array();
    for (const Finding &f : findings)
        fs.push_back(findingJson(f));
    root["findings"] = fs;
    Json fl = Json::array();
    for (const Flow &f : flows) {
        Json hops = Json::array();
        for (const Hop &h : f.hops) {
            Json hop = Json{{"kind", s(hopKindToken(h.kind))},
                            {"from", s(h.from)},
                            {"to", s(h.to)},
                            {"toServer", s(h.toServer)},
                            {"protocol", s(h.protocol)},
                            {"authMethod", s(h.authMethod)},
                            {"verdict", s(verdictToken(h.verdict))},
                            {"rules", strings(h.ruleIds)},
                            {"note", s(h.note)},
                            {"fromServer", s(h.fromServer)},
                            {"fromSite", s(h.fromSite)},
                            {"toSite", s(h.toSite)},
                            {"loadBalancer", s(h.loadBalancer)},
                            {"casArray", s(h.casArray)},
                            {"answeredBy", s(h.answeredBy)},
                            {"infoRules", strings(h.infoRuleIds)}};
            if (!h.observed.isEmpty())
                hop["observed"] = s(h.observed); // only with a saved probe (docs/probes.md)
            hops.push_back(hop);
        }
        fl.push_back(Json{{"clientGroup", s(f.clientGroup)},
                          {"location", s(clientLocationToken(f.location))},
                          {"mailboxServer", s(f.mailboxServer)},
                          {"verdict", s(verdictToken(f.overall))},
                          {"hops", hops}});
    }
    root["flows"] = fl;
    if (lastProbe) {
        root["lastProbe"] = Json{{"observedAt", s(lastProbe->observedAt)},
                                 {"observedFrom", s(lastProbe->observedFrom)},
                                 {"dnsServer", s(lastProbe->dnsServer)},
                                 {"names", lastProbe->names.size()}};
    }
    const std::string text = root.dump(2) + '\n';
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

QString checkReportText(const QString &planName, const QList<Finding> &findings, const QList<Flow> &flows,
                        const ProbeRecord *lastProbe)
{
    QString out;
    const FindingCounts c = countFindings(findings);
    out += QCoreApplication::translate("wizard", "CoexPlan check of %1: %2 error(s), %3 warning(s), %4 info(s)\n")
               .arg(planName)
               .arg(c.errors)
               .arg(c.warnings)
               .arg(c.infos);
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
                                           "\nLast probe: %1 name(s) observed at %2 from %3; its PRB findings are "
                                           "listed above (coexplan probe PLAN --save to refresh).\n")
                   .arg(lastProbe->names.size())
                   .arg(lastProbe->observedAt, lastProbe->observedFrom);
    }
    return out;
}

} // namespace wizard
