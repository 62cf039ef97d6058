#pragma once

#include "checks/finding.h"

#include <QHash>

#include <QWidget>
#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace ui {

class FindingsFilterModel;
class FindingsModel;

// All findings of the plan with a severity filter and a search box. Activating a
// finding asks the window to show its page and field.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setFindings(const QList<wizard::Finding> &findings);
    // What the plan still lacks before the checks can say much (an empty new plan):
    // shown instead of "every check passes" when there is no finding. Empty: nothing.
    void setMissingInput(const QString &whatToEnterFirst);
    // The panel's height that shows `rows` findings under the filter row and the header,
    // in the current font and style.
    int heightForRows(int rows) const;
    // The severity filter, the search field and the counts, in a row the panel shows
    // above its list until another widget takes it (the dock's title bar).
    QWidget *filterBar() const { return m_filterBar; }
    // Folds the list away (the filter row and the counts stay where they are) or shows
    // it again. A folded panel is only its margins high: the page above gets the room
    // (1366x768 in workshop mode).
    void setListShown(bool shown);
    bool isListShown() const { return m_listShown; }
    int foldedHeight() const;
    FindingsModel *model() const { return m_model; }
    FindingsFilterModel *filterModel() const { return m_filter; }

Q_SIGNALS:
    void findingActivated(const wizard::Finding &finding);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitColumns();
    int advanceOf(const QString &text);
    void activate(const QModelIndex &proxyIndex);
    // Opens the Microsoft page a finding cites (its rule id is shown as a link); false
    // when it cites none.
    bool openSource(const QModelIndex &proxyIndex);
    void showContextMenu(const QPoint &pos);
    void updateSummary();

    FindingsModel *m_model;
    FindingsFilterModel *m_filter;
    QComboBox *m_severity;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_empty; // in place of the view when it has no rows: says why
    QLabel *m_summary;
    QWidget *m_filterBar;
    QHash<QString, int> m_advance; // text -> width in the view's font
    // The subject column's width of a subject (kind, name), without writing its text.
    QHash<std::pair<int, QString>, int> m_subjectAdvance;
    int subjectAdvanceOf(const wizard::SubjectRef &subject);
    QString m_missingInput;
    bool m_listShown = true;
};

} // namespace ui
