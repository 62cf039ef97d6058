#pragma once

#include <QHash>
#include <QSize>
#include <QTableView>

namespace ui {

class ConnectionMatrixModel;

// The connection matrix's table. A 1,000-server plan has 200 x 800 cells, nearly all
// "no mailboxes here": Qt's ResizeToContents would lay out the text of every cell on each
// reset and show. This view sizes its sections itself from the cells that show a flow
// (a few thousand, repeating a few dozen texts: each distinct text is measured once by
// the delegate) and resizes a section only when its size changes, so a live edit or a
// new visit measures nothing new.
class ConnectionMatrixView : public QTableView
{
    Q_OBJECT

public:
    explicit ConnectionMatrixView(QWidget *parent = nullptr);

    void setMatrixModel(ConnectionMatrixModel *model);
    // Sizes the rows and columns for the model's cells (after setFlows()).
    void fitSections();
    // The height of the header and every row (what the matrix needs without scrolling).
    int contentHeight() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QSize cellSizeHint(const QModelIndex &index, QHash<QString, QSize> &sizeOfText) const;

    ConnectionMatrixModel *m_model = nullptr;
};

} // namespace ui
