#pragma once

#include "diagramlayout.h"

#include <QList>
#include <QString>

namespace render {

// Rows: client group x location; columns: mailbox servers; each cell names the flow
// (index into the flows) of that scenario, or -1 when the group has no mailbox there.
// Built from the engine's flows only, in their order.
struct ConnectionMatrix
{
    struct Row
    {
        QString clientGroup;
        wizard::ClientLocation location = wizard::ClientLocation::Internal;
        friend bool operator==(const Row &, const Row &) = default;
    };
    QList<Row> rows;
    QStringList columns; // mailbox server names
    QList<QList<int>> flowIndex; // [row][column]

    int flowAt(qsizetype row, qsizetype column) const;
    QString rowTitle(qsizetype row) const; // "Sales / external"

    friend bool operator==(const ConnectionMatrix &, const ConnectionMatrix &) = default;
};

ConnectionMatrix buildConnectionMatrix(const QList<wizard::Flow> &flows);

// Text of one cell: the verdict and the rule ids behind it (every rule id on the flow's
// hops, in hop order, without repeats).
QStringList matrixCellLines(const wizard::Flow &flow);

// The matrix as a table with a legend, for painting (fixed font size; grows).
DiagramLayout layoutConnectionMatrix(const QList<wizard::Flow> &flows, const QString &title,
                                     const TextMeasure &measure = estimatedTextMeasure());

} // namespace render
