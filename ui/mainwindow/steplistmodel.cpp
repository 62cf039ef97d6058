#include "steplistmodel.h"

#include "findings/findingsmodel.h"

#include <QFont>
#include <QIcon>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace ui {

StepListModel::StepListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void StepListModel::setTitles(const QStringList &titles)
{
    beginResetModel();
    m_titles = titles;
    m_counts = QList<wizard::FindingCounts>(titles.size());
    m_applies = QList<bool>(titles.size(), true);
    endResetModel();
}

void StepListModel::setState(const QList<wizard::FindingCounts> &counts, const QList<bool> &applies)
{
    if (counts == m_counts && applies == m_applies)
        return;
    m_counts = counts;
    m_applies = applies;
    if (!m_titles.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int StepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_titles.size());
}

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const wizard::FindingCounts counts = m_counts.value(row);
    switch (role) {
    case Qt::DisplayRole: {
        QStringList parts;
        if (counts.errors)
            parts.append(counts.errors == 1 ? tr("1 error") : tr("%1 errors").arg(counts.errors));
        if (counts.warnings)
            parts.append(counts.warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(counts.warnings));
        if (counts.infos)
            parts.append(tr("%1 info").arg(counts.infos));
        if (!m_applies.value(row, true))
            parts.append(tr("not needed for this plan"));
        const QString title = tr("%1. %2").arg(row + 1).arg(m_titles.at(row));
        return parts.isEmpty() ? title : tr("%1\n%2").arg(title, parts.join(u", "_s));
    }
    case Qt::DecorationRole:
        if (counts.errors)
            return severityIcon(wizard::Severity::Error);
        if (counts.warnings)
            return severityIcon(wizard::Severity::Warning);
        if (counts.infos)
            return severityIcon(wizard::Severity::Info);
        return blankIcon(); // every step number lines up
    case Qt::AccessibleTextRole:
        return tr("%1: %2 errors, %3 warnings, %4 info")
            .arg(m_titles.at(row))
            .arg(counts.errors)
            .arg(counts.warnings)
            .arg(counts.infos);
    case Qt::FontRole:
        if (!m_applies.value(row, true)) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        return m_applies.value(row, true) ? QVariant() : QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text));
    case ErrorsRole:
        return counts.errors;
    case WarningsRole:
        return counts.warnings;
    case InfosRole:
        return counts.infos;
    case AppliesRole:
        return m_applies.value(row, true);
    default:
        return {};
    }
}

} // namespace ui
