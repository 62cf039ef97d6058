#include "recorditemdelegate.h"

#include "recordschema.h"
#include "recordtablemodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace ui {

namespace {
RecordColumn::Editor editorOf(const QModelIndex &index)
{
    return RecordColumn::Editor(index.data(RecordTableModel::EditorRole).toInt());
}
} // namespace

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
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findText(index.data(Qt::EditRole).toString())));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void RecordItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        QString text = edit->text();
        if (edit->validator())
            edit->validator()->fixup(text);
        if (text != index.data(Qt::EditRole).toString())
            model->setData(index, text, Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace ui
