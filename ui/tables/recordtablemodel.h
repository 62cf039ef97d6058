#pragma once

#include "checks/finding.h"
#include "recordschema.h"
#include "topology/namekey.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ui {

class PlanSession;

// A table of plan records described by a RecordSchema. Reads the session's plan; every
// edit goes back through PlanSession::edit() as one named undo command. Cells named by a
// finding are tinted with its severity and carry its tooltip.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { EditorRole = Qt::UserRole + 1, ChoicesRole, SeverityRole };

    RecordTableModel(PlanSession *session, RecordSchema schema, QObject *parent = nullptr);

    const RecordSchema &schema() const { return m_schema; }
    QString recordName(int row) const;
    int rowOfRecord(const QString &name) const; // -1 when absent
    int columnOfField(const QString &fieldKey) const; // -1 when absent

    void addRecord();
    void duplicateRecord(int row);
    void removeRecord(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refresh();
    void setFindings(const QList<wizard::Finding> &findings);
    QList<qsizetype> includedRecords() const;
    QList<wizard::Finding> findingsOf(int row, const QString &fieldKey) const;
    bool anyRowMarked() const;

    PlanSession *m_session;
    RecordSchema m_schema;
    QList<qsizetype> m_records; // row -> index in the topology's list
    // The plan's findings (shared, not copied) and, by subject name in any case, the
    // positions in it of those about this table's kind of record; the keys view the
    // names in m_allFindings.
    QList<wizard::Finding> m_allFindings;
    QHash<wizard::NameKey, QList<qsizetype>> m_findings;
    mutable int m_anyRowMarked = -1; // whether a row has a marker: -1 until asked again
};

} // namespace ui
