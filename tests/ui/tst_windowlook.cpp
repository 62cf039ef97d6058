// What the wizard window looks like and how it is reached: the start page, accessible names, mnemonics, workshop mode,
// window size, the findings panel (offscreen).
#include "windowtesting.h"

#include <QSettings>

using namespace windowtest;

namespace {
// Receives the URLs QDesktopServices would open in the browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};
} // namespace

class TestWindowLook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startPage_namesSamplesByTitle_andSaysWhatAnEmptyRecentListIsFor()
    {
        ui::PlanSession session;
        ui::StartPage page(&session);
        auto *samples = page.findChild<QListWidget *>(u"startSamples"_s);
        QVERIFY(samples && samples->count() >= 3);
        QStringList titles;
        for (int i = 0; i < samples->count(); ++i)
            titles.append(samples->item(i)->text());
        QVERIFY2(titles.contains(u"Contoso: Exchange 2013 beside Exchange 2010 (before preparing coexistence)"_s),
                 qPrintable(titles.join(u" | "_s)));
        QVERIFY(samples->item(0)->toolTip().endsWith(u".coexplan"_s));
        auto *recent = page.findChild<QListWidget *>(u"startRecent"_s);
        page.setRecentFiles({});
        QCOMPARE(recent->count(), 1);
        QCOMPARE(recent->item(0)->flags(), Qt::NoItemFlags);
        QVERIFY(recent->item(0)->text().startsWith(u"No recent plans yet"_s));
        page.setRecentFiles({u"/plans/contoso.coexplan"_s});
        QCOMPARE(recent->count(), 1);
        QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), u"/plans/contoso.coexplan"_s);
        QVERIFY(recent->item(0)->flags() & Qt::ItemIsEnabled);
        // A file that is not a plan keeps its name.
        QCOMPARE(ui::StartPage::planTitleOf(u"/nonexistent/x-plan.coexplan"_s), u"x-plan"_s);
    }

    void everyControl_hasAnAccessibleName()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        QStringList unnamed;
        int controls = 0;
        for (int step = 0; step < w.pages().size(); ++step) {
            w.goToStep(step);
            for (QWidget *widget : w.findChildren<QWidget *>()) {
                if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || widget->focusProxy())
                    continue;
                if (widget->inherits("QAbstractScrollArea") && !widget->inherits("QAbstractItemView")
                    && !widget->inherits("QPlainTextEdit"))
                    continue; // a scroll container, not a control
                ++controls;
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
                if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed.append(u"%1 %2 (%3)"_s.arg(w.pages().at(step)->objectName(),
                                                       QString::fromLatin1(widget->metaObject()->className()),
                                                       widget->objectName()));
            }
        }
        unnamed.removeDuplicates();
        QVERIFY2(controls > 100, qPrintable(QString::number(controls)));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    void windowSize_isRestoredOnTheNextRun()
    {
        {
            ui::MainWindow first;
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.resize(1013, 707);
            QTRY_COMPARE(first.size(), QSize(1013, 707));
            QVERIFY(first.close()); // clean session: no prompt
        }
        ui::MainWindow second;
        QCOMPARE(second.size(), QSize(1013, 707));
    }

    void findingsPanel_saysWhyItIsEmpty()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *empty = child<QLabel>(w.findingsPanel(), u"findingsEmpty"_s);
        auto *view = child<QTreeView>(w.findingsPanel(), u"findingsView"_s);
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-after.coexplan"_s));
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(!view->isVisible());
        QVERIFY(empty->text().startsWith(u"No findings"_s));
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        QTRY_VERIFY(view->isVisible());
        QVERIFY(!empty->isVisible());
        child<QLineEdit>(w.findingsPanel()->parentWidget(), u"findingsSearch"_s)->setText(u"no such text anywhere"_s);
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->text(), u"No finding matches the filter."_s);
        child<QLineEdit>(w.findingsPanel()->parentWidget(), u"findingsSearch"_s)->clear();
        QTRY_VERIFY(view->isVisible());
    }

    // Issue 14: the finding's Microsoft source in the GUI: in its tooltip, and its rule id
    // a link that opens it (through QDesktopServices, caught here) without leaving the
    // page; clicking elsewhere on the row still goes to the field.

    void findingsPanel_ruleIdOpensTheSource()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        auto *view = child<QTreeView>(w.findingsPanel(), u"findingsView"_s);
        QTRY_VERIFY(view->model()->rowCount() > 0);
        int row = -1;
        for (int r = 0; r < view->model()->rowCount() && row < 0; ++r) {
            if (!view->model()
                     ->index(r, ui::FindingsModel::RuleColumn)
                     .data(ui::FindingsModel::SourceRole)
                     .toString()
                     .isEmpty())
                row = r;
        }
        QVERIFY(row >= 0);
        const QModelIndex rule = view->model()->index(row, ui::FindingsModel::RuleColumn);
        const QString source = rule.data(ui::FindingsModel::SourceRole).toString();
        QVERIFY2(source.startsWith(u"https://"_s), qPrintable(source));
        QVERIFY(rule.data(Qt::ToolTipRole).toString().contains(source.toHtmlEscaped()));
        QVERIFY(rule.data(Qt::FontRole).value<QFont>().underline());
        // The link grows with the rest of the panel in workshop mode.
        const qreal normal = rule.data(Qt::FontRole).value<QFont>().pointSizeF();
        w.setWorkshopMode(true);
        QCOMPARE(rule.data(Qt::FontRole).value<QFont>().pointSizeF(), view->font().pointSizeF());
        QVERIFY(view->font().pointSizeF() > normal);
        w.setWorkshopMode(false);
        QCOMPARE(rule.data(Qt::FontRole).value<QFont>().pointSizeF(), normal);
        // Workshop mode on a short screen folded the list: it is back, laid out again.
        QTRY_VERIFY(view->isVisible() && view->viewport()->height() >= view->sizeHintForRow(0));

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
        const QString before = currentPage(w);
        view->scrollTo(rule);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(rule).center());
        QCOMPARE(catcher.opened, QList<QUrl>{QUrl(source)});
        QCOMPARE(currentPage(w), before);
        // The message cell goes to the field, and opens nothing.
        const QModelIndex message = rule.siblingAtColumn(ui::FindingsModel::MessageColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(message).center());
        QCOMPARE(catcher.opened.size(), 1);
        QTRY_VERIFY(currentPage(w) != before);
        QDesktopServices::unsetUrlHandler(u"https"_s);
    }

    // Issue 14: no two controls a user can reach with Alt+letter at the same time share
    // the letter: on every step (and every tab of a step), the step's controls, the
    // window's own (Back, Next, the findings panel) and the menu bar's titles.

    void mnemonics_neverClashOnAnyStep()
    {
        ui::MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        const auto mnemonicOf = [](const QString &text) -> QChar {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) == u'&') {
                    if (text.at(i + 1) == u'&') {
                        ++i;
                        continue;
                    }
                    return text.at(i + 1).toLower();
                }
            }
            return {};
        };
        const auto check = [&](const QString &where) {
            QHash<QChar, QString> owner;
            QStringList clashes;
            const auto add = [&](const QString &text, const QString &what) {
                const QChar m = mnemonicOf(text);
                if (m.isNull())
                    return;
                if (owner.contains(m))
                    clashes << u"Alt+%1: %2 and %3"_s.arg(m, owner.value(m), what);
                else
                    owner.insert(m, what);
            };
            for (QAction *menu : w.menuBar()->actions())
                add(menu->text(), u"menu "_s + menu->text());
            for (QWidget *widget : w.findChildren<QWidget *>()) {
                if (!widget->isVisibleTo(&w) || !widget->isEnabled())
                    continue;
                if (auto *button = qobject_cast<QAbstractButton *>(widget))
                    add(button->text(), u"button "_s + button->text());
                else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                    add(label->text(), u"label "_s + label->text());
                else if (auto *box = qobject_cast<QGroupBox *>(widget); box && box->isCheckable())
                    add(box->title(), u"group "_s + box->title());
                else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
                    for (int t = 0; t < tabs->count(); ++t)
                        add(tabs->tabText(t), u"tab "_s + tabs->tabText(t));
                }
            }
            QVERIFY2(clashes.isEmpty(), qPrintable(where + u": "_s + clashes.join(u"; "_s)));
        };
        for (int step = 0; step < w.pages().size(); ++step) {
            w.goToStep(step);
            QApplication::processEvents();
            const QList<QTabWidget *> tabWidgets = w.pages().at(step)->findChildren<QTabWidget *>();
            if (tabWidgets.isEmpty()) {
                check(w.pages().at(step)->title());
                continue;
            }
            for (QTabWidget *tabs : tabWidgets) {
                for (int t = 0; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    QApplication::processEvents();
                    check(w.pages().at(step)->title() + u" / "_s + tabs->tabText(t));
                }
            }
        }
    }

    // Issue 14: the findings panel shows enough rows to work from, five, in normal and in
    // workshop type, unless that would take more than a third of the screen.
    void findingsPanel_showsFiveRows()
    {
        ui::MainWindow w;
        w.resize(1300, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        auto *view = child<QTreeView>(w.findingsPanel(), u"findingsView"_s);
        QTRY_VERIFY(view->isVisible());
        const int third = w.screen()->availableGeometry().height() / 3;
        const auto rowsShown = [view] { return view->viewport()->height() / view->sizeHintForRow(0); };
        const auto dock = [&w] { return w.findingsPanel()->parentWidget(); };
        QTRY_VERIFY2(rowsShown() >= 5 || dock()->height() >= third - 4,
                     qPrintable(u"%1 rows, dock %2 px, a third of the screen %3 px"_s.arg(rowsShown())
                                    .arg(dock()->height())
                                    .arg(third)));
        w.findChild<QAction *>(u"actionWorkshopMode"_s)->trigger();
        // On a short screen workshop mode folds the list (see findingsList_folds…); shown
        // again, it has its rows.
        auto *list = w.findChild<QAction *>(u"actionFindingsList"_s);
        if (!list->isChecked())
            list->trigger();
        QTRY_VERIFY2(rowsShown() >= 5 || dock()->height() >= third - 4,
                     qPrintable(u"workshop: %1 rows, dock %2 px, a third of the screen %3 px"_s.arg(rowsShown())
                                    .arg(dock()->height())
                                    .arg(third)));
        QVERIFY(dock()->height() <= third + 4);
        w.findChild<QAction *>(u"actionWorkshopMode"_s)->trigger();
    }

    // A plan with fewer findings gets a shorter panel (the step above, the Review's
    // diagram, keeps the room), with every finding in view; the next plan fits it again.
    void findingsPanel_fitsAFewFindings_andGrowsForMore()
    {
        ui::MainWindow w;
        w.resize(1300, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *view = child<QTreeView>(w.findingsPanel(), u"findingsView"_s);
        const auto rowsShown = [view] { return view->viewport()->height() / view->sizeHintForRow(0); };
        const auto dock = [&w] { return w.findingsPanel()->parentWidget(); };
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        QTRY_VERIFY(rowsShown() >= 5);
        const int five = dock()->height();
        QVERIFY(w.fileActions()->openFile(u":/samples/fabrikam-mixed-2007-2010.coexplan"_s));
        QCOMPARE(view->model()->rowCount(), 2);
        QTRY_VERIFY2(dock()->height() < five - view->sizeHintForRow(0) * 2,
                     qPrintable(u"dock %1 px, with five rows %2"_s.arg(dock()->height()).arg(five)));
        QTRY_VERIFY(rowsShown() >= 2);
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        QTRY_COMPARE(dock()->height(), five);
    }

    // View > Findings list (Ctrl+J, or the arrow in the panel's title bar) folds the list
    // away: the panel is its title bar alone, the counts stay in view, and the page above
    // gets the room. Workshop mode on a short screen (1366x768) folds it, and leaving
    // workshop mode brings back the list as it was.
    void findingsList_folds_andWorkshopModeOnAShortScreenFoldsIt()
    {
        ui::MainWindow w;
        w.resize(1300, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        auto *dock = qobject_cast<QDockWidget *>(w.findingsPanel()->parentWidget());
        auto *view = child<QTreeView>(w.findingsPanel(), u"findingsView"_s);
        auto *summary = child<QLabel>(dock, u"findingsSummary"_s);
        auto *fold = child<QToolButton>(dock->titleBarWidget(), u"findingsFoldButton"_s);
        auto *list = w.findChild<QAction *>(u"actionFindingsList"_s);
        QVERIFY(list);
        QCOMPARE(list->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_J));
        QTRY_VERIFY(view->isVisible());
        QVERIFY(list->isChecked());
        const QWidget *page = w.findChild<QStackedWidget *>(u"pages"_s);
        const int pageHeight = page->height();
        const int title = dock->titleBarWidget()->height();
        const QString showTip = fold->toolTip();

        fold->click();
        QVERIFY(!list->isChecked());
        QTRY_VERIFY(!view->isVisible());
        QTRY_VERIFY2(dock->height() <= title + w.findingsPanel()->foldedHeight() + 2,
                     qPrintable(u"dock %1 px, title %2 px"_s.arg(dock->height()).arg(title)));
        QVERIFY(summary->isVisible());
        QVERIFY(summary->text().contains(u"Errors:"_s));
        QTRY_VERIFY2(page->height() > pageHeight + 2 * view->sizeHintForRow(0),
                     qPrintable(u"page %1 px, was %2"_s.arg(page->height()).arg(pageHeight)));
        QVERIFY(fold->toolTip() != showTip);
        // New findings while folded: the counts follow, the list stays folded.
        QVERIFY(w.fileActions()->openFile(u":/samples/fabrikam-mixed-2007-2010.coexplan"_s));
        QTRY_VERIFY(summary->text().contains(u"Warnings: 1"_s));
        QVERIFY(!view->isVisible());

        list->trigger();
        QTRY_VERIFY(view->isVisible());
        QTRY_VERIFY(view->viewport()->height() >= 2 * view->sizeHintForRow(0));
        QCOMPARE(fold->toolTip(), showTip);

        // Workshop mode folds it where the screen is short, and gives it back on leaving.
        const bool shortScreen = w.screen()->availableGeometry().height() < 900;
        w.findChild<QAction *>(u"actionWorkshopMode"_s)->trigger();
        QCOMPARE(list->isChecked(), !shortScreen);
        QTRY_COMPARE(view->isVisible(), !shortScreen);
        w.findChild<QAction *>(u"actionWorkshopMode"_s)->trigger();
        QVERIFY(list->isChecked());
        QTRY_VERIFY(view->isVisible());

        // On a closed panel the key opens it, with its list, whether it was closed with the
        // list shown or folded.
        for (const bool folded : {false, true}) {
            if (folded)
                list->trigger();
            QCOMPARE(list->isChecked(), !folded);
            dock->close();
            QTRY_VERIFY(!dock->isVisible());
            list->trigger();
            QTRY_VERIFY2(dock->isVisible(), folded ? "closed folded" : "closed with the list");
            QVERIFY(list->isChecked());
            QTRY_VERIFY(view->isVisible());
        }

        // The next window starts as the last one closed: folded.
        list->trigger();
        QVERIFY(w.close());
        ui::MainWindow next;
        auto *nextList = next.findChild<QAction *>(u"actionFindingsList"_s);
        QVERIFY(!nextList->isChecked());
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        QTRY_VERIFY(next.findingsPanel()->parentWidget()->isVisible());
        QVERIFY(!child<QTreeView>(next.findingsPanel(), u"findingsView"_s)->isVisible());
        nextList->trigger();
        QVERIFY(next.close());
        // The other tests start from no saved window.
        QSettings settings;
        for (const QString &key : {u"window/geometry"_s, u"window/state"_s, u"window/findingsList"_s})
            settings.remove(key);
    }

    // The dock's title bar holds the panel's filter row (one row of height instead of
    // two) and its own float and close buttons, which work as the dock's did.
    void findingsDock_titleBarHoldsTheFilters_floatAndCloseWork()
    {
        ui::MainWindow w;
        w.resize(1300, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *dock = qobject_cast<QDockWidget *>(w.findingsPanel()->parentWidget());
        QVERIFY(dock);
        QWidget *title = dock->titleBarWidget();
        QVERIFY(title);
        auto *search = child<QLineEdit>(dock, u"findingsSearch"_s);
        QVERIFY(title->isAncestorOf(search));
        QVERIFY(title->isAncestorOf(child<QLabel>(dock, u"findingsSummary"_s)));
        // The list starts at the top of the panel.
        auto *view = child<QTreeView>(w.findingsPanel(), u"findingsView"_s);
        QVERIFY2(view->geometry().top() <= 8, qPrintable(QString::number(view->geometry().top())));
        auto *floatButton = child<QToolButton>(title, u"findingsFloatButton"_s);
        floatButton->click();
        QTRY_VERIFY(dock->isFloating());
        floatButton->click();
        QTRY_VERIFY(!dock->isFloating());
        child<QToolButton>(title, u"findingsCloseButton"_s)->click();
        QTRY_VERIFY(!dock->isVisible());
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(!dock->isFloating());
    }

    void workshopMode_enlargesType()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qreal normal = w.font().pointSizeF();
        // Check boxes, icons and scroll bars, and the tables' headers, grow with the type.
        const auto metric = [](QStyle::PixelMetric m) { return QApplication::style()->pixelMetric(m); };
        const int indicator = metric(QStyle::PM_IndicatorWidth);
        const int icon = metric(QStyle::PM_SmallIconSize);
        const int scrollBar = metric(QStyle::PM_ScrollBarExtent);
        const QList<QHeaderView *> headers = w.findChildren<QHeaderView *>();
        QVERIFY(!headers.isEmpty());
        QList<qreal> headerSizes;
        for (const QHeaderView *h : headers)
            headerSizes.append(h->font().pointSizeF());
        const QList<QLabel *> markers
            = w.findChildren<QLabel *>(QRegularExpression(u"^markerIcon:"_s), Qt::FindChildrenRecursively);
        QVERIFY(!markers.isEmpty());
        QLabel *marker = markers.first();
        // The findings panel's float and close buttons (in its title bar) grow too.
        auto *closeButton = w.findChild<QToolButton *>(u"findingsCloseButton"_s);
        QVERIFY(closeButton);
        const auto closeIcon = [closeButton] { return closeButton->iconSize().width(); };
        const int closeSize = closeIcon();
        w.findChild<QAction *>(u"actionWorkshopMode"_s)->trigger();
        QVERIFY(w.isWorkshopMode());
        QVERIFY(w.font().pointSizeF() > normal * 1.4);
        QVERIFY(metric(QStyle::PM_IndicatorWidth) >= indicator * 1.4);
        QVERIFY(metric(QStyle::PM_SmallIconSize) >= icon * 1.4);
        QVERIFY(metric(QStyle::PM_ScrollBarExtent) >= scrollBar * 1.4);
        for (qsizetype i = 0; i < headers.size(); ++i)
            QVERIFY(headers[i]->font().pointSizeF() > headerSizes[i] * 1.4);
        QCOMPARE(marker->width(), metric(QStyle::PM_SmallIconSize));
        QVERIFY2(closeIcon() >= closeSize * 1.4, qPrintable(u"%1 px, was %2"_s.arg(closeIcon()).arg(closeSize)));
        w.findChild<QAction *>(u"actionWorkshopMode"_s)->trigger();
        QCOMPARE(w.font().pointSizeF(), normal);
        QCOMPARE(metric(QStyle::PM_IndicatorWidth), indicator);
        QCOMPARE(metric(QStyle::PM_SmallIconSize), icon);
        for (qsizetype i = 0; i < headers.size(); ++i)
            QCOMPARE(headers[i]->font().pointSizeF(), headerSizes[i]);
    }
};

QTEST_MAIN(TestWindowLook)
#include "tst_windowlook.moc"
