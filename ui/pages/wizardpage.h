#pragma once

#include "checks/finding.h"
#include "topology/topology.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace ui {

class PlanSession;

// One step of the wizard. Pages are views of the session: they read the plan, send
// edits through the session and show the findings that concern them; they hold no
// state of their own that Back/Next could lose.
class WizardPage : public QWidget
{
    Q_OBJECT

public:
    WizardPage(PlanSession *session, const QString &title, const QString &intro, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    // Pages that do not apply to the plan are skipped by Back/Next (e.g. no legacy
    // servers: no legacy page).
    virtual bool appliesTo(const wizard::Topology &topology) const;
    // Whether the finding belongs to this step (step counts, jumping to a finding).
    virtual bool shows(const wizard::Finding &finding, const wizard::Topology &topology) const;
    // Brings the finding's record and field into view and focuses the field.
    virtual void focusFinding(const wizard::Finding &finding);

protected:
    PlanSession *session() const { return m_session; }
    // Content goes below the title and the introduction.
    QVBoxLayout *contentLayout() const { return m_content; }
    // A body below the introduction that scrolls as one page when the window is too small
    // for it (at 1366x768 in workshop type): wrapped text keeps the lines it needs, nothing
    // is squeezed until it is cut, and the steps list keeps its width. Created on first use.
    QVBoxLayout *scrollingContentLayout();
    void changeEvent(QEvent *event) override;

private:
    void updateHeadingFont();

    QLabel *m_heading;
    PlanSession *m_session;
    QString m_title;
    QVBoxLayout *m_content;
    QVBoxLayout *m_scrollingContent = nullptr;
};

// The server a finding is about, or nullptr.
const wizard::Server *findingServer(const wizard::Finding &finding, const wizard::Topology &topology);

} // namespace ui
