#pragma once

#include "flows/flow.h"
#include "wizardpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTreeView;

namespace ui {

class FlowTreeModel;

// The review step: the verdict of every client scenario (the engine's flows) and any
// further views of the plan (diagrams, the connection matrix) added with addView().
class ReviewPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(PlanSession *session, QWidget *parent = nullptr);

    // Adds a tab; the page takes ownership. Views connect to the session themselves.
    void addView(QWidget *view, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }
    PlanSession *planSession() const { return session(); }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setAnalysis(const QList<wizard::Finding> &findings, const QList<wizard::Flow> &flows);
    void fillFlows();
    // Hides the scenarios the "Show" choice and the search text leave out.
    void applyFilter();
    // After the model changed: failing scenarios open, the given flow/hop (or else the
    // first failing hop) selected, the count shown; fit: the columns to their text.
    void showFiltered(qsizetype flow, qsizetype hop, bool fit);
    // The whole reason of the selected hop (the Why column is cut at the window's edge).
    void showDetail();
    // The columns to their text, but the Why column keeps a third of the view: a long
    // scenario column gives up width (its whole text in the tooltip and below the list).
    void fitFlowColumns();

    QTabWidget *m_tabs;
    QLabel *m_summary;
    QComboBox *m_show;
    QLineEdit *m_search;
    QLabel *m_shown;
    QTreeView *m_flows;
    FlowTreeModel *m_model;
    QLabel *m_detail;
    bool m_flowsStale = true;
};

} // namespace ui
