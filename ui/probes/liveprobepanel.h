#pragma once

#include "proberun.h"
#include "topology/probeobservation.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ui {

class PlanSession;
class ProbeResultsModel;

// The review step's "Live check" (docs/probes.md): asks the network about the plan's
// names only when the user presses Check live, with a progress bar, Cancel, and a table
// that fills in as each name answers. A finished run is stored in the plan (one
// undoable edit), so its findings mark the fields they contradict and the diagram's
// Part A hop shows the observed answer beside the planned one.
class LiveProbePanel : public QWidget
{
    Q_OBJECT

public:
    explicit LiveProbePanel(PlanSession *session, QWidget *parent = nullptr);
    ~LiveProbePanel() override;

    ProbeResultsModel *model() const { return m_model; }
    bool isProbing() const { return m_run != nullptr; }

    void checkLive();
    void cancel();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The scope list and the saved results, again from the plan (only while the panel is
    // seen: an edit elsewhere marks them stale, the next show or live check refreshes).
    void refreshFromPlan();
    void showSaved();
    void fillScope();
    void nameObserved();
    void runFinished();
    void setProbing(bool probing);

    PlanSession *m_session;
    ProbeResultsModel *m_model;
    QComboBox *m_scope;
    QLineEdit *m_dnsServer;
    QLineEdit *m_caFile;
    QPushButton *m_check;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableView *m_table;
    QPointer<probes::ProbeRun> m_run;
    bool m_stale = false;
};

} // namespace ui
