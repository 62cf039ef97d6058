// Painting: SVG/PNG/PDF files of the layouts, with verdicts shown by colour AND by
// line style and icon; golden SVG structure for the bundled samples.
#include "checklistdiagrams.h"
#include "checklistpdf.h"
#include "connectionmatrix.h"
#include "diagramexport.h"
#include "diagrampainter.h"
#include "flowfixtures.h"
#include "svgsummary.h"

#include "../common/goldenfolders.h"
#include "checks/checkengine.h"
#include "exports/checklist.h"
#include "planfile/planfile.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString colourOf(wizard::Verdict v)
{
    return render::verdictStyle(v).colour.name();
}

// Writes PNGs for looking at them when COEXPLAN_DIAGRAM_LOOK names a folder.
void keepForLooking(const render::DiagramLayout &layout, const render::TextMeasure &measure, const QString &name)
{
    const QString dir = qEnvironmentVariable("COEXPLAN_DIAGRAM_LOOK");
    if (!dir.isEmpty())
        render::exportDiagram(layout, measure, dir + u'/' + name + u".png"_s, name);
}
} // namespace

namespace {
// The shared-scenario list sits below everything else on the page.
int layoutchecksOverlaps(const render::DiagramLayout &l)
{
    int n = 0;
    const QRectF last = l.texts.last().rect;
    for (qsizetype i = 0; i + 1 < l.texts.size(); ++i)
        n += l.texts[i].rect.intersects(last) ? 1 : 0;
    for (const render::LegendEntry &e : l.legend)
        n += e.rect.intersects(last) ? 1 : 0;
    n += QRectF(QPointF(0, 0), l.canvas).contains(last) ? 0 : 1;
    return n;
}
} // namespace

class TestDiagramExport : public QObject
{
    Q_OBJECT

private slots:
    void exportFormats_writeReadableFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("svg") << u"d.svg"_s;
        QTest::addRow("png") << u"d.PNG"_s;
        QTest::addRow("pdf") << u"d.pdf"_s;
    }

    void exportFormats_writeReadableFiles()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const render::TextMeasure measure = render::fontTextMeasure();
        const render::DiagramLayout layout = render::layoutFlowDiagram(
            fixtures::viaLoadBalancer(fixtures::externalLegacyFlow()), fixtures::contoso(true), measure);
        const QString path = dir.filePath(file);
        QCOMPARE(render::exportDiagram(layout, measure, path, u"t"_s), std::nullopt);
        const QByteArray bytes = readFileOrFail(path);
        QVERIFY(bytes.size() > 1000);
        if (file.endsWith(u"pdf"_s)) {
            QVERIFY(bytes.startsWith("%PDF"));
        } else if (file.endsWith(u"svg"_s)) {
            QVERIFY(svgsummary::summarize(bytes).wellFormed);
        } else {
            const QImage image = QImage::fromData(bytes, "PNG");
            QVERIFY(!image.isNull());
            QVERIFY(image.width() >= layout.canvas.width());
            QVERIFY(image.height() >= layout.canvas.height());
        }
    }

    void unknownSuffixOrUnwritablePath_reportsTheFile()
    {
        const render::DiagramLayout layout = render::layoutFlowDiagram(fixtures::newMailboxFlow(), fixtures::contoso());
        const auto measure = render::fontTextMeasure();
        const auto badSuffix = render::exportDiagram(layout, measure, u"/tmp/x.gif"_s, {});
        QVERIFY(badSuffix && badSuffix->contains(u"x.gif"_s));
        const auto noDir = render::exportDiagram(layout, measure, u"/nonexistent-dir/x.svg"_s, {});
        QVERIFY(noDir && noDir->contains(u"/nonexistent-dir/x.svg"_s));
    }

    void svg_showsEachVerdictByColourLineStyleAndLabel()
    {
        const render::TextMeasure measure = render::fontTextMeasure();
        const wizard::Flow flow = fixtures::viaLoadBalancer(fixtures::externalLegacyFlow());
        const render::DiagramLayout layout = render::layoutFlowDiagram(flow, fixtures::contoso(true), measure);
        keepForLooking(layout, measure, u"external-legacy-with-lb"_s);
        const svgsummary::Summary s = svgsummary::summarize(render::renderSvg(layout, measure, u"t"_s));
        QVERIFY(s.wellFormed);
        const QString all = s.texts.join(u'\n');
        for (const QString &expected :
             {u"mail.contoso.com"_s, u"autodiscover.contoso.com"_s, u"LB-HQ"_s, u"EX2013CAS"_s, u"EX2010CAS"_s,
              u"EX2010MBX"_s, u"RPC over HTTP · Negotiate"_s, u"HTTPS · NTLM"_s, u"Fail: PB-002"_s,
              u"Warning: PA-004"_s, u"Part A: Outlook to the Exchange 2013 CAS"_s,
              u"Part B: Exchange 2013 CAS to the legacy CAS"_s})
            QVERIFY2(all.contains(expected), qPrintable(expected));
        // Ok solid, Warn dashed, Fail dotted (dashed in SVG terms), Unknown dash-dot.
        QVERIFY(s.strokes.value(colourOf(wizard::Verdict::Ok) + u" solid"_s) >= 2);
        QVERIFY(s.strokes.value(colourOf(wizard::Verdict::Warn) + u" dashed"_s) >= 3);
        QVERIFY(s.strokes.value(colourOf(wizard::Verdict::Fail) + u" dashed"_s) >= 1);
        QVERIFY(s.strokes.value(colourOf(wizard::Verdict::Unknown) + u" dashed"_s) >= 1);
        QCOMPARE(s.strokes.value(colourOf(wizard::Verdict::Fail) + u" solid"_s), 0); // fail is never a solid line
    }

    // Issue 19: scenarios that would draw the same picture share one diagram, which names
    // them; beyond 40 pictures, one diagram per problem (hops, verdicts, rule ids).
    void problemScenarios_shareTheirDiagrams()
    {
        const render::TextMeasure measure = render::estimatedTextMeasure();
        wizard::Topology t = fixtures::contoso();
        // The same Outlook as Road warriors: the client box reads the same.
        const wizard::ClientGroup road = t.clientGroups.last();
        QCOMPARE(road.name, u"Road warriors"_s);
        for (const QString &group : {u"Sales"_s, u"Marketing"_s}) {
            wizard::ClientGroup g = road;
            g.name = group;
            t.clientGroups.append(g);
        }
        QList<wizard::Flow> flows{fixtures::externalLegacyFlow()};
        for (const QString &group : {u"Sales"_s, u"Marketing"_s}) {
            wizard::Flow f = fixtures::externalLegacyFlow();
            f.clientGroup = group;
            flows.append(f);
        }
        flows.append(fixtures::internalRpcFlow());
        QList<render::DiagramPage> pages = render::problemScenarioDiagrams(t, flows, measure);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages[0].scenarios,
                 (QStringList{u"Road warriors / External / EX2010MBX"_s, u"Sales / External / EX2010MBX"_s,
                              u"Marketing / External / EX2010MBX"_s}));
        QCOMPARE(pages[0].title, u"Connection diagram: Road warriors and 2 more / External / EX2010MBX"_s);
        QCOMPARE(pages[0].layout.findNode(u"client")->title, u"Road warriors and 2 more"_s);
        QVERIFY(pages[0].layout.texts.last().lines.join(u' ').contains(u"Road warriors; Sales; Marketing"_s));
        QCOMPARE(pages[1].scenarios, QStringList{u"Head office / Internal / EX2010MBX"_s});
        QCOMPARE(layoutchecksOverlaps(pages[0].layout), 0);

        // A different verdict is a different picture.
        flows[2].hops[2].verdict = wizard::Verdict::Ok;
        QCOMPARE(render::problemScenarioDiagrams(t, flows, measure).size(), 3);

        // 60 scenarios on 60 mailbox servers with the same problem: one page listing them.
        QList<wizard::Flow> many;
        for (int i = 0; i < 60; ++i) {
            wizard::Flow f = fixtures::externalLegacyFlow();
            f.mailboxServer = u"MBX%1"_s.arg(i, 2, 10, QChar(u'0'));
            many.append(f);
        }
        pages = render::problemScenarioDiagrams(t, many, measure);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages[0].scenarios.size(), 60);
        QVERIFY(pages[0].title.endsWith(u"and 59 more with the same findings"_s));
        const QStringList listed = pages[0].layout.texts.last().lines;
        QVERIFY(listed.size() <= 9);
        QVERIFY(listed.last().contains(u"more (the connectivity test plan lists every scenario)"_s));
        // The names shown plus the count said add up to all of them.
        const int shown = int(listed.mid(1, listed.size() - 2).join(u' ').count(u"; ")) + 0;
        static const QRegularExpression more(u"and (\\d+) more"_s);
        QCOMPARE(shown + more.match(listed.last()).captured(1).toInt(), 60);
    }

    void checklistPdf_endsWithTheDiagramsOfProblemScenarios()
    {
        const QList<wizard::Flow> flows = fixtures::contosoFlows();
        const render::TextMeasure measure = render::fontTextMeasure();
        const QList<render::DiagramPage> pages = render::problemScenarioDiagrams(fixtures::contoso(), flows, measure);
        QCOMPARE(pages.size(), 2); // the failing one first, then the warning; the OK scenario has none
        QVERIFY(pages[0].title.contains(u"Road warriors / External / EX2010MBX"_s));
        QVERIFY(pages[1].title.contains(u"Head office / Internal / EX2010MBX"_s));

        const wizard::PlanLoadResult loaded
            = wizard::loadPlanFile(QStringLiteral(COEXPLAN_SAMPLES) + u"/contoso-before.coexplan"_s);
        QVERIFY(loaded.ok());
        const wizard::Checklist list
            = wizard::buildChecklist(*loaded.plan, wizard::runChecks(loaded.plan->topology), QDate(2026, 1, 15));
        QTemporaryDir dir;
        const QString plain = dir.filePath(u"plain.pdf"_s);
        const QString withDiagrams = dir.filePath(u"diagrams.pdf"_s);
        QCOMPARE(render::writeChecklistPdf(list, plain, render::PaperSize::A4), std::nullopt);
        QCOMPARE(render::writeChecklistPdf(list, withDiagrams, render::PaperSize::A4, pages), std::nullopt);
        auto run = [](const QString &program, const QStringList &args) {
            QProcess p;
            p.start(program, args);
            p.waitForFinished(60000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        auto pageCount = [&run](const QString &pdf) {
            static const QRegularExpression pagesLine(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
            return pagesLine.match(run(u"pdfinfo"_s, {pdf})).captured(1).toInt();
        };
        QVERIFY(pageCount(plain) > 0);
        QCOMPARE(pageCount(withDiagrams), pageCount(plain) + 2);
        const QString text = run(u"pdftotext"_s, {withDiagrams, u"-"_s});
        QVERIFY(text.contains(u"Connection diagram: Road warriors / External / EX2010MBX"_s));
        QVERIFY(text.contains(u"Fail: PB-002"_s));
        QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pageCount(withDiagrams))));
        if (const QString look = qEnvironmentVariable("COEXPLAN_DIAGRAM_LOOK"); !look.isEmpty()) {
            QFile::remove(look + u"/checklist.pdf"_s);
            QFile::copy(withDiagrams, look + u"/checklist.pdf"_s);
        }
    }

    void checklistHtml_diagramsAreEmbeddedSvgImages()
    {
        const render::TextMeasure measure = render::fontTextMeasure();
        QCOMPARE(render::diagramPagesHtml({}, measure), QString());
        const QString html = render::diagramPagesHtml(
            render::problemScenarioDiagrams(fixtures::contoso(), fixtures::contosoFlows(), measure), measure);
        QCOMPARE(html.count(u"<figure"_s), 2);
        static const QRegularExpression image(u"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)"_s);
        const QByteArray svg = QByteArray::fromBase64(image.match(html).captured(1).toLatin1());
        const svgsummary::Summary s = svgsummary::summarize(svg);
        QVERIFY(s.wellFormed);
        QVERIFY(s.texts.contains(u"Fail: PB-002"_s));
    }

    void lookAtOverviewAndMatrix()
    {
        const render::TextMeasure measure = render::fontTextMeasure();
        const wizard::Flow big = fixtures::largeTopologyFlow();
        keepForLooking(render::layoutTopologyOverview(fixtures::largeTopology(), &big, measure), measure,
                       u"overview-50"_s);
        keepForLooking(render::layoutFlowDiagram(big, fixtures::largeTopology(), measure), measure, u"flow-50"_s);
        keepForLooking(render::layoutFlowDiagram(fixtures::internalRpcFlow(), fixtures::contoso(), measure), measure,
                       u"internal-rpc"_s);
        keepForLooking(render::layoutFlowDiagram(fixtures::newMailboxFlow(), fixtures::contoso(), measure), measure,
                       u"new-mailbox"_s);
        const render::DiagramLayout matrix
            = render::layoutConnectionMatrix(fixtures::contosoFlows(), u"Connection matrix"_s, measure);
        keepForLooking(matrix, measure, u"matrix"_s);
        const svgsummary::Summary s = svgsummary::summarize(render::renderSvg(matrix, measure, u"m"_s));
        QVERIFY(s.texts.contains(u"Road warriors / External"_s));
        QVERIFY(s.texts.contains(u"PA-004, PB-002"_s));
        QVERIFY(s.texts.contains(u"No mailboxes here"_s));
    }
    // tests/data/diagrams/<case>/: `plan` names a bundled sample, `scenario` the flow to
    // draw (empty: the first failing one, else the first); `expected.txt` summarizes the
    // SVGs of the diagram and of the plan's connection matrix.
    void bundledSamples_matchGoldenStructure_data() { addGoldenRows(u"diagrams"_s); }

    void bundledSamples_matchGoldenStructure()
    {
        QFETCH(QString, folder);
        const QString plan = QString::fromUtf8(readFileOrFail(folder + u"/plan"_s)).trimmed();
        const QString scenario = QString::fromUtf8(readFileOrFail(folder + u"/scenario"_s)).trimmed();
        const wizard::PlanLoadResult loaded = wizard::loadPlanFile(QStringLiteral(COEXPLAN_SAMPLES) + u'/' + plan);
        QVERIFY2(loaded.ok(), qPrintable(plan));
        const wizard::Topology &t = loaded.plan->topology;
        const QList<wizard::Flow> flows = wizard::computeFlows(t, wizard::runChecks(t));
        const render::TextMeasure measure = render::estimatedTextMeasure(); // wraps the same with any installed font
        QString actual;
        const wizard::Flow *chosen = nullptr;
        for (const wizard::Flow &f : flows) {
            if ((scenario.isEmpty() && f.overall == wizard::Verdict::Fail && !chosen) || f.scenarioId() == scenario)
                chosen = &f;
        }
        if (scenario.isEmpty() && !chosen && !flows.isEmpty())
            chosen = &flows.first(); // as `coexplan export --diagram` without --scenario
        QVERIFY2(chosen || flows.isEmpty(), qPrintable(u"no scenario "_s + scenario));
        if (chosen) {
            const render::DiagramLayout layout = render::layoutFlowDiagram(*chosen, t, measure);
            keepForLooking(layout, measure, QFileInfo(folder).fileName());
            actual += u"# diagram of %1\n"_s.arg(chosen->scenarioId());
            actual += svgsummary::summarize(render::renderSvg(layout, measure, {})).toText();
        } else {
            actual += u"# no scenario to draw (%1 flows)\n"_s.arg(flows.size());
        }
        const render::DiagramLayout matrix = render::layoutConnectionMatrix(flows, plan, measure);
        keepForLooking(matrix, measure, QFileInfo(folder).fileName() + u"-matrix"_s);
        actual += u"# matrix\n"_s + svgsummary::summarize(render::renderSvg(matrix, measure, {})).toText();
        const QString expectedPath = folder + u"/expected.txt"_s;
        if (updateGolden()) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual.toUtf8());
        }
        QCOMPARE(actual, QString::fromUtf8(readFileOrFail(expectedPath)));
    }
};

QTEST_MAIN(TestDiagramExport)
#include "tst_diagramexport.moc"
