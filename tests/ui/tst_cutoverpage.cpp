// The Cutover step (issue 16): a wave moved with the keyboard onto a date while errors
// still block it shows the CUT-001 finding; undo takes it back.
#include "pages/cutoverpage.h"
#include "session/plansession.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QtCharts/QChartView>

using namespace Qt::StringLiterals;

namespace {
int cutFindings(const ui::PlanSession &session, const QString &field)
{
    int n = 0;
    for (const wizard::Finding &f : session.findings())
        n += f.ruleId == u"CUT-001"_s && f.fields.contains(field) ? 1 : 0;
    return n;
}
} // namespace

class TestCutoverPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void movingABlockedWaveOntoADate_showsCut001()
    {
        ui::PlanSession session;
        QVERIFY(
            !session.open(QStringLiteral(COEXPLAN_TEST_DATA) + u"/checks/cutover-blocked-milestone/plan.coexplan"_s));
        // Wave 2 (EX2010BR: PB-001, PB-006) starts without a date: no CUT-001 for it.
        session.edit(u"undate"_s, [](wizard::Plan &p) { p.topology.cutover.waves[1].date = {}; });
        ui::CutoverPage page(&session);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString field = u"cutover.waves.Wave 2 branch"_s;
        QCOMPARE(cutFindings(session, field), 0);
        auto *label = page.findChild<QLabel *>(u"cutFindings"_s);
        QVERIFY(label);
        QVERIFY(!label->text().contains(u"CUT-001: Wave 2 branch"_s));

        auto *table = page.findChild<QTableWidget *>(u"wavesTable"_s);
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 6)->text(), u"Blocked by PB-001, PB-006"_s);
        table->setFocus();
        table->setCurrentCell(1, 0);
        QTest::keyClick(table, Qt::Key_BracketRight, Qt::ControlModifier); // a week later
        QTRY_COMPARE(cutFindings(session, field), 1);
        QCOMPARE(session.topology().cutover.waves[1].date, QDate::currentDate().addDays(7));
        QTRY_VERIFY(label->text().contains(u"CUT-001: Wave 2 branch is planned for"_s));
        QCOMPARE(table->item(1, 1)->text(), QDate::currentDate().addDays(7).toString(Qt::ISODate));

        // The button moves it again; undo brings back both steps.
        auto *later = page.findChild<QPushButton *>(u"waveLater"_s);
        QTest::mouseClick(later, Qt::LeftButton);
        QCOMPARE(session.topology().cutover.waves[1].date, QDate::currentDate().addDays(14));
        session.undoStack()->undo();
        session.undoStack()->undo();
        QTRY_COMPARE(cutFindings(session, field), 0);
    }

    void milestoneDatePicker_editsThePlan()
    {
        ui::PlanSession session;
        QVERIFY(!session.open(QStringLiteral(COEXPLAN_TEST_DATA) + u"/checks/cutover-clean/plan.coexplan"_s));
        ui::CutoverPage page(&session);
        auto *planned = page.findChild<QCheckBox *>(u"planned_publicFolders"_s);
        auto *date = page.findChild<QDateEdit *>(u"date_publicFolders"_s);
        QVERIFY(planned && date);
        QVERIFY(!planned->isChecked());
        planned->setChecked(true);
        date->setDate(QDate(2026, 5, 4));
        QCOMPARE(session.topology().cutover.dateOf(wizard::MilestoneKind::PublicFolders), QDate(2026, 5, 4));
        // The charts follow the plan: three views with a chart each.
        const QList<QChartView *> views = page.findChildren<QChartView *>();
        QCOMPARE(views.size(), 3);
        for (QChartView *v : views)
            QVERIFY(v->chart() && !v->chart()->series().isEmpty());
    }
};

QTEST_MAIN(TestCutoverPage)
#include "tst_cutoverpage.moc"
