#include "recordtableeditor.h"

#include "recorditemdelegate.h"
#include "recordtablemodel.h"
#include "widgets/emptyviewhint.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
// Rows are measured for their height (wrapped lists) in tables a person reads row by
// row; a plan of hundreds of servers keeps one line per row (the tooltip has the rest).
constexpr int MeasuredRows = 300;
} // namespace

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
    // An empty table says what belongs in it.
    auto *emptyHint = new EmptyViewHint(m_view, m_model->schema().emptyHint);
    emptyHint->setObjectName(base + u"EmptyHint"_s);
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
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RecordTableEditor::valuesChanged);

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

void RecordTableEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // A wider or narrower window shares out the room again; nothing is measured anew.
    if (!m_columnsStale && !m_natural.empty())
        applyColumnWidths();
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
    // Each column's natural width (its title, its cells on one line) and its floor (see
    // measureRow). Measured over the rows in view and up to 200 more, not all the rows of
    // a large plan (names in one table are of similar lengths; a wider one can be
    // dragged).
    const int columns = m_model->columnCount();
    const QHeaderView *header = m_view->horizontalHeader();
    m_natural.assign(columns, 0);
    m_floor.assign(columns, 0);
    for (int column = 0; column < columns; ++column)
        m_natural[column] = m_floor[column] = header->sectionSizeHint(column);
    constexpr int MeasuredForWidth = 200;
    const int rows = m_model->rowCount();
    for (int row = 0; row < std::min(rows, MeasuredForWidth); ++row)
        measureRow(row);
    if (rows > MeasuredForWidth) {
        const int first = std::max(MeasuredForWidth, m_view->rowAt(0));
        const int last = m_view->rowAt(m_view->viewport()->height() - 1);
        for (int row = first; row <= (last < 0 ? first + 50 : last) && row < rows; ++row)
            measureRow(row);
    }
    applyColumnWidths();
}

bool RecordTableEditor::measureRow(int row)
{
    // A wrapped cell still needs room for its longest word (a host name, a date), and a
    // column never gets narrower than its title: that is its floor.
    // Fractional widths, rounded up: the style elides a line wider than its room by a
    // fraction of a pixel.
    const QFontMetricsF metrics(m_view->font());
    static const QRegularExpression spaces(u"\\s+"_s);
    bool grew = false;
    for (int column = 0; column < int(m_natural.size()) && column < m_model->columnCount(); ++column) {
        const QModelIndex index = m_model->index(row, column);
        const QString text = index.data(Qt::DisplayRole).toString();
        // The grid line takes a pixel of the column's width.
        const int whole = m_view->sizeHintForIndex(index).width() + (m_view->showGrid() ? 1 : 0);
        int line = 0;
        int word = 0;
        for (const QString &part : text.split(u'\n'))
            line = std::max(line, int(std::ceil(metrics.horizontalAdvance(part))));
        for (const QString &part : text.split(spaces, Qt::SkipEmptyParts))
            word = std::max(word, int(std::ceil(metrics.horizontalAdvance(part))));
        const int floor = std::min(whole, whole - line + word);
        if (whole > m_natural[column] || floor > m_floor[column])
            grew = true;
        m_natural[column] = std::max(m_natural[column], whole);
        m_floor[column] = std::max(m_floor[column], floor);
    }
    return grew;
}

void RecordTableEditor::applyColumnWidths()
{
    const int columns = std::min(int(m_natural.size()), m_model->columnCount());
    // A long list (a certificate's names, a group's servers) is capped to a third of the
    // view, and wraps onto more lines.
    const int widest = std::max(240, m_view->viewport()->width() / 3);
    const auto cappedWidth
        = [this](int column, int cap) { return std::min(m_natural[column], std::max(cap, m_floor[column])); };
    int cap = widest;
    // A table of a few columns (certificates, client groups) shows all of them if it can:
    // its widest columns give up width, down to their floors, until the last one fits in
    // the view. When even the floors do not fit, or the table has many columns (a
    // server's settings), it scrolls sideways.
    constexpr int FewColumns = 8;
    if (columns <= FewColumns) {
        // Less a vertical scroll bar's width: wrapped rows may bring one.
        const int room = m_view->viewport()->width()
            - (m_view->verticalScrollBar()->isVisible() ? 0 : style()->pixelMetric(QStyle::PM_ScrollBarExtent));
        const auto widthCapped = [columns, &cappedWidth](int c) {
            int total = 0;
            for (int column = 0; column < columns; ++column)
                total += cappedWidth(column, c);
            return total;
        };
        if (widthCapped(cap) > room) {
            int low = 0;
            int high = cap;
            while (high - low > 1) { // the widest cap that fits
                const int middle = (low + high) / 2;
                (widthCapped(middle) <= room ? low : high) = middle;
            }
            cap = low;
        }
    }
    bool capped = false;
    for (int column = 0; column < columns; ++column) {
        const int width = cappedWidth(column, cap);
        capped = capped || width < m_natural[column];
        m_view->setColumnWidth(column, width);
    }
    // A capped column wraps its list onto more lines instead of eliding it.
    if (capped && m_model->rowCount() <= MeasuredRows) {
        m_view->setWordWrap(true);
        m_view->resizeRowsToContents();
    }
}

void RecordTableEditor::valuesChanged()
{
    emitCurrent();
    // An edit (in a cell or in the details beside the table) changes the current record:
    // its row alone is measured, and the columns widen when a value outgrew them. Once
    // per edit, after the values and the findings' markers have both changed.
    if (m_columnsStale || m_natural.empty() || m_remeasurePending)
        return;
    m_remeasurePending = true;
    QMetaObject::invokeMethod(this, &RecordTableEditor::remeasureCurrentRow, Qt::QueuedConnection);
}

void RecordTableEditor::remeasureCurrentRow()
{
    m_remeasurePending = false;
    const int row = m_view->currentIndex().row();
    if (m_columnsStale || row < 0 || m_natural.empty())
        return;
    if (measureRow(row))
        applyColumnWidths();
    else if (m_view->wordWrap() && m_model->rowCount() <= MeasuredRows)
        m_view->resizeRowToContents(row);
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
