#include "probereport.h"
#include "topology/wording.h"

#include "checks/checkreport.h"
#include "planfile/jsonreader.h"
#include "planfile/probejson.h"
#include "probefindings.h"
#include "probetargets.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
using Json = nlohmann::ordered_json;
using planjson::toStd;

QString tr(const char *text)
{
    return QCoreApplication::translate("probes", text);
}

QString failure(ReachStatus s, const QString &detail)
{
    return statusText(s, detail);
}

// The expiry as a date: the table and the report name the day, the plan keeps the time.
QString expiryDate(const QString &notAfter)
{
    return notAfter.left(10);
}

int unreachable(const ProbeEvaluation &e)
{
    int n = 0;
    for (const NameProbeResult &r : e.names)
        n += r.verdict == ProbeVerdict::Unreachable ? 1 : 0;
    return n;
}
} // namespace

NameSummary summarizeName(const NameObservation &o)
{
    NameSummary s;
    if (o.dns.status != ReachStatus::Ok) {
        s.dns = failure(o.dns.status, o.dns.detail);
    } else {
        s.dns = o.dns.addresses.join(u", "_s);
        if (!o.dns.aliases.isEmpty())
            s.dns = tr("%1 (via %2)").arg(s.dns, o.dns.aliases.join(u" > "_s));
    }
    if (!o.tls.errors.isEmpty()) {
        QStringList problems;
        for (const QString &e : o.tls.errors)
            problems.append(tlsErrorText(e));
        s.certificate = tr("%1, until %2: %3").arg(o.tls.subject, expiryDate(o.tls.notAfter), problems.join(u"; "_s));
    } else if (o.tls.status == ReachStatus::Ok)
        s.certificate = tr("%1, until %2").arg(o.tls.subject, expiryDate(o.tls.notAfter));
    else if (o.tls.status != ReachStatus::NotTried)
        s.certificate = failure(o.tls.status, o.tls.detail);
    for (const HttpObservation &h : o.http) {
        if (h.path == probepath::rpc) {
            if (h.httpStatus == 401)
                s.iisMethods = h.schemes.join(u", "_s);
            else if (h.httpStatus != 0)
                s.iisMethods = tr("HTTP %1").arg(h.httpStatus);
            else
                s.iisMethods = failure(h.status, h.detail);
        }
        if (s.answeredBy.isEmpty())
            s.answeredBy = h.answeredBy;
    }
    return s;
}

QByteArray probeReportJson(const QString &planName, const ProbeRecord &record, const ProbeEvaluation &evaluation)
{
    const FindingCounts counts = countFindings(evaluation.findings);
    Json root = Json::object();
    root["plan"] = toStd(planName);
    root["summary"] = Json{{"errors", counts.errors},
                           {"warnings", counts.warnings},
                           {"infos", counts.infos},
                           {"names", evaluation.names.size()},
                           {"unreachable", unreachable(evaluation)}};
    Json names = Json::array();
    for (const NameProbeResult &r : evaluation.names) {
        Json rules = Json::array();
        for (const Finding &f : r.findings)
            rules.push_back(toStd(f.ruleId));
        names.push_back(
            Json{{"name", toStd(r.name)}, {"verdict", toStd(probeVerdictToken(r.verdict))}, {"rules", rules}});
    }
    root["names"] = names;
    Json findings = Json::array();
    for (const Finding &f : evaluation.findings)
        findings.push_back(findingJson(f));
    root["findings"] = findings;
    root["probe"] = planjson::writeProbeRecord(record);
    const std::string text = root.dump(2) + '\n';
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

QString probeReportText(const QString &planName, const ProbeRecord &record, const ProbeEvaluation &evaluation)
{
    const FindingCounts c = countFindings(evaluation.findings);
    QString out = tr("CoexPlan probe of %1 at %2 from %3 (DNS: %4): %5, %6, %7, %8 info\n")
                      .arg(planName, record.observedAt, record.observedFrom,
                           record.dnsServer.isEmpty() ? tr("the system's resolver") : record.dnsServer,
                           counted(evaluation.names.size(), tr("name"), tr("names")),
                           counted(c.errors, tr("error"), tr("errors")),
                           counted(c.warnings, tr("warning"), tr("warnings")), QString::number(c.infos));
    for (qsizetype i = 0; i < evaluation.names.size() && i < record.names.size(); ++i) {
        const NameSummary s = summarizeName(record.names.at(i));
        out += u"\n%1  %2\n"_s.arg(probeVerdictToken(evaluation.names.at(i).verdict).toUpper().leftJustified(11),
                                   record.names.at(i).name);
        out += tr("  DNS: %1\n").arg(s.dns);
        if (!s.certificate.isEmpty())
            out += tr("  Certificate: %1\n").arg(s.certificate);
        if (!s.iisMethods.isEmpty())
            out += tr("  IIS methods (/rpc): %1\n").arg(s.iisMethods);
        if (!s.answeredBy.isEmpty())
            out += tr("  Answered by: %1\n").arg(s.answeredBy);
    }
    for (const Finding &f : evaluation.findings)
        out += findingText(f);
    return out;
}

} // namespace wizard
