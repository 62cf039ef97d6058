#include "findingsmodel.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QPixmap>
#include <QPointer>
#include <QStyle>

#include <array>

using namespace Qt::StringLiterals;

namespace ui {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FindingsModel::setViewFont(const QFont &font)
{
    QFont link = font;
    link.setUnderline(true);
    if (link == m_linkFont)
        return;
    m_linkFont = link;
    if (!m_findings.isEmpty())
        emit dataChanged(index(0, RuleColumn), index(int(m_findings.size()) - 1, RuleColumn), {Qt::FontRole});
}

void FindingsModel::setFindings(const QList<wizard::Finding> &findings)
{
    if (findings.size() == m_findings.size()) {
        m_findings = findings;
        if (!m_findings.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const wizard::Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityDisplayName(f.severity);
        case RuleColumn:
            return f.ruleId;
        case SubjectColumn:
            return subjectDisplayName(f.subject);
        case MessageColumn:
            return f.message;
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(severityIcon(f.severity)) : QVariant();
    // The rule id is the link to the finding's Microsoft source (FindingsPanel opens it).
    case Qt::ForegroundRole:
        if (index.column() == RuleColumn && !f.source.isEmpty())
            return QApplication::palette().brush(QPalette::Link);
        return {};
    case Qt::FontRole:
        if (index.column() == RuleColumn && !f.source.isEmpty())
            return m_linkFont;
        return {};
    case SourceRole:
        return f.source;
    case Qt::ToolTipRole:
        return findingToolTip(f);
    case SeverityRole:
        return int(f.severity);
    case SearchTextRole:
        return QStringList{f.ruleId, subjectDisplayName(f.subject), f.message, f.why, f.fix}.join(u'\n');
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case SubjectColumn:
        return tr("Subject");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

QString severityDisplayName(wizard::Severity severity)
{
    switch (severity) {
    case wizard::Severity::Error:
        return QCoreApplication::translate("ui", "Error");
    case wizard::Severity::Warning:
        return QCoreApplication::translate("ui", "Warning");
    case wizard::Severity::Info:
        return QCoreApplication::translate("ui", "Info");
    }
    return {};
}

QIcon severityIcon(wizard::Severity severity)
{
    // The style looks standard icons up in the icon theme (dozens of file look-ups
    // each, far more with a stale icon cache): once per style, not once per marker and
    // finding row. GUI thread only, like every widget.
    static QPointer<QStyle> cachedFor;
    static std::array<QIcon, 3> icons;
    QStyle *style = QApplication::style();
    if (cachedFor != style || icons[0].isNull()) {
        cachedFor = style;
        icons = {style->standardIcon(QStyle::SP_MessageBoxCritical), style->standardIcon(QStyle::SP_MessageBoxWarning),
                 style->standardIcon(QStyle::SP_MessageBoxInformation)};
    }
    switch (severity) {
    case wizard::Severity::Error:
        return icons[0];
    case wizard::Severity::Warning:
        return icons[1];
    case wizard::Severity::Info:
        return icons[2];
    }
    return {};
}

QIcon blankIcon()
{
    static const QIcon blank = [] {
        QPixmap pixmap(64, 64);
        pixmap.fill(Qt::transparent);
        return QIcon(pixmap);
    }();
    return blank;
}

QString subjectDisplayName(const wizard::SubjectRef &subject)
{
    const char *kind = "Organization";
    switch (subject.kind) {
    case wizard::SubjectKind::Organization:
        return QCoreApplication::translate("ui", "Organization");
    case wizard::SubjectKind::Site:
        kind = QT_TRANSLATE_NOOP("ui", "Site %1");
        break;
    case wizard::SubjectKind::Server:
        kind = QT_TRANSLATE_NOOP("ui", "Server %1");
        break;
    case wizard::SubjectKind::CasArray:
        kind = QT_TRANSLATE_NOOP("ui", "CAS array %1");
        break;
    case wizard::SubjectKind::Database:
        kind = QT_TRANSLATE_NOOP("ui", "Database %1");
        break;
    case wizard::SubjectKind::Certificate:
        kind = QT_TRANSLATE_NOOP("ui", "Certificate %1");
        break;
    case wizard::SubjectKind::LoadBalancer:
        kind = QT_TRANSLATE_NOOP("ui", "Load balancer %1");
        break;
    case wizard::SubjectKind::ClientGroup:
        kind = QT_TRANSLATE_NOOP("ui", "Client group %1");
        break;
    }
    return QCoreApplication::translate("ui", kind).arg(subject.name);
}

QString findingToolTip(const wizard::Finding &finding)
{
    QString tip = u"<b>%1 %2</b>: %3"_s.arg(severityDisplayName(finding.severity), finding.ruleId,
                                            finding.message.toHtmlEscaped());
    if (!finding.why.isEmpty())
        tip += u"<br/><br/><b>%1</b> %2"_s.arg(QCoreApplication::translate("ui", "Why:"), finding.why.toHtmlEscaped());
    if (!finding.fix.isEmpty())
        tip += u"<br/><br/><b>%1</b><br/><code>%2</code>"_s.arg(QCoreApplication::translate("ui", "Fix:"),
                                                                finding.fix.toHtmlEscaped());
    if (!finding.source.isEmpty())
        tip += u"<br/><br/><b>%1</b> %2<br/><i>%3</i>"_s.arg(
            QCoreApplication::translate("ui", "Source:"), finding.source.toHtmlEscaped(),
            QCoreApplication::translate("ui", "Click the rule id to open it."));
    return u"<qt>%1</qt>"_s.arg(tip);
}

} // namespace ui
