// Golden folders for the rules: tests/data/checks/<case>/plan.coexplan and
// expected.txt, one finding per line:
//   RULE-ID severity subjectKind:subjectName field[,field...]
// The list is compared in order (findings come out in a stable order), so a case
// proves both what fires and what must not.
#include "checks/checkengine.h"
#include "planfile/planfile.h"

#include "goldenfolders.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestChecksGolden : public QObject
{
    Q_OBJECT

private:
    static QStringList describe(const QList<wizard::Finding> &findings)
    {
        QStringList lines;
        for (const wizard::Finding &f : findings) {
            lines.append(u"%1 %2 %3:%4 %5"_s.arg(f.ruleId, wizard::severityToken(f.severity),
                                                 wizard::subjectKindToken(f.subject.kind), f.subject.name,
                                                 f.fields.join(u',')));
        }
        return lines;
    }

private slots:
    void goldenCase_matchesExpectedFindings_data() { addGoldenRows(u"checks"_s); }
    void goldenCase_matchesExpectedFindings()
    {
        QFETCH(QString, folder);
        const wizard::PlanLoadResult loaded = wizard::loadPlanFile(folder + u"/plan.coexplan"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error ? loaded.error->toString() : QString()));
        const QList<wizard::Finding> findings = wizard::runChecks(loaded.plan->topology);
        const QStringList actual = describe(findings);

        for (const wizard::Finding &f : findings) {
            QVERIFY2(!f.message.isEmpty() && !f.why.isEmpty() && !f.fix.isEmpty() && !f.source.isEmpty(),
                     qPrintable(u"%1 on %2 lacks message, why, fix or source"_s.arg(f.ruleId, f.subject.name)));
        }

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

    // Rules are pure: checking the same topology twice gives the same findings.
    void goldenCase_isDeterministic_data() { addGoldenRows(u"checks"_s); }
    void goldenCase_isDeterministic()
    {
        QFETCH(QString, folder);
        const wizard::PlanLoadResult loaded = wizard::loadPlanFile(folder + u"/plan.coexplan"_s);
        QVERIFY(loaded.ok());
        QCOMPARE(wizard::runChecks(loaded.plan->topology), wizard::runChecks(loaded.plan->topology));
    }
};

QTEST_GUILESS_MAIN(TestChecksGolden)
#include "tst_checks_golden.moc"
