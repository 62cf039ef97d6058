#include "recorditemdelegate.h"

#include "namepicker.h"
#include "recordschema.h"
#include "recordtablemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>

namespace ui {

namespace {
RecordColumn::Editor editorOf(const QModelIndex &index)
{
    return RecordColumn::Editor(index.data(RecordTableModel::EditorRole).toInt());
}
} // namespace

QRect RecordItemDelegate::centredCheck(const QStyleOptionViewItem &option)
{
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const QRect box = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, option.widget);
    return QStyle::alignedRect(option.direction, Qt::AlignCenter, box.size(), option.rect);
}

void RecordItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (editorOf(index) != RecordColumn::Editor::Check) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    QStyleOptionViewItem check = opt;
    check.rect = centredCheck(opt);
    check.state &= ~QStyle::State_HasFocus;
    check.state |= opt.checkState == Qt::Checked ? QStyle::State_On : QStyle::State_Off;
    // The cell (background, selection, focus) without its own check box, then the box.
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &check, painter, opt.widget);
}

bool RecordItemDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
{
    if (editorOf(index) != RecordColumn::Editor::Check || !(index.flags() & Qt::ItemIsUserCheckable)
        || !(index.flags() & Qt::ItemIsEnabled))
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !centredCheck(opt).contains(mouse->position().toPoint()))
            return false;
        // The press and a double click are taken (no editor opens); the release toggles.
        if (event->type() != QEvent::MouseButtonRelease)
            return true;
        break;
    }
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_Space && key != Qt::Key_Select)
            return false;
        break;
    }
    default:
        return false;
    }
    const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    return model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

QWidget *RecordItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const QString header = index.model()->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString();
    QWidget *editor = nullptr;
    switch (editorOf(index)) {
    case RecordColumn::Editor::Choice: {
        auto *combo = new QComboBox(parent);
        combo->addItems(index.data(RecordTableModel::ChoicesRole).toStringList());
        // Commit as soon as a choice is made, not when focus leaves.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<RecordItemDelegate *>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        editor = combo;
        break;
    }
    case RecordColumn::Editor::HostName: {
        // Kept as typed: a name that is no host name is an NS-005 finding on the cell,
        // never a keystroke silently refused or a value rewritten.
        editor = new QLineEdit(parent);
        break;
    }
    case RecordColumn::Editor::NamePicker: {
        auto *picker = new NamePicker(parent);
        picker->setChoices(index.data(RecordTableModel::ChoicesRole).toStringList());
        connect(picker, &NamePicker::accepted, this, [this, picker] {
            auto *self = const_cast<RecordItemDelegate *>(this);
            Q_EMIT self->commitData(picker);
            Q_EMIT self->closeEditor(picker);
        });
        editor = picker;
        break;
    }
    case RecordColumn::Editor::Number: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 1000000);
        editor = spin;
        break;
    }
    default:
        editor = QStyledItemDelegate::createEditor(parent, option, index);
        break;
    }
    if (editor)
        editor->setAccessibleName(header);
    return editor;
}

void RecordItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *picker = qobject_cast<NamePicker *>(editor)) {
        // The cell shows "A, B" (recordschemas.cpp joinList / splitList).
        static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
        picker->setSelected(index.data(Qt::EditRole).toString().split(separators, Qt::SkipEmptyParts));
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findText(index.data(Qt::EditRole).toString())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RecordItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *picker = qobject_cast<NamePicker *>(editor)) {
        const QString text = picker->selected().join(QStringLiteral(", "));
        if (text != index.data(Qt::EditRole).toString())
            model->setData(index, text, Qt::EditRole);
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        const QString text = edit->text();
        if (text != index.data(Qt::EditRole).toString())
            model->setData(index, text, Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void RecordItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    auto *picker = qobject_cast<NamePicker *>(editor);
    if (!picker) {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    // A list needs room: at least 16 characters wide and 8 rows tall, from the cell's
    // top left, kept inside the table's viewport.
    const QFontMetrics metrics(option.font);
    QRect r = option.rect;
    r.setWidth(qMax(r.width(), metrics.averageCharWidth() * 24));
    r.setHeight(qMax(r.height(), metrics.height() * 10));
    if (const QWidget *viewport = editor->parentWidget()) {
        const QRect area = viewport->rect();
        if (r.bottom() > area.bottom())
            r.moveBottom(area.bottom());
        if (r.right() > area.right())
            r.moveRight(area.right());
        if (r.top() < area.top())
            r.moveTop(area.top());
        if (r.left() < area.left())
            r.moveLeft(area.left());
    }
    editor->setGeometry(r);
}

} // namespace ui
