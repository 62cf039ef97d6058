// Golden folders for the flows: tests/data/flows/<case>/plan.coexplan and expected.txt,
// the flows of computeFlows(topology, runChecks(topology)), one line per flow then
// one line per hop:
//   flow <group> / <location> / <mailbox server>: <verdict>
//   <kind> | <from> -> <to> | <answering server>[ lb=..][ array=..][ answeredBy=..] | <protocol> | <method> |
//     <verdict> <rule ids>[ | info <rule ids>]
// ("?" marks an unknown server, "-" an empty value). Notes are prose and are checked
// only for presence, so that rewording a rule's message does not break these cases.
#include "checks/checkengine.h"
#include "flows/flow.h"
#include "planfile/planfile.h"

#include "goldenfolders.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFlowsGolden : public QObject
{
    Q_OBJECT

private:
    static QString orDash(const QString &s) { return s.isEmpty() ? u"-"_s : s; }

    static QString describe(const wizard::Hop &h)
    {
        QString endpoint = h.toServer.isEmpty() ? u"?"_s : h.toServer;
        if (!h.loadBalancer.isEmpty())
            endpoint += u" lb="_s + h.loadBalancer;
        if (!h.casArray.isEmpty())
            endpoint += u" array="_s + h.casArray;
        if (!h.answeredBy.isEmpty() && h.answeredBy != h.toServer)
            endpoint += u" answeredBy="_s + h.answeredBy;
        QString line = u"%1 | %2 -> %3 | %4 | %5 | %6 | %7 %8"_s.arg(
            wizard::hopKindToken(h.kind), orDash(h.from), orDash(h.to), endpoint, orDash(h.protocol),
            orDash(h.authMethod), wizard::verdictToken(h.verdict), orDash(h.ruleIds.join(u',')));
        if (!h.infoRuleIds.isEmpty())
            line += u" | info "_s + h.infoRuleIds.join(u',');
        return line;
    }

    static QStringList describe(const QList<wizard::Flow> &flows)
    {
        QStringList lines;
        for (const wizard::Flow &f : flows) {
            lines.append(u"flow %1: %2"_s.arg(f.scenarioId(), wizard::verdictToken(f.overall)));
            for (const wizard::Hop &h : f.hops)
                lines.append(describe(h));
        }
        return lines;
    }

private slots:
    void goldenCase_matchesExpectedFlows_data() { addGoldenRows(u"flows"_s); }
    void goldenCase_matchesExpectedFlows()
    {
        QFETCH(QString, folder);
        const wizard::PlanLoadResult loaded = wizard::loadPlanFile(folder + u"/plan.coexplan"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error ? loaded.error->toString() : QString()));
        const wizard::Topology &topology = loaded.plan->topology;
        const QList<wizard::Flow> flows = wizard::computeFlows(topology, wizard::runChecks(topology));
        QVERIFY(!flows.isEmpty());
        for (const wizard::Flow &f : flows) {
            wizard::Verdict worst = wizard::Verdict::Ok;
            for (const wizard::Hop &h : f.hops) {
                QVERIFY2(!h.note.isEmpty(), qPrintable(f.scenarioId()));
                worst = wizard::worse(worst, h.verdict);
            }
            QCOMPARE(f.overall, worst);
        }
        const QStringList actual = describe(flows);

        const QString expectedPath = folder + u"/expected.txt"_s;
        if (updateGolden()) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write((actual.join(u'\n') + u'\n').toUtf8());
            return;
        }
        QStringList expected;
        for (const QString &line : QString::fromUtf8(readFileOrFail(expectedPath)).split(u'\n')) {
            if (!line.trimmed().isEmpty() && !line.startsWith(u'#'))
                expected.append(line.trimmed());
        }
        if (actual != expected) {
            qWarning().noquote() << u"expected:\n  "_s + expected.join(u"\n  "_s);
            qWarning().noquote() << u"actual:\n  "_s + actual.join(u"\n  "_s);
        }
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestFlowsGolden)
#include "tst_flows_golden.moc"
