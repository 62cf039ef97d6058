#include "flowtreemodel.h"

#include "diagramlayout.h"

#include "topology/authmethod.h"
#include "verdicticon.h"
#include "widgets/markedfield.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
// Text colours that keep a contrast of at least 4.5:1 on white (WCAG AA), so that the
// words read on a projector too; the words themselves say the verdict.
QColor verdictColor(wizard::Verdict v)
{
    switch (v) {
    case wizard::Verdict::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case wizard::Verdict::Warn:
        return QColor(0x8a, 0x53, 0x00);
    case wizard::Verdict::Fail:
        return severityColor(wizard::Severity::Error, highContrastMarkers());
    case wizard::Verdict::Unknown:
        return QColor(0x61, 0x61, 0x61);
    }
    return {};
}

bool listed(FlowTreeModel::Show show, wizard::Verdict overall)
{
    switch (show) {
    case FlowTreeModel::ShowNotOk:
        return overall != wizard::Verdict::Ok;
    case FlowTreeModel::ShowFailing:
        return overall == wizard::Verdict::Fail;
    case FlowTreeModel::ShowAll:
        break;
    }
    return true;
}

// A scenario row's internal id is 0; a hop's is its scenario's row + 1.
constexpr quintptr ScenarioRow = 0;
} // namespace

FlowTreeModel::FlowTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void FlowTreeModel::setFlows(const QList<wizard::Flow> &flows)
{
    beginResetModel();
    m_flows = flows;
    refilter();
    endResetModel();
}

void FlowTreeModel::setFilter(Show show, const QString &text)
{
    if (show == m_show && text == m_text)
        return;
    beginResetModel();
    m_show = show;
    m_text = text;
    refilter();
    endResetModel();
}

void FlowTreeModel::refilter()
{
    m_shown.clear();
    m_rowOfFlow = QList<qsizetype>(m_flows.size(), -1);
    for (qsizetype i = 0; i < m_flows.size(); ++i) {
        const wizard::Flow &flow = m_flows[i];
        if (!listed(m_show, flow.overall))
            continue;
        if (!m_text.isEmpty() && !flow.scenarioId().contains(m_text, Qt::CaseInsensitive))
            continue;
        m_rowOfFlow[i] = m_shown.size();
        m_shown.append(i);
    }
}

QModelIndex FlowTreeModel::indexOf(qsizetype flow, qsizetype hop, int column) const
{
    if (flow < 0 || flow >= m_rowOfFlow.size() || m_rowOfFlow[flow] < 0)
        return {};
    const qsizetype row = m_rowOfFlow[flow];
    if (hop < 0)
        return createIndex(int(row), column, ScenarioRow);
    if (hop >= m_flows[flow].hops.size())
        return {};
    return createIndex(int(hop), column, quintptr(row + 1));
}

std::pair<qsizetype, qsizetype> FlowTreeModel::flowAndHop(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {-1, -1};
    if (index.internalId() == ScenarioRow)
        return {m_shown.value(index.row(), -1), -1};
    return {m_shown.value(qsizetype(index.internalId() - 1), -1), index.row()};
}

QModelIndex FlowTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_shown.size() ? createIndex(row, column, ScenarioRow) : QModelIndex();
    if (parent.internalId() != ScenarioRow || parent.row() >= m_shown.size())
        return {};
    if (row >= m_flows[m_shown[parent.row()]].hops.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FlowTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == ScenarioRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, ScenarioRow);
}

int FlowTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_shown.size());
    if (parent.column() != 0 || parent.internalId() != ScenarioRow || parent.row() >= m_shown.size())
        return 0;
    return int(m_flows[m_shown[parent.row()]].hops.size());
}

int FlowTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FlowTreeModel::data(const QModelIndex &index, int role) const
{
    const auto [f, h] = flowAndHop(index);
    if (f < 0)
        return {};
    const wizard::Flow &flow = m_flows[f];
    if (h < 0) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == ScenarioColumn)
                return flow.scenarioId();
            if (index.column() == VerdictColumn)
                return render::verdictDisplayName(flow.overall);
            return {};
        case Qt::ToolTipRole: // the whole name where a narrow column cuts it
            return index.column() == ScenarioColumn ? QVariant(flow.scenarioId()) : QVariant();
        case Qt::ForegroundRole:
            return index.column() == VerdictColumn ? QVariant(verdictColor(flow.overall)) : QVariant();
        case Qt::DecorationRole: // the diagrams' icon: the verdict is not told by colour alone
            return index.column() == VerdictColumn ? QVariant(verdictIcon(flow.overall)) : QVariant();
        case VerdictRole:
            return static_cast<int>(flow.overall);
        default:
            return {};
        }
    }
    if (h >= flow.hops.size())
        return {};
    const wizard::Hop &hop = flow.hops[h];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ScenarioColumn:
            // The scenario's row above names the client and the mailbox: a hop row names
            // the hop, in brief ("Part A"), and its endpoint column where it goes. Before,
            // "Road warriors (External) → owa.contoso.com" was cut to "Road warriors (…
            // owa.contoso.com" at 1366x768 in workshop mode.
            return render::hopBriefName(hop.kind);
        case VerdictColumn:
            return render::verdictDisplayName(hop.verdict);
        case EndpointColumn:
            return hopEndpoint(hop);
        case AuthenticationColumn:
            return wizard::authMethodDisplayNameOf(hop.authMethod);
        case WhyColumn:
            return hop.note;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ScenarioColumn) // the hop in full: its name, from where to where
            return tr("%1, %2 \u2192 %3").arg(render::hopDisplayName(hop.kind), hop.from, hopEndpoint(hop));
        if (index.column() == EndpointColumn) {
            if (!hop.to.isEmpty() && !hop.toServer.isEmpty() && hop.to.compare(hop.toServer, Qt::CaseInsensitive) != 0)
                return tr("%1, answered by %2").arg(hop.to, hop.toServer);
            return hopEndpoint(hop);
        }
        if (index.column() != WhyColumn)
            return {};
        return hop.ruleIds.isEmpty() ? hop.note : tr("%1 (%2)").arg(hop.note, hop.ruleIds.join(u", "_s));
    case Qt::ForegroundRole:
        return index.column() == VerdictColumn ? QVariant(verdictColor(hop.verdict)) : QVariant();
    case Qt::DecorationRole:
        return index.column() == VerdictColumn ? QVariant(verdictIcon(hop.verdict)) : QVariant();
    case VerdictRole:
        return static_cast<int>(hop.verdict);
    default:
        return {};
    }
}

QString FlowTreeModel::hopEndpoint(const wizard::Hop &hop)
{
    // The host name the client or server connects to; a hop with none (e.g. Outlook
    // Anywhere off) names its server, or says that no host name is known rather than
    // pointing at nothing.
    return !hop.to.isEmpty() ? hop.to : !hop.toServer.isEmpty() ? hop.toServer : tr("(no host name)");
}

QVariant FlowTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == AuthenticationColumn)
        return tr("The authentication method the hop uses (Basic, NTLM or Negotiate)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ScenarioColumn:
        return tr("Scenario / hop");
    case VerdictColumn:
        return tr("Verdict");
    case EndpointColumn:
        return tr("Endpoint");
    case AuthenticationColumn:
        // "Method", as the hop's reason says ("the host name and method come from ..."):
        // "Authentication" was wider than any of its values and left the host names cut.
        return tr("Method");
    case WhyColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace ui
