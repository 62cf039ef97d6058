#pragma once

#include <QSortFilterProxyModel>

namespace ui {

// Filters a FindingsModel by minimum severity and free text (rule, subject, message,
// why, fix), case-insensitively.
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FindingsFilterModel(QObject *parent = nullptr);

    // Shows findings of severity index <= maxSeverity (Error = 0, Warning = 1, Info = 2).
    void setMaxSeverity(int maxSeverity);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_maxSeverity = 2;
    QString m_searchText;
};

} // namespace ui
