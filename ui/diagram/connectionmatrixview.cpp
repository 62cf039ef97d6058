#include "connectionmatrixview.h"

#include "connectionmatrixmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace ui {

ConnectionMatrixView::ConnectionMatrixView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Lines are broken by the model ("Fail\nPA-004, PB-002"), never by the view: a cell's
    // size follows from its text without a layout per cell.
    setWordWrap(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

void ConnectionMatrixView::setMatrixModel(ConnectionMatrixModel *model)
{
    m_model = model;
    setModel(model);
}

QSize ConnectionMatrixView::cellSizeHint(const QModelIndex &index, QHash<QString, QSize> &sizeOfText) const
{
    // Cells with the same text have the same size (the icon is the same size for every
    // verdict), so the delegate lays out each distinct text once.
    const QString text = index.data(Qt::DisplayRole).toString();
    auto it = sizeOfText.constFind(text);
    if (it == sizeOfText.cend()) {
        // As QTableView's own sizeHintForRow/Column: the delegate's hint and the grid line.
        const int grid = showGrid() ? 1 : 0;
        it = sizeOfText.insert(text, sizeHintForIndex(index) + QSize(grid, grid));
    }
    return it.value();
}

void ConnectionMatrixView::fitSections()
{
    if (!m_model)
        return;
    const render::ConnectionMatrix &matrix = m_model->matrix();
    const int rows = int(matrix.rows.size());
    const int columns = int(matrix.columns.size());
    QHash<QString, QSize> sizeOfText;
    std::vector<int> widths(columns, 0);
    std::vector<int> heights(rows, 0);
    std::vector<int> flowsInColumn(columns, 0);
    std::vector<int> flowsInRow(rows, 0);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            if (matrix.flowIndex[r][c] < 0)
                continue;
            const QSize size = cellSizeHint(m_model->index(r, c), sizeOfText);
            widths[c] = std::max(widths[c], size.width());
            heights[r] = std::max(heights[r], size.height());
            ++flowsInColumn[c];
            ++flowsInRow[r];
        }
    }
    // Every empty cell says the same: measured once, it counts where a row or a column
    // has one.
    QSize empty;
    for (int r = 0; r < rows && !empty.isValid(); ++r) {
        for (int c = 0; c < columns && !empty.isValid(); ++c) {
            if (matrix.flowIndex[r][c] < 0)
                empty = cellSizeHint(m_model->index(r, c), sizeOfText);
        }
    }
    QHeaderView *top = horizontalHeader();
    QHeaderView *side = verticalHeader();
    for (int c = 0; c < columns; ++c) {
        int width = std::max(widths[c], top->sectionSizeHint(c));
        if (flowsInColumn[c] < rows)
            width = std::max(width, empty.width());
        if (top->sectionSize(c) != width)
            top->resizeSection(c, width);
    }
    for (int r = 0; r < rows; ++r) {
        int height = std::max(heights[r], side->sectionSizeHint(r));
        if (flowsInRow[r] < columns)
            height = std::max(height, empty.height());
        if (side->sectionSize(r) != height)
            side->resizeSection(r, height);
    }
}

int ConnectionMatrixView::contentHeight() const
{
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth() + verticalHeader()->length();
    if (m_model && m_model->columnCount() > 0)
        height += horizontalScrollBar()->sizeHint().height();
    return height;
}

void ConnectionMatrixView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    // Workshop mode enlarges the font: the cells need new sizes.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitSections();
}

} // namespace ui
