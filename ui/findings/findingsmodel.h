#pragma once

#include "checks/finding.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QIcon>

namespace ui {

// The engine's findings as a table: severity, rule, subject, message. It displays them
// only; it never judges (ARCHITECTURE.md invariant 3).
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, SubjectColumn, MessageColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, SearchTextRole, SourceRole };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<wizard::Finding> &findings);
    const QList<wizard::Finding> &findings() const { return m_findings; }
    const wizard::Finding &finding(int row) const { return m_findings.at(row); }
    // The view's font, which the rule-id links are drawn in (underlined): a font role
    // replaces the view's font, so it must follow workshop mode's larger type.
    void setViewFont(const QFont &font);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<wizard::Finding> m_findings;
    QFont m_linkFont;
};

QString severityDisplayName(wizard::Severity severity);
QIcon severityIcon(wizard::Severity severity);
// A clear icon: keeps an icon's column on a row without one, so the texts line up.
QIcon blankIcon();
// "Server EX2010CAS", "Organization"
QString subjectDisplayName(const wizard::SubjectRef &subject);
// Message, why, fix and source as rich text for a tooltip.
QString findingToolTip(const wizard::Finding &finding);

} // namespace ui
