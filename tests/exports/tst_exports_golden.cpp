// Golden outputs of every export for the bundled samples (and the plans under
// tests/data/exports/<case>/plan.coexplan): checklist.md, checklist.html, change.ps1,
// rollback.ps1, verify.ps1, and the PDF through its text (pdftotext) and page count
// (pdfinfo) on A4 and Letter. COEXPLAN_UPDATE_GOLDEN=1 rewrites them; review the diff.
#include "checklistdiagrams.h"
#include "checklistpdf.h"
#include "checks/checkengine.h"
#include "diagrampainter.h"
#include "exports/checklist.h"
#include "exports/checklistformats.h"
#include "exports/collectorscript.h"
#include "exports/flaggedvalues.h"
#include "exports/scripts.h"
#include "exports/testplan.h"
#include "flows/flow.h"
#include "planfile/planfile.h"

#include "goldenfolders.h"
#include "syntheticplan.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDate goldenDate(2026, 1, 15);

QString planOf(const QString &folder)
{
    const QString own = folder + u"/plan.coexplan"_s;
    if (QFile::exists(own))
        return own;
    return QStringLiteral(COEXPLAN_SAMPLES) + u'/' + QFileInfo(folder).fileName() + u".coexplan"_s;
}

QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return "FAILED: " + program.toUtf8() + ' ' + p.readAllStandardError();
    return p.readAllStandardOutput();
}

QByteArray pageCount(const QString &pdf)
{
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = pages.match(QString::fromUtf8(run(u"pdfinfo"_s, {pdf})));
    return m.hasMatch() ? m.captured(1).toUtf8() + '\n' : QByteArray("no page count\n");
}

void compareOrUpdate(const QString &path, const QByteArray &actual)
{
    if (updateGolden()) {
        QFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        out.write(actual);
        return;
    }
    QVERIFY2(QFile::exists(path), qPrintable(u"missing golden %1 (run with COEXPLAN_UPDATE_GOLDEN=1)"_s.arg(path)));
    const QByteArray expected = readFileOrFail(path);
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
            if (a.value(i) != e.value(i)) {
                qWarning().noquote() << u"%1:%2\n  expected: %3\n  actual:   %4"_s.arg(path).arg(i + 1).arg(
                    QString::fromUtf8(e.value(i)), QString::fromUtf8(a.value(i)));
                break;
            }
        }
    }
    QVERIFY2(actual == expected, qPrintable(u"%1 differs from the generated output"_s.arg(path)));
}
} // namespace

class TestExportsGolden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // One golden folder per bundled sample: a new sample without goldens fails here.
        const QDir samples(QStringLiteral(COEXPLAN_SAMPLES));
        for (const QString &s : samples.entryList({u"*.coexplan"_s}, QDir::Files)) {
            const QString folder
                = QStringLiteral(COEXPLAN_TEST_DATA) + u"/exports/"_s + QFileInfo(s).completeBaseName();
            if (updateGolden())
                QDir().mkpath(folder);
            QVERIFY2(QFileInfo::exists(folder), qPrintable(u"no golden folder for sample %1"_s.arg(s)));
        }
    }

    void export_matchesGolden_data() { addGoldenRows(u"exports"_s); }
    void export_matchesGolden()
    {
        QFETCH(QString, folder);
        const wizard::PlanLoadResult loaded = wizard::loadPlanFile(planOf(folder));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error ? loaded.error->toString() : QString()));
        const wizard::Plan &plan = *loaded.plan;
        const QList<wizard::Finding> findings = wizard::runChecks(plan.topology);
        const wizard::Checklist list = wizard::buildChecklist(plan, findings, goldenDate);
        // As `export --write-values-flagged-as-errors` writes it: a plan with errors on
        // written values (contoso-before, PB-002) shows the comment naming each (issue 13).
        const wizard::ScriptOptions options{goldenDate, wizard::changeScriptBlockingFindings(plan, findings)};

        compareOrUpdate(folder + u"/checklist.md"_s, wizard::checklistMarkdown(list).toUtf8());
        compareOrUpdate(folder + u"/checklist.html"_s, wizard::checklistHtml(list).toUtf8());
        compareOrUpdate(folder + u"/change.ps1"_s, wizard::scriptFileBytes(wizard::changeScript(plan, options)));
        compareOrUpdate(folder + u"/rollback.ps1"_s, wizard::scriptFileBytes(wizard::rollbackScript(plan, options)));
        compareOrUpdate(folder + u"/verify.ps1"_s, wizard::scriptFileBytes(wizard::verifyScript(plan, options)));
        // Issue 17: the connectivity test plan, from the same flows the checklist uses.
        const wizard::Checklist testPlan
            = wizard::buildTestPlan(plan, wizard::computeFlows(plan.topology, findings), goldenDate);
        compareOrUpdate(folder + u"/testplan.md"_s, wizard::checklistMarkdown(testPlan).toUtf8());
        compareOrUpdate(folder + u"/testplan.html"_s, wizard::checklistHtml(testPlan).toUtf8());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const auto &[paper, name] :
             {std::pair{render::PaperSize::A4, u"a4"_s}, std::pair{render::PaperSize::Letter, u"letter"_s}}) {
            const QString pdf = dir.filePath(name + u".pdf"_s);
            const auto error = render::writeChecklistPdf(list, pdf, paper);
            QVERIFY2(!error, qPrintable(error.value_or(QString())));
            compareOrUpdate(folder + u"/checklist-%1.txt"_s.arg(name), run(u"pdftotext"_s, {pdf, u"-"_s}));
            compareOrUpdate(folder + u"/checklist-%1.pages"_s.arg(name), pageCount(pdf));
        }
        const QString testPlanPdf = dir.filePath(u"testplan.pdf"_s);
        const auto error = render::writeChecklistPdf(testPlan, testPlanPdf, render::PaperSize::A4);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        compareOrUpdate(folder + u"/testplan-a4.txt"_s, run(u"pdftotext"_s, {testPlanPdf, u"-"_s}));
    }

    // The checklist PDF lays a paragraph that several items have word for word out once
    // and stacks each item's paragraphs itself: every paragraph and line of every item
    // lands where one QTextDocument of the whole item puts it (the samples, the plans of
    // the golden cases, and a synthetic plan large enough to group findings and tests).
    void checklistPdf_sharedParagraphsLandAsOneDocument_data()
    {
        QTest::addColumn<QString>("plan"); // a plan file, or empty for the synthetic plan
        const QDir dir(QStringLiteral(COEXPLAN_TEST_DATA) + u"/exports"_s);
        for (const QString &c : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::addRow("%s", qPrintable(c)) << planOf(dir.filePath(c));
        QTest::addRow("synthetic-300") << QString();
    }
    void checklistPdf_sharedParagraphsLandAsOneDocument()
    {
        QFETCH(QString, plan);
        wizard::Plan synthetic;
        std::optional<wizard::PlanLoadResult> loaded;
        if (plan.isEmpty()) {
            synthetic = bench::makeSyntheticPlan(300);
        } else {
            loaded = wizard::loadPlanFile(plan);
            QVERIFY(loaded->ok());
        }
        const wizard::Plan &p = plan.isEmpty() ? synthetic : *loaded->plan;
        const wizard::Checklist list = wizard::buildChecklist(p, wizard::runChecks(p.topology), goldenDate);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(render::checklistResolution());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        QCOMPARE(render::checklistTextLayoutMismatches(list, writer), QStringList());
    }

    // Issue 19: a long PDF export says how far it is and can be cancelled; a cancelled
    // export writes nothing and leaves the previous file whole.
    void checklistPdf_reportsProgressAndCancels()
    {
        const wizard::PlanLoadResult loaded
            = wizard::loadPlanFile(QStringLiteral(COEXPLAN_SAMPLES) + u"/contoso-before.coexplan"_s);
        QVERIFY(loaded.ok());
        const wizard::Checklist list
            = wizard::buildChecklist(*loaded.plan, wizard::runChecks(loaded.plan->topology), goldenDate);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"c.pdf"_s);
        QList<QPair<int, int>> calls;
        QVERIFY(!render::writeChecklistPdf(list, pdf, render::PaperSize::A4, {}, {}, [&calls](int done, int total) {
            calls.append({done, total});
            return true;
        }));
        const int pages = pageCount(pdf).trimmed().toInt();
        QVERIFY(pages > 5);
        // Counting (total 0), then every page painted with the total, then done.
        QVERIFY(!calls.isEmpty() && calls.first().second == 0);
        QCOMPARE(calls.last(), qMakePair(pages, pages));
        int painted = 0;
        for (const auto &[done, total] : std::as_const(calls)) {
            if (total == 0)
                continue;
            QCOMPARE(total, pages);
            QVERIFY(done > painted || (done == pages && painted == pages));
            painted = done;
        }

        QFile previous(pdf);
        QVERIFY(previous.open(QIODevice::ReadOnly));
        const QByteArray before = previous.readAll();
        previous.close();
        int seen = 0;
        const auto error = render::writeChecklistPdf(list, pdf, render::PaperSize::A4, {}, {},
                                                     [&seen](int, int total) { return total == 0 || ++seen < 3; });
        QVERIFY(error && error->contains(render::checklistCancelledMessage()) && error->contains(pdf));
        QVERIFY(previous.open(QIODevice::ReadOnly));
        QCOMPARE(previous.readAll(), before);
    }

    // Issue 14: the checklist's diagram pages print readable type. pdftotext's word boxes
    // are about 1.16 times the type size (DejaVu Sans): a box of 7.5 pt is 6.5 pt type,
    // and most words are larger. The height of a turned word is its box's width.
    void diagramPages_printReadableType_data() { addGoldenRows(u"exports"_s); }
    void diagramPages_printReadableType()
    {
        QFETCH(QString, folder);
        const wizard::PlanLoadResult loaded = wizard::loadPlanFile(planOf(folder));
        QVERIFY(loaded.ok());
        const wizard::Plan &plan = *loaded.plan;
        const QList<wizard::Finding> findings = wizard::runChecks(plan.topology);
        const wizard::Checklist list = wizard::buildChecklist(plan, findings, goldenDate);
        const QList<render::DiagramPage> diagrams = render::problemScenarioDiagrams(
            plan.topology, wizard::computeFlows(plan.topology, findings), render::fontTextMeasure());
        if (diagrams.isEmpty())
            return; // a clean plan prints no diagram page (export_matchesGolden has its pages)
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"c.pdf"_s);
        QVERIFY(!render::writeChecklistPdf(list, pdf, render::PaperSize::A4, diagrams));
        const int pages = pageCount(pdf).trimmed().toInt();
        const QString first = QString::number(pages - diagrams.size() + 1);
        const QString boxes = QString::fromUtf8(
            run(u"pdftotext"_s, {u"-bbox"_s, u"-f"_s, first, u"-l"_s, QString::number(pages), pdf, u"-"_s}));
        static const QRegularExpression word(
            u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
        // Names of hundreds of characters (hostile-values) shrink the diagram to fit the
        // page, as they must; there only "on the page" is checked.
        const bool realisticNames = !folder.endsWith(u"hostile-values"_s);
        const QRectF a4(0, 0, 595.3, 841.9);
        QList<qreal> heights;
        for (auto it = word.globalMatch(boxes); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QRectF box(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                             QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
            QVERIFY2(a4.adjusted(20, 20, -20, -20).contains(box),
                     qPrintable(u"\"%1\" runs off the page"_s.arg(m.captured(5))));
            if (m.captured(5).size() < 3 || !realisticNames) // one or two letters: which side is the height is unclear
                continue;
            heights.append(std::min(box.width(), box.height()));
            QVERIFY2(heights.last() >= 7.5,
                     qPrintable(u"\"%1\" is printed %2 pt high"_s.arg(m.captured(5)).arg(heights.last())));
        }
        if (!realisticNames)
            return;
        QVERIFY2(heights.size() > 50 * diagrams.size(), qPrintable(boxes.left(300)));
        std::sort(heights.begin(), heights.end());
        QVERIFY2(heights[heights.size() / 2] >= 8.0, qPrintable(QString::number(heights[heights.size() / 2])));
    }

    // Issue 14: what a client may read never shows the rulebook's internal fact numbers
    // ("(F43)", "F45", "U4", "C7"): the hop explanations, the findings, and the checklist in its
    // three formats (the PDF through its text). Its sources are shown instead.
    void clientText_hasNoInternalFactNumbers_data() { addGoldenRows(u"exports"_s); }
    void clientText_hasNoInternalFactNumbers()
    {
        QFETCH(QString, folder);
        const wizard::PlanLoadResult loaded = wizard::loadPlanFile(planOf(folder));
        QVERIFY(loaded.ok());
        const wizard::Plan &plan = *loaded.plan;
        const QList<wizard::Finding> findings = wizard::runChecks(plan.topology);
        const wizard::Checklist list = wizard::buildChecklist(plan, findings, goldenDate);
        // The scripts too: the customer's admin reads their comments before running them.
        const wizard::ScriptOptions options{goldenDate, wizard::changeScriptBlockingFindings(plan, findings)};
        QStringList texts{wizard::checklistMarkdown(list),     wizard::checklistHtml(list),
                          wizard::changeScript(plan, options), wizard::rollbackScript(plan, options),
                          wizard::verifyScript(plan, options), wizard::collectorScript(plan)};
        for (const wizard::Finding &f : findings)
            texts << f.message << f.why << f.fix;
        for (const wizard::Flow &flow : wizard::computeFlows(plan.topology, findings)) {
            for (const wizard::Hop &hop : flow.hops)
                texts << hop.note;
        }
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"c.pdf"_s);
        QVERIFY(!render::writeChecklistPdf(list, pdf, render::PaperSize::A4));
        texts << QString::fromUtf8(run(u"pdftotext"_s, {pdf, u"-"_s}));
        // Facts (F43), unknowns (U4) and caveats (C7).
        static const QRegularExpression factNumber(u"\\b[CFU][0-9]{1,3}\\b"_s);
        for (const QString &text : std::as_const(texts)) {
            const QRegularExpressionMatch m = factNumber.match(text);
            QVERIFY2(!m.hasMatch(), qPrintable(text.mid(std::max<qsizetype>(0, m.capturedStart() - 60), 120)));
        }
        QVERIFY(wizard::checklistMarkdown(list).contains(u"**Sources:** <https://learn.microsoft.com/"_s));
        QVERIFY(wizard::checklistHtml(list).contains(u"<a href=\"https://learn.microsoft.com/"_s));
    }
};

QTEST_MAIN(TestExportsGolden)
#include "tst_exports_golden.moc"
