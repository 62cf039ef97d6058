#include "proberesultsmodel.h"

#include "probecheck/probereport.h"
#include "widgets/markedfield.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
QString verdictText(wizard::ProbeVerdict v)
{
    switch (v) {
    case wizard::ProbeVerdict::Ok:
        return ProbeResultsModel::tr("OK");
    case wizard::ProbeVerdict::Warning:
        return ProbeResultsModel::tr("Warning");
    case wizard::ProbeVerdict::Error:
        return ProbeResultsModel::tr("Error");
    case wizard::ProbeVerdict::Unreachable:
        return ProbeResultsModel::tr("Unreachable");
    }
    return {};
}

QColor verdictColor(wizard::ProbeVerdict v)
{
    switch (v) {
    case wizard::ProbeVerdict::Ok:
        return QColor(0x1e, 0x8e, 0x3e);
    case wizard::ProbeVerdict::Warning:
        return severityColor(wizard::Severity::Warning, highContrastMarkers());
    case wizard::ProbeVerdict::Error:
        return severityColor(wizard::Severity::Error, highContrastMarkers());
    case wizard::ProbeVerdict::Unreachable:
        return QColor(0x70, 0x70, 0x70);
    }
    return {};
}
} // namespace

ProbeResultsModel::ProbeResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProbeResultsModel::setPending(const QStringList &names)
{
    beginResetModel();
    m_rows.clear();
    for (const QString &n : names)
        m_rows.append(Row{n, false, {}, wizard::ProbeVerdict::Ok, {}});
    endResetModel();
}

void ProbeResultsModel::setResults(const wizard::ProbeRecord &record, const wizard::ProbeEvaluation &evaluation)
{
    for (qsizetype i = 0; i < record.names.size() && i < evaluation.names.size(); ++i) {
        const wizard::NameObservation &o = record.names.at(i);
        const wizard::NameSummary s = wizard::summarizeName(o);
        QStringList messages;
        for (const wizard::Finding &f : evaluation.names.at(i).findings)
            messages.append(u"%1: %2"_s.arg(f.ruleId, f.message));
        Row row{o.name,
                true,
                {s.dns, s.certificate, s.iisMethods, s.answeredBy},
                evaluation.names.at(i).verdict,
                messages.join(u'\n')};
        qsizetype at = -1;
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            if (m_rows.at(r).name.compare(o.name, Qt::CaseInsensitive) == 0)
                at = r;
        }
        if (at < 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(row);
            endInsertRows();
        } else if (!(m_rows.at(at).done && m_rows.at(at).cells == row.cells && m_rows.at(at).why == row.why)) {
            m_rows[at] = row;
            Q_EMIT dataChanged(index(int(at), 0), index(int(at), ColumnCount - 1));
        }
    }
}

int ProbeResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProbeResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProbeResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        if (column == NameColumn)
            return row.name;
        if (!row.done)
            return column == VerdictColumn ? tr("probing...") : QString();
        if (column == VerdictColumn)
            return verdictText(row.verdict);
        return row.cells.value(column - DnsColumn);
    }
    if (role == Qt::ForegroundRole && column == VerdictColumn && row.done)
        return verdictColor(row.verdict);
    if (role == Qt::ToolTipRole && row.done) {
        const QString why = row.why.isEmpty() ? tr("As planned.") : row.why;
        const QString cell = column >= DnsColumn ? row.cells.value(column - DnsColumn) : QString();
        return cell.isEmpty() ? why : cell + u"\n\n"_s + why;
    }
    return {};
}

QVariant ProbeResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DnsColumn:
        return tr("DNS");
    case CertificateColumn:
        return tr("Certificate");
    case IisColumn:
        return tr("IIS methods (/rpc)");
    case AnsweredByColumn:
        return tr("Answered by");
    case VerdictColumn:
        return tr("Verdict");
    default:
        return {};
    }
}

} // namespace ui
