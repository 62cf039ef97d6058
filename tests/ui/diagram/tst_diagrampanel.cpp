// The diagram views: a scene built from the layout, live updates, tooltips and clicks on
// hops, the connection matrix model and its selection, exports. Offscreen.
#include "connectionmatrixmodel.h"
#include "diagrampanel.h"
#include "diagrampresentation.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "flowfixtures.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QLabel>
#include <QLayout>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using ui::DiagramItemKind;

namespace {
QList<QGraphicsItem *> itemsOf(const ui::DiagramScene *scene, DiagramItemKind kind)
{
    QList<QGraphicsItem *> out;
    for (QGraphicsItem *item : scene->items(Qt::AscendingOrder)) {
        if (item->data(ui::DiagramItemKindKey).toInt() == int(kind))
            out << item;
    }
    return out;
}

QGraphicsItem *edgeOfHop(const ui::DiagramScene *scene, int hop)
{
    for (QGraphicsItem *item : itemsOf(scene, DiagramItemKind::Edge)) {
        if (item->data(ui::DiagramItemIdKey).toInt() == hop && !item->toolTip().isEmpty())
            return item;
    }
    return nullptr;
}

wizard::Finding pb002()
{
    wizard::Finding f;
    f.ruleId = u"PB-002"_s;
    f.severity = wizard::Severity::Error;
    f.subject = {wizard::SubjectKind::Server, u"EX2010CAS"_s};
    f.fields = {u"outlookAnywhere.iisAuthenticationMethods"_s};
    f.message = u"EX2010CAS lacks NTLM in its IIS authentication methods."_s;
    return f;
}
} // namespace

class TestDiagramPanel : public QObject
{
    Q_OBJECT

private slots:
    void sceneItems_followThePlan()
    {
        ui::DiagramPanel panel;
        panel.setAnalysis(fixtures::contoso(), {pb002()}, {fixtures::externalLegacyFlow()});
        ui::DiagramScene *scene = panel.flowScene();
        QCOMPARE(itemsOf(scene, DiagramItemKind::Node).size(), 6);
        QCOMPARE(itemsOf(scene, DiagramItemKind::Edge).size(), scene->layout().edges.size());
        QCOMPARE(itemsOf(scene, DiagramItemKind::Region).size(), 2);
        QCOMPARE(itemsOf(scene, DiagramItemKind::Legend).size(), 4);

        // The plan gains a load balancer for the namespace: one more box and one more segment.
        panel.setAnalysis(fixtures::contoso(true), {pb002()},
                          {fixtures::viaLoadBalancer(fixtures::externalLegacyFlow())});
        QCOMPARE(itemsOf(scene, DiagramItemKind::Node).size(), 7);
        QCOMPARE(itemsOf(scene, DiagramItemKind::Edge).size(), scene->layout().edges.size());
        QVERIFY(scene->layout().findNode(u"loadBalancer"));

        // PB-002 fixed: the Part B edge now shows the engine's new verdict.
        panel.setAnalysis(fixtures::contoso(true), {},
                          {fixtures::viaLoadBalancer(fixtures::externalLegacyFlow(wizard::Verdict::Ok))});
        for (const render::DiagramEdge &e : scene->layout().edges) {
            if (e.hopIndex == 2)
                QCOMPARE(e.verdict, wizard::Verdict::Ok);
        }
        QVERIFY(!edgeOfHop(scene, 2)->toolTip().contains(u"PB-002"_s));
    }

    void hop_tooltipNamesFindings_clickAsksForTheField()
    {
        ui::DiagramPanel panel;
        panel.resize(1400, 900);
        panel.setAnalysis(fixtures::contoso(), {pb002()}, {fixtures::externalLegacyFlow()});
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        if (const QString look = qEnvironmentVariable("COEXPLAN_DIAGRAM_LOOK"); !look.isEmpty()) {
            panel.grab().save(look + u"/panel.png"_s);
            panel.resize(1060, 430); // the review tab on a 1366x768 laptop with the findings panel
            panel.layout()->activate();
            panel.grab().save(look + u"/panel-laptop.png"_s);
            panel.resize(1400, 900);
        }
        QGraphicsItem *partB = edgeOfHop(panel.flowScene(), 2);
        QVERIFY(partB);
        QVERIFY(partB->toolTip().contains(u"PB-002"_s));
        QVERIFY(partB->toolTip().contains(u"lacks NTLM"_s));

        QSignalSpy activated(&panel, &ui::DiagramPanel::findingActivated);
        auto *view = panel.findChild<QGraphicsView *>(u"flowDiagramView"_s);
        QVERIFY(view);
        const render::DiagramEdge &edge = panel.flowScene()->layout().edges[4];
        QCOMPARE(edge.hopIndex, 2);
        view->ensureVisible(edge.labelRect);
        const QPoint at = view->mapFromScene(edge.labelRect.center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<wizard::Finding>(), pb002());
    }

    void chooser_keepsTheScenarioAcrossLiveUpdates()
    {
        ui::DiagramPanel panel;
        auto *chooser = panel.findChild<QComboBox *>(u"scenarioChooser"_s);
        QVERIFY(chooser);
        panel.setAnalysis(fixtures::contoso(), {}, fixtures::contosoFlows());
        QCOMPARE(chooser->count(), 3);
        QCOMPARE(panel.currentScenario(), u"Road warriors / External / EX2010MBX"_s); // the failing one
        QVERIFY(panel.selectScenario(u"Head office / Internal / EX2010MBX"_s));
        QCOMPARE(panel.flowScene()->layout().findNode(u"client")->title, u"Head office"_s);
        panel.setAnalysis(fixtures::contoso(true), {}, fixtures::contosoFlows());
        QCOMPARE(panel.currentScenario(), u"Head office / Internal / EX2010MBX"_s);
        panel.setAnalysis(fixtures::contoso(), {}, {});
        QCOMPARE(panel.currentScenario(), QString());
        QCOMPARE(itemsOf(panel.flowScene(), DiagramItemKind::Edge).size(), 0);
    }

    void matrixModel_showsVerdictsAndRules()
    {
        ui::ConnectionMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFlows(fixtures::contosoFlows());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), u"Road warriors / External"_s);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"EX2010MBX"_s);
        QCOMPARE(model.index(1, 1).data().toString(), u"Fail\nPA-004, PB-002"_s);
        QCOMPARE(model.index(1, 1).data(ui::ConnectionMatrixModel::VerdictTokenRole).toString(), u"fail"_s);
        QCOMPARE(model.index(1, 0).data(ui::ConnectionMatrixModel::FlowIndexRole).toInt(), -1);
        // A live edit that keeps the shape updates cells; one that changes it resets.
        QList<wizard::Flow> fixed = fixtures::contosoFlows();
        fixed[2] = fixtures::externalLegacyFlow(wizard::Verdict::Ok);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setFlows(fixed);
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.index(1, 1).data().toString().startsWith(u"Warning"_s));
        model.setFlows({fixtures::newMailboxFlow()});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 1);
        model.setFlows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void selectingAMatrixCell_showsItsDiagram()
    {
        ui::DiagramPanel panel;
        panel.setAnalysis(fixtures::contoso(), {}, fixtures::contosoFlows());
        auto *table = panel.findChild<QTableView *>(u"connectionMatrix"_s);
        QVERIFY(table);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_COMPARE(panel.currentScenario(), u"Head office / Internal / EX2013CAS"_s);
        QCOMPARE(panel.flowScene()->layout().findNode(u"newCas")->title, u"EX2013CAS"_s);
        QVERIFY(!panel.flowScene()->layout().findNode(u"legacyCas"));
        // The overview marks the same scenario's path.
        QCOMPARE(panel.overviewScene()->layout().findNode(u"server:EX2013CAS")->pathStep, 1);

        // The matrix is a tab beside the diagram: arrowing keeps it shown, Enter or a
        // click on a cell shows the diagram, which then has the panel's whole height.
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *tabs = panel.findChild<QTabWidget *>(u"diagramTabs"_s);
        tabs->setCurrentWidget(table);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 1));
        QCOMPARE(panel.currentScenario(), u"Head office / Internal / EX2010MBX"_s);
        QTest::keyClick(table, Qt::Key_Left);
        QCOMPARE(panel.currentScenario(), u"Head office / Internal / EX2013CAS"_s);
        QCOMPARE(tabs->currentWidget(), table);
        const QModelIndex fail = table->model()->index(1, 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(fail).center());
        QCOMPARE(tabs->currentWidget(), panel.flowView());
        QCOMPARE(panel.currentScenario(), u"Road warriors / External / EX2010MBX"_s);
        QVERIFY(panel.flowView()->height() > panel.height() / 2);
    }

    void zoom_wheelKeysFitAnd100_workshopGrowsTheText()
    {
        ui::DiagramPanel panel;
        panel.resize(1000, 700);
        panel.setAnalysis(fixtures::contoso(), {pb002()}, {fixtures::externalLegacyFlow()});
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ui::DiagramView *view = panel.flowView();
        const auto scale = [view] { return view->transform().m11(); };
        // It opens as large as shows the whole diagram, within 75%..100% (zoomOpensWhole...).
        QVERIFY(view->fitsReadably());
        view->resetZoom();
        QCOMPARE(scale(), 1.0);

        // Ctrl+wheel one notch up zooms in; without Ctrl the wheel scrolls.
        const QPoint at = view->viewport()->rect().center();
        QWheelEvent up(at, view->viewport()->mapToGlobal(at), {}, {0, 120}, Qt::NoButton, Qt::ControlModifier,
                       Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &up);
        QCOMPARE(scale(), 1.25);
        QWheelEvent plain(at, view->viewport()->mapToGlobal(at), {}, {0, 120}, Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &plain);
        QCOMPARE(scale(), 1.25);
        auto *label = panel.findChild<QLabel *>(u"zoomLabel"_s);
        QVERIFY(label);
        QCOMPARE(label->text(), u"125%"_s);

        // Ctrl+minus, Ctrl+1 (100%), Ctrl+0 (fit: the whole canvas in the window).
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(scale(), 1.0);
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(scale(), 0.8);
        QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(scale(), 1.0);
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(view->fitsWindow());
        const QRect shown = view->mapFromScene(view->sceneRect()).boundingRect();
        QVERIFY2(view->viewport()->rect().contains(shown),
                 qPrintable(u"%1x%2"_s.arg(shown.width()).arg(shown.height())));
        QVERIFY(shown.width() >= view->viewport()->width() - 12 || shown.height() >= view->viewport()->height() - 12);
        // Fit follows the window.
        const qreal fitted = scale();
        panel.resize(1300, 900);
        QTRY_VERIFY(scale() > fitted);

        // Workshop mode: 100% is one and a half times the normal size.
        QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
        panel.setTextScale(1.5);
        QCOMPARE(scale(), 1.5);
        QCOMPARE(label->text(), u"100%"_s);
    }

    // Issue 14: the diagram opens whole when it fits at a readable size (not at 100% with
    // scroll bars), never larger than 100%; in a small view at 75%, from its top left
    // (the scenario's title and Part A), until the user zooms.
    void zoom_opensWholeWhenReadable_elseReadableFromTopLeft_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("textScale");
        QTest::newRow("large") << QSize(2600, 1500) << 1.0;
        QTest::newRow("medium") << QSize(1300, 800) << 1.0;
        QTest::newRow("workshop strip") << QSize(950, 300) << 1.5;
    }
    void zoom_opensWholeWhenReadable_elseReadableFromTopLeft()
    {
        QFETCH(QSize, size);
        QFETCH(qreal, textScale);
        ui::DiagramPanel panel;
        panel.setTextScale(textScale);
        panel.resize(size);
        panel.setAnalysis(fixtures::contoso(), {pb002()}, {fixtures::externalLegacyFlow()});
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ui::DiagramView *view = panel.flowView();
        QVERIFY(view->fitsReadably());
        const qreal zoom = view->zoom();
        QVERIFY2(zoom >= ui::DiagramView::ReadableZoom && zoom <= 1.0, qPrintable(QString::number(zoom)));
        const QRectF canvas = view->sceneRect();
        const qreal whole = std::min((view->viewport()->width() - 8) / canvas.width(),
                                     (view->viewport()->height() - 8) / canvas.height())
            / textScale;
        QCOMPARE(zoom, std::clamp(whole, ui::DiagramView::ReadableZoom, 1.0));
        const QRect shown = view->mapFromScene(canvas).boundingRect();
        if (whole >= ui::DiagramView::ReadableZoom) {
            QVERIFY2(view->viewport()->rect().contains(shown), qPrintable(QString::number(zoom)));
        } else {
            // The top left corner is in view.
            QVERIFY2(view->viewport()->rect().contains(shown.topLeft()),
                     qPrintable(u"%1,%2"_s.arg(shown.left()).arg(shown.top())));
        }
        // The label says the zoom; a zoom of the user's ends it.
        QCOMPARE(panel.findChild<QLabel *>(u"zoomLabel"_s)->text(), u"%1%"_s.arg(qRound(zoom * 100)));
        view->zoomIn();
        QVERIFY(!view->fitsReadably());
        const qreal chosen = view->zoom();
        const int width = view->viewport()->width();
        panel.resize(size + QSize(300, 300));
        QTRY_VERIFY(view->viewport()->width() > width);
        QCOMPARE(view->zoom(), chosen);
    }

    void keyboard_walksTheHops_enterOpensTheField_namesSayVerdictAndWhy()
    {
        ui::DiagramPanel panel;
        panel.resize(1200, 800);
        panel.setAnalysis(fixtures::contoso(), {pb002()}, {fixtures::externalLegacyFlow()});
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ui::DiagramView *view = panel.flowView();
        ui::DiagramScene *scene = panel.flowScene();
        QCOMPARE(view->accessibleName(), u"Scenario diagram"_s);
        view->setFocus();
        QCOMPARE(scene->currentHop(), -1);
        QTest::keyClick(view, Qt::Key_Right);
        const QList<int> hops = scene->hops();
        QVERIFY(hops.size() >= 3);
        QCOMPARE(scene->currentHop(), hops.first());
        while (scene->currentHop() != 2)
            QTest::keyClick(view, Qt::Key_Tab);
        QVERIFY(view->hasFocus());
        QCOMPARE(
            view->accessibleName(),
            u"Part B: Exchange 2013 CAS to the legacy CAS \u2014 Fail. EX2010CAS lacks NTLM in its IIS authentication "
            u"methods."_s);
        QSignalSpy activated(&panel, &ui::DiagramPanel::findingActivated);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<wizard::Finding>(), pb002());
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(scene->currentHop(), hops.at(hops.indexOf(2) - 1));
        // A live update keeps the hop the keyboard is on.
        panel.setAnalysis(fixtures::contoso(), {}, {fixtures::externalLegacyFlow(wizard::Verdict::Ok)});
        QCOMPARE(scene->currentHop(), hops.at(hops.indexOf(2) - 1));
    }

    void presentation_fullScreen_nextPreviousOnArrowsAndPageKeys()
    {
        ui::DiagramPanel panel;
        panel.resize(900, 600);
        panel.setAnalysis(fixtures::contoso(), {}, fixtures::contosoFlows());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.selectScenario(u"Head office / Internal / EX2013CAS"_s));
        panel.presentAction()->trigger();
        ui::DiagramPresentation *show = panel.presentation();
        QVERIFY(show);
        QVERIFY(QTest::qWaitForWindowExposed(show));
        QVERIFY(show->isFullScreen());
        auto *title = show->findChild<QLabel *>(u"presentationTitle"_s);
        QCOMPARE(title->text(), u"Head office / Internal / EX2013CAS: OK"_s);
        // Type in proportion to the screen, not the main window's font.
        QTRY_COMPARE(title->font().pixelSize(), std::max(show->height(), 480) / 30);
        QCOMPARE(show->findChild<QLabel *>(u"presentationPosition"_s)->text(), u"Scenario 1 of 3"_s);
        // The whole scenario, as large as the screen allows.
        ui::DiagramView *view = show->view();
        QTRY_VERIFY(view->viewport()->rect().contains(view->mapFromScene(view->sceneRect()).boundingRect()));
        const QRect shown = view->mapFromScene(view->sceneRect()).boundingRect();
        QVERIFY(shown.width() >= view->viewport()->width() - 12 || shown.height() >= view->viewport()->height() - 12);

        QTest::keyClick(view, Qt::Key_PageDown);
        QCOMPARE(panel.currentScenario(), u"Head office / Internal / EX2010MBX"_s);
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(panel.currentScenario(), u"Road warriors / External / EX2010MBX"_s);
        QCOMPARE(title->text(), u"Road warriors / External / EX2010MBX: Fail"_s);
        // Full screen, Part B is drawn under Part A when that is larger on this screen.
        const auto partBBelow = [&panel] {
            const auto *scene = qobject_cast<ui::DiagramScene *>(panel.flowView()->scene());
            return scene && scene->layout().findNode(u"newCas:partB"_s) != nullptr;
        };
        QVERIFY(partBBelow());
        // The diagram alone is scaled to the screen; why each hop has its verdict is
        // written under it, every hop in brief in one line, or the keyboard's hop with
        // its reason.
        auto *scene = qobject_cast<ui::DiagramScene *>(view->scene());
        for (const render::TextBlock &t : scene->layout().texts)
            QVERIFY2(!t.lines.value(0).startsWith(u"Scenario:"_s), qPrintable(t.lines.value(0)));
        const QString all = show->explanationText();
        QVERIFY2(all.contains(u"<b>Part B \u2014 Fail (PB-"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Autodiscover \u2014 OK \u00b7 "_s), qPrintable(all));
        QVERIFY2(!all.contains(u"<br>"_s), qPrintable(all));
        QTest::keyClick(view, Qt::Key_Tab);
        QVERIFY(scene->currentHop() >= 0);
        const QString one = show->explanationText();
        QVERIFY2(one != all && one.startsWith(u"<b>"_s), qPrintable(one));
        scene->setCurrentHop(-1);
        QCOMPARE(show->explanationText(), all);
        QTest::keyClick(view, Qt::Key_Right); // stays on the last
        QCOMPARE(panel.currentScenario(), u"Road warriors / External / EX2010MBX"_s);
        QTest::keyClick(view, Qt::Key_PageUp);
        QCOMPARE(panel.currentScenario(), u"Head office / Internal / EX2010MBX"_s);
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(panel.currentScenario(), u"Head office / Internal / EX2013CAS"_s);
        QVERIFY(panel.selectScenario(u"Road warriors / External / EX2010MBX"_s));
        QVERIFY(partBBelow());
        QTest::keyClick(view, Qt::Key_Escape);
        QTRY_VERIFY(!panel.presentation());
        // The panel draws its own diagram again: with its heading and explanations.
        const auto headed = [scene] {
            return std::any_of(scene->layout().texts.cbegin(), scene->layout().texts.cend(),
                               [](const render::TextBlock &t) { return t.lines.value(0).startsWith(u"Scenario:"_s); });
        };
        QTRY_VERIFY(headed());
    }

    void panel_arrangesPartBForTheViewsShape()
    {
        // Part B beside Part A in a wide, short view; under it in a narrow, tall one, and
        // the diagram follows when the window changes shape.
        ui::DiagramPanel panel;
        panel.resize(1600, 420);
        panel.setAnalysis(fixtures::contoso(), {}, fixtures::contosoFlows());
        QVERIFY(panel.selectScenario(u"Road warriors / External / EX2010MBX"_s));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto partBBelow = [&panel] {
            const auto *scene = qobject_cast<ui::DiagramScene *>(panel.flowView()->scene());
            return scene && scene->layout().findNode(u"newCas:partB"_s) != nullptr;
        };
        QTRY_VERIFY(!partBBelow());
        panel.resize(620, 1000);
        QTRY_VERIFY(partBBelow());
        panel.resize(1600, 420);
        QTRY_VERIFY(!partBBelow());
    }

    void panel_putsPartBBelowRatherThanScrollSideways()
    {
        // 1920x1080 in workshop mode: the view is wide, yet one row at a readable zoom is
        // wider still and cut Part B off at the right. Part B under Part A then, and the
        // diagram's whole width in view (it scrolls down only).
        ui::DiagramPanel panel;
        panel.setTextScale(1.5);
        panel.resize(1480, 560);
        panel.setAnalysis(fixtures::contoso(), {}, fixtures::contosoFlows());
        QVERIFY(panel.selectScenario(u"Road warriors / External / EX2010MBX"_s));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ui::DiagramView *view = panel.flowView();
        const auto *scene = qobject_cast<ui::DiagramScene *>(view->scene());
        QTRY_VERIFY(scene->layout().findNode(u"newCas:partB"_s) != nullptr);
        QVERIFY(view->fitsReadably());
        const QRect shown = view->mapFromScene(view->sceneRect()).boundingRect();
        QVERIFY2(shown.width() <= view->viewport()->width(),
                 qPrintable(u"%1 > %2"_s.arg(shown.width()).arg(view->viewport()->width())));
        QVERIFY(view->zoom() >= ui::DiagramView::ReadableZoom);
    }

    void exports_writeTheShownDiagrams_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("svg") << u"x.svg"_s;
        QTest::addRow("png") << u"x.png"_s;
        QTest::addRow("pdf") << u"x.pdf"_s;
    }

    void exports_writeTheShownDiagrams()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        ui::DiagramPanel panel;
        panel.setAnalysis(fixtures::contoso(), {}, fixtures::contosoFlows());
        for (auto write :
             {&ui::DiagramPanel::exportDiagram, &ui::DiagramPanel::exportOverview, &ui::DiagramPanel::exportMatrix}) {
            const QString path = dir.filePath(file);
            QFile::remove(path);
            QCOMPARE((panel.*write)(path), std::nullopt);
            QVERIFY(QFileInfo(path).size() > 500);
        }
        QVERIFY((ui::DiagramPanel().exportDiagram(dir.filePath(file))).has_value());
    }
};

QTEST_MAIN(TestDiagramPanel)
#include "tst_diagrampanel.moc"
