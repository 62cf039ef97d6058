// The JSON check report is written in one pass (PrettyJsonWriter); it must stay byte
// for byte what nlohmann's dump(2) of the same document gave (the report's earlier
// implementation, kept here as the reference): on the samples, a synthetic plan and
// text with every kind of character a plan value can hold.
#include "checks/checkreport.h"
#include "checks/prettyjson.h"
#include "flows/plancheck.h"
#include "planfile/planfile.h"
#include "syntheticplan.h"

#include <nlohmann/json.hpp>

#include <QTest>

Q_DECLARE_METATYPE(wizard::Topology)

using namespace Qt::StringLiterals;

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

QByteArray referenceReport(const QString &planName, const QList<wizard::Finding> &findings,
                           const QList<wizard::Flow> &flows)
{
    const wizard::FindingCounts counts = wizard::countFindings(findings);
    int failing = 0;
    for (const wizard::Flow &f : flows)
        failing += f.overall == wizard::Verdict::Fail ? 1 : 0;
    Json root = Json::object();
    root["plan"] = s(planName);
    root["summary"] = Json{{"errors", counts.errors},
                           {"warnings", counts.warnings},
                           {"infos", counts.infos},
                           {"flows", flows.size()},
                           {"failingFlows", failing}};
    Json fs = Json::array();
    for (const wizard::Finding &f : findings) {
        fs.push_back(
            Json{{"rule", s(f.ruleId)},
                 {"severity", s(wizard::severityToken(f.severity))},
                 {"subject", Json{{"kind", s(wizard::subjectKindToken(f.subject.kind))}, {"name", s(f.subject.name)}}},
                 {"fields", strings(f.fields)},
                 {"message", s(f.message)},
                 {"why", s(f.why)},
                 {"fix", s(f.fix)},
                 {"source", s(f.source)}});
    }
    root["findings"] = fs;
    Json fl = Json::array();
    for (const wizard::Flow &f : flows) {
        Json hops = Json::array();
        for (const wizard::Hop &h : f.hops) {
            hops.push_back(Json{{"kind", s(wizard::hopKindToken(h.kind))},
                                {"from", s(h.from)},
                                {"to", s(h.to)},
                                {"toServer", s(h.toServer)},
                                {"protocol", s(h.protocol)},
                                {"authMethod", s(h.authMethod)},
                                {"verdict", s(wizard::verdictToken(h.verdict))},
                                {"rules", strings(h.ruleIds)},
                                {"note", s(h.note)},
                                {"fromServer", s(h.fromServer)},
                                {"fromSite", s(h.fromSite)},
                                {"toSite", s(h.toSite)},
                                {"loadBalancer", s(h.loadBalancer)},
                                {"casArray", s(h.casArray)},
                                {"answeredBy", s(h.answeredBy)},
                                {"infoRules", strings(h.infoRuleIds)}});
        }
        fl.push_back(Json{{"clientGroup", s(f.clientGroup)},
                          {"location", s(wizard::clientLocationToken(f.location))},
                          {"mailboxServer", s(f.mailboxServer)},
                          {"verdict", s(wizard::verdictToken(f.overall))},
                          {"hops", hops}});
    }
    root["flows"] = fl;
    const std::string text = root.dump(2) + '\n';
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

// Every control character, quotes, backslashes, DEL, non-ASCII, a surrogate pair and a
// lone surrogate (QString holds what a plan's JSON escape can make).
QString hostileText()
{
    QString text = u"quote \" backslash \\ slash / del \x7f é ü 中 \U0001F600 "_s;
    for (char16_t c = 0; c < 0x20; ++c)
        text += QChar(c);
    text += QChar(char16_t(0xD800));
    return text;
}
} // namespace

class TestPrettyJson : public QObject
{
    Q_OBJECT

private slots:
    void report_isNlohmannDumpOfTheSameDocument_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<wizard::Topology>("topology");
        for (const char *sample : {"contoso-before.coexplan", "contoso-after.coexplan"}) {
            const wizard::PlanLoadResult loaded
                = wizard::loadPlanFile(QStringLiteral(COEXPLAN_SAMPLES) + u'/' + QLatin1String(sample));
            QVERIFY2(loaded.ok(), sample);
            QTest::addRow("%s", sample) << QString::fromLatin1(sample) << loaded.plan->topology;
        }
        QTest::addRow("synthetic 60 servers") << u"synthetic"_s << bench::makeSyntheticPlan(60).topology;
        QTest::addRow("empty plan") << QString() << wizard::Topology{};
    }

    void report_isNlohmannDumpOfTheSameDocument()
    {
        QFETCH(QString, name);
        QFETCH(wizard::Topology, topology);
        const wizard::PlanCheck checked = wizard::checkPlan(topology);
        QCOMPARE(wizard::checkReportJson(name, checked.findings, checked.flows),
                 referenceReport(name, checked.findings, checked.flows));
    }

    void hostileText_isEscapedAsNlohmannDoes()
    {
        wizard::Finding f;
        f.ruleId = hostileText();
        f.subject = {wizard::SubjectKind::Server, hostileText()};
        f.fields = {hostileText(), QString()};
        f.message = hostileText();
        wizard::Flow flow;
        flow.clientGroup = hostileText();
        flow.hops.append(wizard::Hop{});
        flow.hops[0].note = hostileText();
        flow.hops[0].ruleIds = {u"PB-002"_s};
        const QByteArray written = wizard::checkReportJson(hostileText(), {f}, {flow});
        QCOMPARE(written, referenceReport(hostileText(), {f}, {flow}));
        QVERIFY(written.contains("\\u001f"));
    }

    void writer_nestsAndSeparatesLikeDump2()
    {
        QByteArray out;
        wizard::PrettyJsonWriter w(out);
        w.beginObject();
        w.key("a");
        w.beginArray();
        w.endArray();
        w.key("b");
        w.beginObject();
        w.endObject();
        w.member("c", QStringList{u"x"_s, u"y"_s});
        w.member("d", qint64(-7));
        w.endObject();
        QCOMPARE(out,
                 QByteArray("{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    \"x\",\n    \"y\"\n  ],\n  \"d\": -7\n}"));
    }
};

QTEST_GUILESS_MAIN(TestPrettyJson)
#include "tst_prettyjson.moc"
