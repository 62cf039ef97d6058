// Golden folders for the importer: tests/data/imports/<case>/ holds
//   input*            the files to import, in name order (any format, any encoding)
//   base.coexplan     optional: the plan imported into (re-import cases)
//   options.txt       optional: the user's answers, one a line, as on the CLI:
//                     "--server NAME", "--version NAME=2010"
//   expected-report.txt    what `coexplan import` prints
//   expected-plan.coexplan the merged plan (only when the import succeeds)
//   expected-findings.txt  findings of `check` on that plan, one per line:
//                          RULE-ID severity subjectKind:subjectName field[,field...]
// COEXPLAN_UPDATE_GOLDEN=1 rewrites the expected files (review the diff!).
#include "checks/checkengine.h"
#include "imports/importreport.h"
#include "imports/planimport.h"
#include "planfile/planfile.h"

#include "goldenfolders.h"
#include "goldenimportcase.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QStringList describe(const QList<wizard::Finding> &findings)
{
    QStringList lines;
    for (const wizard::Finding &f : findings) {
        lines.append(u"%1 %2 %3:%4 %5"_s.arg(f.ruleId, wizard::severityToken(f.severity),
                                             wizard::subjectKindToken(f.subject.kind), f.subject.name,
                                             f.fields.join(u',')));
    }
    return lines;
}

// Compares `actual` with the file, or rewrites the file in update mode.
void compareWithFile(const QString &path, const QByteArray &actual)
{
    if (updateGolden()) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        return;
    }
    QVERIFY2(QFile::exists(path), qPrintable(u"missing %1"_s.arg(path)));
    const QByteArray expected = readFileOrFail(path);
    if (expected != actual)
        qWarning().noquote() << u"actual %1:\n"_s.arg(QFileInfo(path).fileName()) + QString::fromUtf8(actual);
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
}

struct GoldenRun
{
    wizard::ImportOutcome outcome;
};

GoldenRun runImport(const QString &folder)
{
    const GoldenImportCase c = loadGoldenImportCase(folder);
    return {wizard::importIntoPlan(c.sources, c.base, c.options)};
}
} // namespace

class TestImportsGolden : public QObject
{
    Q_OBJECT

private slots:
    void goldenCase_matchesExpectedReportPlanAndFindings_data() { addGoldenRows(u"imports"_s); }
    void goldenCase_matchesExpectedReportPlanAndFindings()
    {
        QFETCH(QString, folder);
        const QDir dir(folder);
        QVERIFY2(!dir.entryList({u"input*"_s}, QDir::Files).isEmpty(), "a case needs input files");
        const GoldenRun run = runImport(folder);
        const QString report = wizard::importReportText(run.outcome.result);
        compareWithFile(dir.filePath(u"expected-report.txt"_s), report.toUtf8());
        // Issue 12/14: the report is in plain words, without the rulebook's fact numbers.
        static const QRegularExpression factNumber(u"\\((?:F|U|FACTS )[0-9]{1,3}[^)]*\\)"_s);
        const QRegularExpressionMatch fact = factNumber.match(report);
        QVERIFY2(!fact.hasMatch(), qPrintable(fact.captured()));
        if (!run.outcome.result.succeeded()) {
            QVERIFY2(!dir.exists(u"expected-plan.coexplan"_s), "a failing import has no expected plan");
            return;
        }
        const QByteArray plan = wizard::serializePlan(run.outcome.plan);
        compareWithFile(dir.filePath(u"expected-plan.coexplan"_s), plan);
        // The written plan loads again, unchanged (strict reader).
        const wizard::PlanLoadResult reloaded = wizard::parsePlan(plan, u"expected-plan.coexplan"_s);
        QVERIFY2(reloaded.ok(), qPrintable(reloaded.error ? reloaded.error->toString() : QString()));
        QCOMPARE(reloaded.plan->topology, run.outcome.plan.topology);
        const QStringList findings = describe(wizard::runChecks(run.outcome.plan.topology));
        compareWithFile(dir.filePath(u"expected-findings.txt"_s), (findings.join(u'\n') + u'\n').toUtf8());
    }

    // Importing the same inputs twice gives the same plan (no hidden state).
    void goldenCase_isDeterministic_data() { addGoldenRows(u"imports"_s); }
    void goldenCase_isDeterministic()
    {
        QFETCH(QString, folder);
        const GoldenRun a = runImport(folder);
        const GoldenRun b = runImport(folder);
        QCOMPARE(a.outcome.result, b.outcome.result);
        QCOMPARE(a.outcome.plan, b.outcome.plan);
    }
};

QTEST_GUILESS_MAIN(TestImportsGolden)
#include "tst_imports_golden.moc"
