#include "findingsfiltermodel.h"

#include "findingsmodel.h"

namespace ui {

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void FindingsFilterModel::setMaxSeverity(int maxSeverity)
{
    if (m_maxSeverity == maxSeverity)
        return;
    m_maxSeverity = maxSeverity;
    invalidateFilter();
}

void FindingsFilterModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    invalidateFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(FindingsModel::SeverityRole).toInt() > m_maxSeverity)
        return false;
    if (m_searchText.isEmpty())
        return true;
    return index.data(FindingsModel::SearchTextRole).toString().contains(m_searchText, Qt::CaseInsensitive);
}

} // namespace ui
