#pragma once

#include "checks/finding.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace ui {

class CmdletImportActions;
class DiagramPanel;
class ExportActions;
class FindingsDock;
class FindingsPanel;
class HelpActions;
class LiveProbePanel;
class PlanFileActions;
class PlanSession;
class RecoveryFile;
class ReviewPage;
class StartPage;
class StepListModel;
class WizardPage;

// The wizard window: the step list on the left, the current step in the middle, the
// findings panel docked below. Pages are views of the one PlanSession.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    PlanSession *session() const { return m_session; }
    PlanFileActions *fileActions() const { return m_fileActions; }
    CmdletImportActions *importActions() const { return m_imports; }
    ExportActions *exportActions() const { return m_exports; }
    HelpActions *helpActions() const { return m_help; }
    ReviewPage *reviewPage() const { return m_review; }
    LiveProbePanel *liveProbePanel() const { return m_liveProbe; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    StepListModel *stepModel() const { return m_steps; }
    QList<WizardPage *> pages() const { return m_pages; }

    int currentStep() const;
    void goToStep(int step);
    // Shows the page that owns the finding and focuses the field it names.
    void showFinding(const wizard::Finding &finding);
    bool isWorkshopMode() const { return m_workshop; }
    void setWorkshopMode(bool on);
    // After a crash: offers to restore the unsaved plan left in the recovery file.
    bool offerRecovery(); // true when a plan was restored

protected:
    // Ctrl+Z / Ctrl+Y in a plan field go to the plan's undo stack (see the .cpp).
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPages();
    void createActions();
    void updateTitle();
    void updateSteps();
    void updateNavigation();
    int neighbourStep(int from, int direction) const;
    void fitStepList();
    void refreshDiagrams();
    void showExported(const QString &path);

    PlanSession *m_session;
    PlanFileActions *m_fileActions;
    CmdletImportActions *m_imports;
    ExportActions *m_exports;
    HelpActions *m_help = nullptr;
    RecoveryFile *m_recovery;
    StepListModel *m_steps;
    QSplitter *m_splitter;
    QListView *m_stepList;
    QStackedWidget *m_stack;
    QPushButton *m_back;
    QPushButton *m_next;
    FindingsPanel *m_findings;
    FindingsDock *m_findingsDock;
    StartPage *m_start = nullptr;
    ReviewPage *m_review = nullptr;
    DiagramPanel *m_diagrams = nullptr;
    LiveProbePanel *m_liveProbe = nullptr;
    bool m_diagramsStale = true;
    // Whether a new document waits for its first analysis to fit the findings dock again.
    bool m_findingsRefitPending = false;
    QList<WizardPage *> m_pages;
    QLabel *m_exportStatus = nullptr;
    bool m_workshop = false;
    QFont m_normalFont;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace ui
