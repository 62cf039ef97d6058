#include "recordtablemodel.h"

#include "findings/findingsmodel.h"
#include "session/plansession.h"
#include "widgets/markedfield.h"

namespace ui {

namespace {
constexpr qsizetype longValue = 40; // characters: a value this long gets its text as a tooltip
} // namespace

RecordTableModel::RecordTableModel(PlanSession *session, RecordSchema schema, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_schema(std::move(schema))
{
    m_records = includedRecords();
    setFindings(session->findings());
    connect(session, &PlanSession::planChanged, this, &RecordTableModel::refresh);
    connect(session, &PlanSession::analysisChanged, this,
            [this](const QList<wizard::Finding> &findings) { setFindings(findings); });
}

QList<qsizetype> RecordTableModel::includedRecords() const
{
    const wizard::Topology &t = m_session->topology();
    QList<qsizetype> records;
    const qsizetype count = m_schema.count(t);
    for (qsizetype i = 0; i < count; ++i) {
        if (!m_schema.includes || m_schema.includes(t, i))
            records.append(i);
    }
    return records;
}

void RecordTableModel::refresh()
{
    QList<qsizetype> records = includedRecords();
    m_anyRowMarked = -1; // a record renamed may have findings, or no longer have them
    if (records == m_records) {
        if (!m_records.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

void RecordTableModel::setFindings(const QList<wizard::Finding> &findings)
{
    m_findings.clear();
    m_anyRowMarked = -1;
    m_allFindings = findings;
    for (qsizetype i = 0; i < m_allFindings.size(); ++i) {
        const wizard::Finding &f = m_allFindings.at(i);
        if (f.subject.kind == m_schema.subjectKind)
            m_findings[wizard::NameKey{f.subject.name}].append(i);
    }
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString RecordTableModel::recordName(int row) const
{
    if (row < 0 || row >= m_records.size())
        return {};
    return m_schema.name(m_session->topology(), m_records.at(row));
}

int RecordTableModel::rowOfRecord(const QString &name) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (recordName(row).compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int RecordTableModel::columnOfField(const QString &fieldKey) const
{
    for (int c = 0; c < m_schema.columns.size(); ++c) {
        if (m_schema.columns.at(c).fieldKey == fieldKey)
            return c;
    }
    return -1;
}

bool RecordTableModel::anyRowMarked() const
{
    if (m_anyRowMarked < 0) {
        m_anyRowMarked = 0;
        for (int row = 0; row < m_records.size() && !m_anyRowMarked; ++row)
            m_anyRowMarked = m_findings.contains(wizard::NameKey{recordName(row)}) ? 1 : 0;
    }
    return m_anyRowMarked > 0;
}

QList<wizard::Finding> RecordTableModel::findingsOf(int row, const QString &fieldKey) const
{
    const QString name = recordName(row);
    const auto it = m_findings.constFind(wizard::NameKey{name});
    QList<wizard::Finding> named;
    if (it == m_findings.cend())
        return named;
    for (const qsizetype i : it.value()) {
        const wizard::Finding &f = m_allFindings.at(i);
        if (fieldKey.isEmpty() || f.fields.contains(fieldKey))
            named.append(f);
    }
    return named;
}

void RecordTableModel::addRecord()
{
    // Name the command after the record it adds ("Add EX2013CAS-2").
    wizard::Topology preview = m_session->topology();
    m_schema.append(preview);
    const QString name = m_schema.name(preview, m_schema.count(preview) - 1);
    m_session->edit(tr("Add %1").arg(name), [this](wizard::Plan &p) { m_schema.append(p.topology); });
}

void RecordTableModel::duplicateRecord(int row)
{
    if (row < 0 || row >= m_records.size())
        return;
    const qsizetype record = m_records.at(row);
    m_session->edit(tr("Duplicate %1").arg(recordName(row)),
                    [this, record](wizard::Plan &p) { m_schema.duplicate(p.topology, record); });
}

void RecordTableModel::removeRecord(int row)
{
    if (row < 0 || row >= m_records.size())
        return;
    const qsizetype record = m_records.at(row);
    m_session->edit(tr("Remove %1").arg(recordName(row)),
                    [this, record](wizard::Plan &p) { m_schema.remove(p.topology, record); });
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schema.columns.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordColumn &column = m_schema.columns.at(index.column());
    const wizard::Topology &t = m_session->topology();
    const qsizetype record = m_records.at(index.row());
    const bool isCheck = column.editor == RecordColumn::Editor::Check;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return isCheck ? QVariant() : column.value(t, record);
    case Qt::CheckStateRole:
        return isCheck ? QVariant(column.value(t, record).toBool() ? Qt::Checked : Qt::Unchecked) : QVariant();
    case EditorRole:
        return int(column.editor);
    case ChoicesRole:
        return column.choices ? QVariant(column.choices(t)) : QVariant();
    default:
        break;
    }
    // Markers: the name column carries every finding of the record, other cells those
    // that name their field.
    const QList<wizard::Finding> findings = findingsOf(index.row(), index.column() == 0 ? QString() : column.fieldKey);
    if (findings.isEmpty()) {
        // The names line up: while any row has a marker, the others keep its room.
        if (role == Qt::DecorationRole && index.column() == 0 && anyRowMarked())
            return blankIcon();
        return {};
    }
    wizard::Severity worst = wizard::Severity::Info;
    for (const wizard::Finding &f : findings)
        worst = qMin(worst, f.severity);
    switch (role) {
    case Qt::DecorationRole:
        return index.column() == 0 ? QVariant(severityIcon(worst)) : QVariant();
    case Qt::BackgroundRole: {
        // Errors and warnings tint their cells; an info's blue tint read as a stray
        // selection (its icon on the row and the tooltip say it).
        if (index.column() == 0 || worst == wizard::Severity::Info)
            return {};
        QColor tint = severityColor(worst, highContrastMarkers());
        tint.setAlpha(highContrastMarkers() ? 110 : 60);
        return tint;
    }
    case Qt::ToolTipRole: {
        QStringList tips;
        for (const wizard::Finding &f : findings)
            tips.append(findingToolTip(f));
        if (tips.isEmpty()) {
            // A long value (a list of servers) may be cut at its column's edge: all of it.
            const QString text = data(index, Qt::DisplayRole).toString();
            return text.size() > longValue ? QVariant(text) : QVariant();
        }
        return tips.join(QString());
    }
    case SeverityRole:
        return int(worst);
    default:
        return {};
    }
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const RecordColumn &column = m_schema.columns.at(index.column());
    if (!column.setValue)
        return false;
    QVariant newValue = value;
    if (column.editor == RecordColumn::Editor::Check) {
        if (role != Qt::CheckStateRole)
            return false;
        newValue = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    }
    const qsizetype record = m_records.at(index.row());
    const QString name = recordName(index.row());
    const int col = index.column();
    m_session->edit(tr("Change %1 of %2").arg(column.header, name), [this, record, col, newValue](wizard::Plan &p) {
        m_schema.columns.at(col).setValue(p.topology, record, newValue);
    });
    return true;
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const RecordColumn &column = m_schema.columns.at(index.column());
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (column.setValue && column.editor == RecordColumn::Editor::Check)
        f |= Qt::ItemIsUserCheckable;
    else if (column.setValue && column.editor != RecordColumn::Editor::ReadOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= 0 && section < m_schema.columns.size())
        return m_schema.columns.at(section).toolTip;
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= m_schema.columns.size())
        return {};
    return m_schema.columns.at(section).header;
}

} // namespace ui
