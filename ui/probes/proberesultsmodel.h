#pragma once

#include "probecheck/probefindings.h"
#include "topology/probeobservation.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace ui {

// The live-check table (docs/probes.md): one row per probed name with what the
// network answered and the engine's verdict. Rows of names still being probed say so;
// the verdict is always the engine's (evaluateProbe), never decided here.
class ProbeResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The verdict right after the name: it is what a reader looks for, and stays in view
    // when the detail columns wrap (at 1366x768 the table is about 1,050 px wide).
    enum Column { NameColumn, VerdictColumn, DnsColumn, CertificateColumn, IisColumn, AnsweredByColumn, ColumnCount };

    explicit ProbeResultsModel(QObject *parent = nullptr);

    // Names about to be probed: their rows show "probing..." until setResults() has them.
    void setPending(const QStringList &names);
    // The observations so far and their evaluation (same order as record.names).
    void setResults(const wizard::ProbeRecord &record, const wizard::ProbeEvaluation &evaluation);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        bool done = false;
        QStringList cells; // DNS, certificate, IIS, answered by
        wizard::ProbeVerdict verdict = wizard::ProbeVerdict::Ok;
        QString why; // the findings' messages, for the tooltip
    };
    QList<Row> m_rows;
};

} // namespace ui
