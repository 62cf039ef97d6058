#pragma once

#include "recordschema.h"

#include <QWidget>

#include <vector>

class QPushButton;
class QTableView;

namespace ui {

class PlanSession;
class RecordTableModel;

// A table of records with Add / Duplicate / Remove buttons.
class RecordTableEditor : public QWidget
{
    Q_OBJECT

public:
    RecordTableEditor(PlanSession *session, RecordSchema schema, const QString &accessibleName,
                      QWidget *parent = nullptr);

    RecordTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString currentRecord() const;
    // Buttons named for what they add (two tables on a page must not share Alt+letters);
    // an empty text hides that button.
    void setButtonTexts(const QString &add, const QString &duplicate, const QString &remove);
    // Selects the record's row and, when the field has a column, that cell.
    bool selectRecord(const QString &name, const QString &fieldKey = {});

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void currentRecordChanged(const QString &name);

private:
    void modelWasReset();
    // Columns sized to their contents, none wider than a third of the view (a client
    // group's list of mailbox servers would push the other columns off the screen).
    void fitColumns();
    // Takes a row's cells into the columns' natural widths and floors; true when one grew.
    bool measureRow(int row);
    void applyColumnWidths();
    void valuesChanged();
    void remeasureCurrentRow();
    void updateButtons();
    void emitCurrent();

    RecordTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QString m_lastEmitted;
    bool m_columnsStale = true; // fitted on the next show
    bool m_remeasurePending = false;
    std::vector<int> m_natural; // per column, from the last fit
    std::vector<int> m_floor;
};

} // namespace ui
