#include "recordtableeditor.h"

#include "recorditemdelegate.h"
#include "recordtablemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

RecordTableEditor::RecordTableEditor(PlanSession *session, RecordSchema schema, const QString &accessibleName,
                                     QWidget *parent)
    : QWidget(parent)
    , m_model(new RecordTableModel(session, std::move(schema), this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    const QString base = m_model->schema().objectName;
    setObjectName(base + u"Editor"_s);
    m_view->setObjectName(base + u"Table"_s);
    m_add->setObjectName(base + u"Add"_s);
    m_duplicate->setObjectName(base + u"Duplicate"_s);
    m_remove->setObjectName(base + u"Remove"_s);
    m_view->setAccessibleName(accessibleName);
    m_add->setAccessibleName(tr("Add a row to %1").arg(accessibleName));
    m_duplicate->setAccessibleName(tr("Duplicate the selected row of %1").arg(accessibleName));
    m_remove->setAccessibleName(tr("Remove the selected row of %1").arg(accessibleName));

    m_view->setModel(m_model);
    m_view->setItemDelegate(new RecordItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Rows are selected whole: a highlighted (bold, fixed-size) header would say nothing
    // and would not follow workshop mode's larger type.
    m_view->horizontalHeader()->setHighlightSections(false);
    // Sized to the contents once per reset, not on every edit: a 200-server table
    // would otherwise measure every row on each keystroke.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->setVisible(false);
    // Columns fit the rows in view and up to 200 more, not the first 1,000 of a large
    // plan (names in one table are of similar lengths; a wider one can be dragged).
    m_view->horizontalHeader()->setResizeContentsPrecision(200);

    connect(m_add, &QPushButton::clicked, this, [this] {
        m_model->addRecord();
        const int last = m_model->rowCount() - 1;
        if (last >= 0)
            m_view->setCurrentIndex(m_model->index(last, 0));
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        m_model->duplicateRecord(m_view->currentIndex().row());
        const int last = m_model->rowCount() - 1;
        if (last >= 0)
            m_view->setCurrentIndex(m_model->index(last, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_model->removeRecord(m_view->currentIndex().row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RecordTableEditor::emitCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordTableEditor::modelWasReset);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RecordTableEditor::emitCurrent);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    modelWasReset();
}

void RecordTableEditor::setButtonTexts(const QString &add, const QString &duplicate, const QString &remove)
{
    const std::pair<QPushButton *, QString> texts[] = {{m_add, add}, {m_duplicate, duplicate}, {m_remove, remove}};
    for (const auto &[button, text] : texts) {
        button->setText(text);
        button->setVisible(!text.isEmpty());
    }
}

QString RecordTableEditor::currentRecord() const
{
    return m_model->recordName(m_view->currentIndex().row());
}

bool RecordTableEditor::selectRecord(const QString &name, const QString &fieldKey)
{
    const int row = m_model->rowOfRecord(name);
    if (row < 0)
        return false;
    const int column = qMax(0, m_model->columnOfField(fieldKey));
    m_view->setCurrentIndex(m_model->index(row, column));
    m_view->scrollTo(m_model->index(row, column));
    if (column > 0)
        m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void RecordTableEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        // The header does not follow the window's font on its own (workshop mode).
        m_view->horizontalHeader()->setFont(font());
        fitColumns();
    }
}

void RecordTableEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_columnsStale)
        fitColumns();
}

void RecordTableEditor::fitColumns()
{
    // Measured when someone can see the table: opening a 1,000-server plan does not
    // measure the tables of the pages not shown.
    m_columnsStale = !isVisible();
    if (m_columnsStale)
        return;
    m_view->resizeColumnsToContents();
    const int widest = std::max(240, m_view->viewport()->width() / 3);
    bool capped = false;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_view->columnWidth(column) > widest) {
            m_view->setColumnWidth(column, widest);
            capped = true;
        }
    }
    // A table of a few columns (certificates, client groups) shows all of them: its widest
    // columns give up width, down to a floor, until the last one fits in the view. A table
    // of many columns (a server's settings) scrolls sideways instead.
    constexpr int FewColumns = 6;
    if (m_model->columnCount() <= FewColumns) {
        // Less a vertical scroll bar's width: wrapped rows may bring one.
        const int room = m_view->viewport()->width()
            - (m_view->verticalScrollBar()->isVisible() ? 0 : style()->pixelMetric(QStyle::PM_ScrollBarExtent));
        // A column never gets narrower than its title.
        const QHeaderView *header = m_view->horizontalHeader();
        const auto cappedWidth = [this, header](int column, int cap) {
            return std::min(m_view->columnWidth(column), std::max(cap, header->sectionSizeHint(column)));
        };
        const auto widthCapped = [this, &cappedWidth](int cap) {
            int total = 0;
            for (int column = 0; column < m_model->columnCount(); ++column)
                total += cappedWidth(column, cap);
            return total;
        };
        int low = std::max(120, room / 8);
        int high = widest;
        if (widthCapped(high) > room && widthCapped(low) <= room) {
            while (high - low > 1) { // the widest cap that fits
                const int middle = (low + high) / 2;
                (widthCapped(middle) <= room ? low : high) = middle;
            }
        }
        if (widthCapped(widest) > room) {
            for (int column = 0; column < m_model->columnCount(); ++column) {
                const int width = cappedWidth(column, low);
                if (width < m_view->columnWidth(column)) {
                    m_view->setColumnWidth(column, width);
                    capped = true;
                }
            }
        }
    }
    // A capped column (a certificate's names, a group's servers) wraps its list onto more
    // lines instead of eliding it. Rows are measured for tables a person reads row by row;
    // a plan of hundreds of servers keeps one line per row (the tooltip has the rest).
    constexpr int MeasuredRows = 300;
    if (capped && m_model->rowCount() <= MeasuredRows) {
        m_view->setWordWrap(true);
        m_view->resizeRowsToContents();
    }
}

void RecordTableEditor::modelWasReset()
{
    // After the session has re-run the checks too: the marker icons take room.
    QMetaObject::invokeMethod(this, &RecordTableEditor::fitColumns, Qt::QueuedConnection);
    // Keep a record selected so that its details are always on screen.
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    emitCurrent();
}

void RecordTableEditor::updateButtons()
{
    const bool hasCurrent = m_view->currentIndex().isValid();
    m_duplicate->setEnabled(hasCurrent);
    m_remove->setEnabled(hasCurrent);
}

void RecordTableEditor::emitCurrent()
{
    updateButtons();
    const QString name = currentRecord();
    if (name == m_lastEmitted)
        return;
    m_lastEmitted = name;
    Q_EMIT currentRecordChanged(name);
}

} // namespace ui
