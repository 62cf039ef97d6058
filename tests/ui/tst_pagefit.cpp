// Tables fitted to what they hold: a list in a scrolling page as tall as its rows (up to
// the page), and a column that widens when a value outgrows it (issue 14).
#include "windowtesting.h"

#include <QScrollArea>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace {
using windowtest::settle;

// Opens `sample` in `w` at 1366x768 and goes to the step that shows the table named
// `tableName`; nullptr when no step has it.
QTableView *showStepWithTable(ui::MainWindow &w, const QString &sample, const QString &tableName)
{
    if (!w.fileActions()->openFile(sample))
        return nullptr;
    w.show();
    w.setGeometry(QRect(0, 0, 1366, 768));
    if (!QTest::qWaitForWindowExposed(&w))
        return nullptr;
    for (int step = 0; step < w.pages().size(); ++step) {
        w.goToStep(step);
        settle();
        if (auto *table = w.pages().at(step)->findChild<QTableView *>(tableName))
            return table;
    }
    return nullptr;
}

// The scrolling page a widget sits in.
QScrollArea *pageOf(const QWidget *widget)
{
    for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(p))
            return scroll;
    }
    return nullptr;
}

} // namespace

class TestPageFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listInAScrollingPage_isAsTallAsItsRows_upToThePage()
    {
        ui::MainWindow w;
        QTableView *table
            = showStepWithTable(w, u":/samples/fabrikam-mixed-2007-2010.coexplan"_s, u"servicePrincipalNamesTable"_s);
        QVERIFY(table && table->isVisible());
        const QScrollArea *page = pageOf(table);
        QVERIFY(page);
        const auto setRows = [&](int count) {
            w.session()->edit(u"SPNs"_s, [count](wizard::Plan &plan) {
                QList<wizard::ServicePrincipalName> spns;
                for (int i = 0; i < count; ++i)
                    spns.append({u"http/mail%1.fabrikam.com"_s.arg(i), u"FABRIKAM\\EXASA"_s});
                plan.topology.organization.servicePrincipalNames = spns;
            });
            settle();
        };
        // A dozen rows: all of them shown, the page scrolls instead of the list.
        setRows(12);
        QCOMPARE(table->model()->rowCount(), 12);
        QCOMPARE(table->verticalScrollBar()->maximum(), 0);
        QVERIFY(table->height() > 12 * table->rowHeight(0));
        const int twelve = table->height();
        // Fewer rows: the list shrinks with them (room for three kept).
        setRows(1);
        QCOMPARE(table->verticalScrollBar()->maximum(), 0);
        QVERIFY2(table->height() < twelve / 2, qPrintable(u"%1 of %2"_s.arg(table->height()).arg(twelve)));
        // More than the page shows: as tall as the page's view, its rows scroll in it.
        setRows(200);
        QVERIFY(table->verticalScrollBar()->maximum() > 0);
        QCOMPARE(table->height(), page->viewport()->height());
        // Workshop type: taller rows, the list follows.
        setRows(12);
        const int normal = table->height();
        w.setWorkshopMode(true);
        settle();
        QCOMPARE(table->verticalScrollBar()->maximum(), 0);
        QVERIFY(table->height() > normal);
    }

    void cutoverWaves_asTallAsTheirRows_upToThePage()
    {
        ui::MainWindow w;
        QTableView *table = showStepWithTable(w, u":/samples/fabrikam-mixed-2007-2010.coexplan"_s, u"wavesTable"_s);
        QVERIFY(table && table->isVisible());
        const QScrollArea *page = pageOf(table);
        QVERIFY(page);
        const auto setWaves = [&](int count) {
            w.session()->edit(u"Waves"_s, [count](wizard::Plan &plan) {
                plan.topology.cutover.waves.clear();
                for (int i = 0; i < count; ++i)
                    plan.topology.cutover.waves.append(
                        {u"Wave %1"_s.arg(i + 1), QDate(2027, 1, 4).addDays(7 * i), {}, {u"LON-EX07-MBX"_s}, {}});
            });
            settle();
        };
        // Ten waves (more than the eight it once stopped at) fit the page's view: all shown.
        setWaves(10);
        QCOMPARE(table->model()->rowCount(), 10);
        QVERIFY2(table->verticalScrollBar()->maximum() == 0,
                 qPrintable(u"%1 px high, the page shows %2"_s.arg(table->height()).arg(page->viewport()->height())));
        // More than the page shows: the table is as tall as the page's view.
        setWaves(40);
        QVERIFY(table->verticalScrollBar()->maximum() > 0);
        QCOMPARE(table->height(), page->viewport()->height());
    }

    void tableColumn_widensWhenAValueOutgrowsIt()
    {
        ui::MainWindow w;
        QTableView *table = showStepWithTable(w, u":/samples/contoso-before.coexplan"_s, u"newServersTable"_s);
        QVERIFY(table && table->isVisible());
        QAbstractItemModel *model = table->model();
        int fqdn = -1;
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->headerData(column, Qt::Horizontal).toString() == u"FQDN"_s)
                fqdn = column;
        }
        QVERIFY(fqdn >= 0);
        const QModelIndex index = model->index(0, fqdn);
        table->setCurrentIndex(index);
        const QString longer = u"client-access-server-in-the-second-datacenter.contoso.local"_s;
        QVERIFY(table->sizeHintForIndex(index).width() < table->columnWidth(fqdn) + 2);
        QVERIFY(model->setData(index, longer, Qt::EditRole));
        settle();
        QCOMPARE(model->index(0, fqdn).data().toString(), longer);
        const int needed = table->sizeHintForIndex(model->index(0, fqdn)).width() + (table->showGrid() ? 1 : 0);
        QVERIFY2(table->columnWidth(fqdn) >= needed,
                 qPrintable(u"needs %1 px, has %2"_s.arg(needed).arg(table->columnWidth(fqdn))));
    }
};

QTEST_MAIN(TestPageFit)
#include "tst_pagefit.moc"
