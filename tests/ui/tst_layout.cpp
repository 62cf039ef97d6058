// Issue 14, "nothing clipped": every step (and every tab of a step), at 1366x768 and
// 1920x1080, in normal and workshop mode, measured from the widgets, not by eye:
// - no label, button, check box, group box title, combo box or table header whose text
//   needs more room than it has (Qt cuts or elides it);
// - no label or button with smaller type than the window's (workshop mode enlarges it);
// - no table or list too short to show one of its rows;
// - no scroll area inside another (the page scrolls as one);
// - no widget outside its visible parent (cut off by it), except the content of a scroll
//   area, which the user reaches by scrolling.
// The findings panel's message column and diagram text are not widgets' text in this
// sense (the message column elides by design, with the whole text in its tooltip).
#include "mainwindow/mainwindow.h"
#include "mainwindow/planfileactions.h"
#include "pages/wizardpage.h"
#include "session/plansession.h"
#include "windowtesting.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
QString plain(QString text)
{
    // "&Next >" shows as "Next >"; "&&" as "&".
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u"\x01"_s, u"&"_s);
    return text;
}

QString nameOf(const QWidget *w)
{
    QString name = w->objectName();
    if (name.isEmpty())
        name = w->accessibleName();
    if (const auto *label = qobject_cast<const QLabel *>(w); label && name.isEmpty())
        name = label->text().left(40);
    if (const auto *button = qobject_cast<const QAbstractButton *>(w); button && name.isEmpty())
        name = button->text();
    return u"%1 \"%2\""_s.arg(QString::fromLatin1(w->metaObject()->className()), name);
}

// Inside a scroll area's viewport: may extend past it (the user scrolls).
bool isScrollContent(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (!parent)
        return false;
    const auto *area = qobject_cast<const QAbstractScrollArea *>(parent->parentWidget());
    return area && area->viewport() == parent;
}

// Inside an item view's viewport (an open editor, an index widget): the view scrolls it.
// The view's own header is not: it is measured like any other widget.
bool isInsideItemView(const QWidget *w)
{
    for (const QWidget *child = w, *p = w->parentWidget(); p; child = p, p = p->parentWidget()) {
        if (const auto *view = qobject_cast<const QAbstractItemView *>(p); view && child == view->viewport())
            return true;
    }
    return false;
}

int textWidth(const QWidget *w, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = qMax(widest, w->fontMetrics().horizontalAdvance(line));
    return widest;
}

using windowtest::settle;

QStringList problemsOf(QWidget *root)
{
    QStringList problems;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->isWindow() || isInsideItemView(w))
            continue;
        const QWidget *parent = w->parentWidget();
        if (parent && !isScrollContent(w) && !parent->rect().contains(w->geometry())) {
            problems << u"%1 lies outside %2 (%3,%4 %5x%6 in %7x%8)"_s.arg(nameOf(w), nameOf(parent))
                            .arg(w->x())
                            .arg(w->y())
                            .arg(w->width())
                            .arg(w->height())
                            .arg(parent->width())
                            .arg(parent->height());
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model() && view->model()->rowCount() > 0) {
            // A table squeezed to its header (in a scrolling page) shows none of its rows.
            const int row = view->sizeHintForRow(0);
            if (view->viewport()->height() < row)
                problems << u"%1 shows no row: %2 px for rows of %3"_s.arg(nameOf(w))
                                .arg(view->viewport()->height())
                                .arg(row);
        }
        if (auto *list = qobject_cast<QListView *>(w);
            list && list->model() && list->viewMode() == QListView::ListMode) {
            // A list's item (a sample's title, a file name) is shown whole: wrapped, not cut
            // or behind a sideways scroll bar.
            if (list->horizontalScrollBar()->maximum() > 0)
                problems << u"%1 scrolls sideways (%2 px)"_s.arg(nameOf(w)).arg(list->horizontalScrollBar()->maximum());
            for (int row = 0; row < list->model()->rowCount(); ++row) {
                const QModelIndex index = list->model()->index(row, list->modelColumn());
                const QRect rect = list->visualRect(index);
                const QString text = index.data().toString();
                const int needed = textWidth(list, text) + 6;
                const int lines = std::max(1, (rect.height() + 1) / std::max(1, list->fontMetrics().lineSpacing()));
                if (rect.right() > list->viewport()->width() + 1 || needed > lines * rect.width())
                    problems << u"%1 item \"%2\" needs %3 px, has %4 lines of %5"_s.arg(nameOf(w), text)
                                    .arg(needed)
                                    .arg(lines)
                                    .arg(rect.width());
            }
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            // A hint over an empty table (what belongs in it) is read whole.
            for (const QLabel *hint : view->viewport()->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
                if (!hint->isVisible() || !hint->wordWrap())
                    continue;
                const int needed = hint->heightForWidth(hint->width());
                if (needed > hint->height() + 1 || !view->viewport()->rect().contains(hint->geometry()))
                    problems << u"%1 needs %2 px of height, has %3 in %4"_s.arg(nameOf(hint))
                                    .arg(needed)
                                    .arg(hint->height())
                                    .arg(nameOf(w));
            }
        }
        if (auto *table = qobject_cast<QTableView *>(w); table && table->model()) {
            // A cell's text is read whole: a wrapped cell has room for its longest word (a
            // host name), an unwrapped one for all of it (a server's settings table
            // scrolls sideways instead). The cell's margins and icon come from its own size
            // hint, less its text.
            const QAbstractItemModel *model = table->model();
            int reported = 0;
            for (int row = 0; row < std::min(model->rowCount(), 60) && reported < 3; ++row) {
                for (int column = 0; column < model->columnCount() && reported < 3; ++column) {
                    if (table->isColumnHidden(column))
                        continue;
                    const QModelIndex index = model->index(row, column);
                    const QString text = index.data(Qt::DisplayRole).toString();
                    if (text.isEmpty())
                        continue;
                    // Fractional widths, rounded up: the style elides a line that is a
                    // fraction of a pixel too wide.
                    const QFontMetricsF metrics(table->font());
                    const auto widthOf
                        = [&metrics](const QString &t) { return int(std::ceil(metrics.horizontalAdvance(t))); };
                    int content = 0;
                    for (const QString &line : text.split(u'\n'))
                        content = std::max(content, widthOf(line));
                    const int overhead = table->sizeHintForIndex(index).width() - content;
                    if (table->wordWrap()) {
                        content = 0;
                        for (const QString &word : text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts))
                            content = std::max(content, widthOf(word));
                    }
                    // The grid line takes a pixel of the column's width.
                    const int needed = overhead + content + (table->showGrid() ? 1 : 0);
                    if (needed > table->columnWidth(column)) {
                        problems << u"%1 cell \"%2\" (row %3, \"%4\") needs %5 px, has %6"_s
                                        .arg(nameOf(w), text.left(60))
                                        .arg(row)
                                        .arg(model->headerData(column, Qt::Horizontal).toString())
                                        .arg(needed)
                                        .arg(table->columnWidth(column));
                        ++reported;
                    }
                }
            }
        }
        if (auto *tree = qobject_cast<QTreeView *>(w); tree && tree->model() && tree->isVisible()) {
            // A tree's first column (the Review step's scenarios) names each row whole:
            // cut in the middle, two scenarios of one group read the same.
            const QAbstractItemModel *model = tree->model();
            // Its last column stretches to the edge: a tree that still scrolls sideways
            // was fitted without room for its vertical scroll bar, and loses a row.
            if (tree->header()->stretchLastSection() && tree->horizontalScrollBar()->maximum() > 0)
                problems << u"%1 scrolls sideways (%2 px)"_s.arg(nameOf(w)).arg(tree->horizontalScrollBar()->maximum());
            int reported = 0;
            for (int row = 0; row < std::min(model->rowCount(), 60) && reported < 3; ++row) {
                const QModelIndex index = model->index(row, 0);
                const QRect cell = tree->visualRect(index);
                if (cell.isEmpty())
                    continue;
                const int needed = tree->sizeHintForIndex(index).width();
                if (needed > cell.width() + 1) {
                    problems << u"%1 row \"%2\" needs %3 px, has %4"_s.arg(nameOf(w), index.data().toString())
                                    .arg(needed)
                                    .arg(cell.width());
                    ++reported;
                }
                // The columns between the first and the stretched last (a hop's verdict,
                // host name, method) are read whole on every row shown, opened ones too.
                QModelIndexList rows{index};
                if (tree->isExpanded(index)) {
                    for (int child = 0; child < model->rowCount(index); ++child)
                        rows.append(model->index(child, 0, index));
                }
                for (const QModelIndex &rowIndex : std::as_const(rows)) {
                    for (int column = 1; column + 1 < model->columnCount() && reported < 3; ++column) {
                        const QModelIndex item = rowIndex.siblingAtColumn(column);
                        const QRect rect = tree->visualRect(item);
                        if (rect.isEmpty() || item.data().toString().isEmpty())
                            continue;
                        const int wants = tree->sizeHintForIndex(item).width();
                        if (wants > rect.width() + 1) {
                            problems << u"%1 cell \"%2\" (\"%3\") needs %4 px, has %5"_s
                                            .arg(nameOf(w), item.data().toString(),
                                                 model->headerData(column, Qt::Horizontal).toString())
                                            .arg(wants)
                                            .arg(rect.width());
                            ++reported;
                        }
                    }
                }
            }
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->verticalScrollBar()->maximum() > 0) {
            // A list in a scrolling page is as tall as its rows: two scroll bars cut a row in
            // half. Only a list longer than the page's view scrolls itself, at that height.
            for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
                if (const auto *page = qobject_cast<const QScrollArea *>(p)) {
                    if (view->height() + 1 < page->viewport()->height())
                        problems << u"%1 scrolls its rows inside %2 (%3 px high, the page shows %4)"_s
                                        .arg(nameOf(w), nameOf(p))
                                        .arg(view->height())
                                        .arg(page->viewport()->height());
                    break;
                }
            }
        }
        if (qobject_cast<QScrollArea *>(w)) {
            for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
                if (qobject_cast<const QScrollArea *>(p)) {
                    // A scroll area in a scrolling page: two scroll bars, rows cut in half.
                    problems << u"%1 scrolls inside %2"_s.arg(nameOf(w), nameOf(p));
                    break;
                }
            }
        }
        if ((qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w))
            && w->font().pointSizeF() < 0.9 * root->font().pointSizeF()) {
            // Workshop mode enlarges the window's type: a widget that keeps a small one (a
            // style sheet, a font set whole) is unreadable on the projector.
            problems << u"%1 has %2 pt type in a %3 pt window"_s.arg(nameOf(w))
                            .arg(w->font().pointSizeF())
                            .arg(root->font().pointSizeF());
        }
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || label->pixmap().cacheKey() != 0)
                continue;
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height() + 1)
                    problems << u"%1 needs %2 px of height, has %3"_s.arg(nameOf(w)).arg(needed).arg(label->height());
            } else {
                const QMargins m = label->contentsMargins();
                int needed = 0;
                if (Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::PlainText) {
                    QTextDocument doc;
                    doc.setDefaultFont(label->font());
                    doc.setHtml(label->text());
                    doc.setDocumentMargin(0);
                    needed = int(doc.idealWidth());
                } else {
                    // With a buddy, "&" marks the mnemonic and is not shown.
                    needed = textWidth(label, label->buddy() ? plain(label->text()) : label->text());
                }
                needed += m.left() + m.right() + 2 * label->margin() + (label->indent() > 0 ? label->indent() : 0);
                if (needed > label->width() + 1) {
                    problems << u"%1 needs %2 px, has %3"_s.arg(nameOf(w)).arg(needed).arg(label->width());
                }
            }
        } else if (auto *box = qobject_cast<QCheckBox *>(w); box || qobject_cast<QRadioButton *>(w)) {
            auto *button = static_cast<QAbstractButton *>(w);
            if (button->text().isEmpty())
                continue;
            const int needed = button->sizeHint().width();
            if (needed > button->width() + 1)
                problems << u"%1 needs %2 px, has %3"_s.arg(nameOf(w)).arg(needed).arg(button->width());
        } else if (auto *push = qobject_cast<QPushButton *>(w)) {
            if (push->text().isEmpty())
                continue;
            QStyleOptionButton opt;
            opt.initFrom(push);
            opt.text = push->text();
            opt.icon = push->icon();
            opt.iconSize = push->iconSize();
            QSize content(textWidth(push, plain(push->text())), push->fontMetrics().height());
            if (!push->icon().isNull())
                content.rwidth() += push->iconSize().width() + 4;
            const int needed = push->style()->sizeFromContents(QStyle::CT_PushButton, &opt, content, push).width();
            // Styles widen short buttons to a minimum; only the text's own need counts.
            const int textNeed = content.width() + 2 * push->style()->pixelMetric(QStyle::PM_ButtonMargin, &opt, push);
            if (qMin(needed, textNeed) > push->width() + 1)
                problems << u"%1 needs %2 px, has %3"_s.arg(nameOf(w)).arg(textNeed).arg(push->width());
        } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
            // A placeholder is read whole, or it says nothing.
            if (line->text().isEmpty() && !line->placeholderText().isEmpty()) {
                const int frame = line->hasFrame() ? 2 * line->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) : 0;
                const int needed = textWidth(line, line->placeholderText()) + frame + 4;
                if (needed > line->width() + 1)
                    problems << u"%1 placeholder \"%2\" needs %3 px, has %4"_s.arg(nameOf(w), line->placeholderText())
                                    .arg(needed)
                                    .arg(line->width());
            }
            // A host name is shown whole (a longer URL may scroll in its field).
            if (line->text().isEmpty() || line->text().size() > 24 || line->echoMode() != QLineEdit::Normal)
                continue;
            const QStyle *style = line->style();
            // (A spin box's or a combo box's line edit has no frame of its own.)
            const int frame = line->hasFrame() ? 2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth) : 0;
            int needed = textWidth(line, line->text()) + frame + 4;
            for (const QAction *a : line->actions()) {
                if (a->isVisible())
                    needed += style->pixelMetric(QStyle::PM_LineEditIconSize, nullptr, line) + 6
                        + style->pixelMetric(QStyle::PM_LineEditIconMargin, nullptr, line);
            }
            if (needed > line->width() + 1)
                problems
                    << u"%1 (\"%2\") needs %3 px, has %4"_s.arg(nameOf(w), line->text()).arg(needed).arg(line->width());
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            if (group->title().isEmpty())
                continue;
            const int needed = textWidth(group, plain(group->title())) + (group->isCheckable() ? 24 : 0) + 8;
            if (needed > group->width() + 1)
                problems << u"%1 title needs %2 px, has %3"_s.arg(nameOf(w)).arg(needed).arg(group->width());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (combo->isEditable() || combo->currentText().isEmpty())
                continue;
            QStyleOptionComboBox opt;
            opt.initFrom(combo);
            opt.currentText = combo->currentText();
            const QSize content(textWidth(combo, combo->currentText()), combo->fontMetrics().height());
            const int needed = combo->style()->sizeFromContents(QStyle::CT_ComboBox, &opt, content, combo).width();
            if (needed > combo->width() + 1)
                problems << u"%1 (\"%2\") needs %3 px, has %4"_s.arg(nameOf(w), combo->currentText())
                                .arg(needed)
                                .arg(combo->width());
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (header->orientation() != Qt::Horizontal || header->parentWidget()->objectName() == u"findingsView"_s)
                continue;
            // In a list of a few columns, the last (a reason, a result) is not pushed out of
            // view by the others; a table of many columns (a server's settings) scrolls.
            if (const auto *view = qobject_cast<const QAbstractScrollArea *>(header->parentWidget()); view
                && header->stretchLastSection() && header->count() - header->hiddenSectionCount() <= 8
                && view->horizontalScrollBar()->maximum() > 0) {
                // Nor does such a list scroll sideways when its columns fit with the
                // stretched last one at its head's width (it was kept at 100 px beside
                // the Cutover steps). Columns that do not fit even so scroll by design.
                const int last = header->logicalIndex(header->count() - 1);
                int others = 0;
                for (int i = 0; i < header->count(); ++i) {
                    if (i != last && !header->isSectionHidden(i))
                        others += header->sectionSize(i);
                }
                if (others + header->sectionSizeHint(last) <= view->viewport()->width())
                    problems << u"%1 scrolls sideways (%2 px) though its columns fit"_s
                                    .arg(nameOf(header->parentWidget()))
                                    .arg(view->horizontalScrollBar()->maximum());
            }
            if (header->stretchLastSection() && header->count() > 1
                && header->count() - header->hiddenSectionCount() <= 8) {
                const int last = header->logicalIndex(header->count() - 1);
                const int start = header->sectionViewportPosition(last);
                const QWidget *viewport = header->parentWidget()->findChild<QWidget *>(u"qt_scrollarea_viewport"_s);
                const int shown = viewport ? viewport->width() : header->width();
                const auto *view = qobject_cast<const QAbstractItemView *>(header->parentWidget());
                const int content = view ? view->sizeHintForColumn(last) : header->sectionSize(last);
                // Its text whole, or an eighth of the view for a long reason that wraps or
                // elides (its tooltip and the text below the list have all of it): the host
                // names and methods before it are read whole first.
                if (start + std::min(content, std::max(120, shown / 8)) > shown)
                    problems << u"%1 column \"%2\" starts at %3 px of %4"_s
                                    .arg(nameOf(header->parentWidget()),
                                         header->model()->headerData(last, Qt::Horizontal).toString())
                                    .arg(start)
                                    .arg(shown);
            }
            const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int i = 0; i < header->count(); ++i) {
                if (header->isSectionHidden(i))
                    continue;
                const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
                const int needed = textWidth(header, text) + 2 * margin;
                if (needed > header->sectionSize(i) + 1)
                    problems << u"%1 column \"%2\" needs %3 px, has %4"_s.arg(nameOf(header->parentWidget()), text)
                                    .arg(needed)
                                    .arg(header->sectionSize(i));
            }
        }
    }
    return problems;
}
} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyStep_nothingCutOffOrOutside_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("workshop");
        // A new plan too: its empty tables show what belongs in them.
        for (const QString &plan : {u"contoso-before"_s, u"fabrikam-mixed-2007-2010"_s, u"new"_s}) {
            for (const QSize &size : {QSize(1366, 768), QSize(1920, 1080)}) {
                for (bool workshop : {false, true}) {
                    QTest::addRow("%s %dx%d%s", qPrintable(plan), size.width(), size.height(),
                                  workshop ? " workshop" : "")
                        << (plan == u"new"_s ? QString() : u":/samples/%1.coexplan"_s.arg(plan)) << size << workshop;
                }
            }
        }
    }
    void everyStep_nothingCutOffOrOutside()
    {
        QFETCH(QString, plan);
        QFETCH(QSize, size);
        QFETCH(bool, workshop);
        ui::MainWindow w;
        if (plan.isEmpty())
            w.fileActions()->newPlan();
        else
            QVERIFY(w.fileActions()->openFile(plan));
        w.show();
        w.setWorkshopMode(workshop);
        // Workshop mode goes full screen; the offscreen screen is not the size to test,
        // so the window is given it (the large type stays).
        w.showNormal();
        w.setGeometry(QRect(QPoint(0, 0), size));
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(w.size(), size);
        QStringList problems;
        for (int step = 0; step < w.pages().size(); ++step) {
            w.goToStep(step);
            settle();
            QList<QTabWidget *> tabWidgets = w.pages().at(step)->findChildren<QTabWidget *>();
            tabWidgets.removeIf([](const QTabWidget *t) { return !t->isVisible(); });
            const int tabs = tabWidgets.isEmpty() ? 1 : tabWidgets.first()->count();
            for (int tab = 0; tab < tabs; ++tab) {
                if (!tabWidgets.isEmpty()) {
                    tabWidgets.first()->setCurrentIndex(tab);
                    settle();
                }
                const QString where = tabWidgets.isEmpty()
                    ? w.pages().at(step)->title()
                    : u"%1 / %2"_s.arg(w.pages().at(step)->title(), tabWidgets.first()->tabText(tab));
                for (const QString &p : problemsOf(&w))
                    problems << u"%1: %2"_s.arg(where, p);
            }
            if (!tabWidgets.isEmpty())
                tabWidgets.first()->setCurrentIndex(0);
        }
        problems.removeDuplicates();
        for (const QString &p : std::as_const(problems))
            qWarning("%s", qPrintable(p)); // QTest cuts long failure messages: one line each
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 widgets cut off or outside their parent (listed above)"_s.arg(problems.size())));
    }

    // A value typed longer than its column widens the column at once, not after the next
    // Add or reopening the plan.
    // Workshop type is as large in proportion to the screen's height on a 1080p screen as
    // on a 1280x800 projector (it was 1.5 times the normal size on both), and the findings
    // list folds on both (tst_layout_screen1080 runs this on a 1920x1080 screen).
    void workshopType_growsWithTheScreensHeight()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qreal normal = w.font().pointSizeF();
        w.setWorkshopMode(true);
        settle();
        const int height = w.screen()->geometry().height();
        const qreal expected = 1.5 * std::clamp(height / 800.0, 1.0, 1080.0 / 800.0);
        QVERIFY2(
            std::abs(w.font().pointSizeF() / normal - expected) < 0.05,
            qPrintable(u"%1 pt for %2 pt on a screen %3 px high"_s.arg(w.font().pointSizeF()).arg(normal).arg(height)));
        QAction *list = w.findChild<QAction *>(u"actionFindingsList"_s);
        QVERIFY(list);
        if (w.screen()->availableGeometry().height() < 900 * expected / 1.5)
            QVERIFY(!list->isChecked());
        w.setWorkshopMode(false);
        settle();
        QCOMPARE(w.font().pointSizeF(), normal);
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
