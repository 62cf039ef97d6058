#pragma once

#include <QStyledItemDelegate>

namespace ui {

// Editors for RecordTableModel cells: a combo box for choices, a searchable list of
// check boxes for names picked from the plan, a plain line edit for host names (kept as
// typed), the default editors otherwise.
class RecordItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    // A yes/no column's check box sits in the middle of its cell, under its centred
    // title (the last column stretches: "Internet-facing" put it 400 px left of its
    // title), and a click on it there toggles it.
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    static QRect centredCheck(const QStyleOptionViewItem &option);
};

} // namespace ui
