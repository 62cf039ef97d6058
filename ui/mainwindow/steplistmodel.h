#pragma once

#include "checks/finding.h"

#include <QAbstractListModel>

namespace ui {

// The wizard's steps for the step list: title, finding counts of the step, and whether
// the step applies to the plan (steps that do not are greyed and skipped by Next).
class StepListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ErrorsRole = Qt::UserRole + 1, WarningsRole, InfosRole, AppliesRole };

    explicit StepListModel(QObject *parent = nullptr);

    void setTitles(const QStringList &titles);
    void setState(const QList<wizard::FindingCounts> &counts, const QList<bool> &applies);
    bool applies(int step) const { return m_applies.value(step, true); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QStringList m_titles;
    QList<wizard::FindingCounts> m_counts;
    QList<bool> m_applies;
};

} // namespace ui
