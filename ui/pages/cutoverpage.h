#pragma once

#include "wizardpage.h"

#include <QHash>

class QBoxLayout;
class QDateEdit;
class QGridLayout;
class QHBoxLayout;
class QCheckBox;
class QLabel;
class QTabWidget;
class QTableWidget;
class QChartView;
class QDate;

namespace ui {

class WaveDragChartView;

// The cutover step (issue 16): the milestones' dates, the mailbox-move waves, the gates
// the engine computed for each step, and the three charts. Dates are edited with date
// pickers; a wave moves to another date with its date cell, or a week at a time with
// the Earlier/Later buttons (Ctrl+[ and Ctrl+], for the keyboard), or by dragging its
// dashed line in the users chart.
class CutoverPage : public WizardPage
{
    Q_OBJECT

public:
    explicit CutoverPage(PlanSession *session, QWidget *parent = nullptr);

    bool shows(const wizard::Finding &finding, const wizard::Topology &topology) const override;
    void focusFinding(const wizard::Finding &finding) override;
    // Moves the selected wave by `days` (negative: earlier).
    void moveSelectedWave(int days);
    // Where the users chart draws a dated wave's line, in its view's viewport; -1 when the
    // wave is not dated or not on the chart. For tests and the drag.
    int waveLineX(int wave) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Rebuilds the page when it can be seen; otherwise when it is next shown (its charts
    // of a 1,000-server plan took a third of the wizard's start-up, unseen).
    void refresh();
    void rebuild();
    void updateDirection();
    void fitWaveTableHeight();
    // The height of the page's scrolling view (no limit before it is laid out).
    int pageViewHeight() const;
    void setMilestone(wizard::MilestoneKind kind);
    void editWaveCell(int row, int column);
    void addWave();
    void removeSelectedWave();
    // A wave dragged on the users chart to `to`.
    void moveWave(int row, QDate to);

    struct MilestoneEditor
    {
        QCheckBox *planned = nullptr;
        QDateEdit *date = nullptr;
        QLabel *gate = nullptr;
        QLabel *gateIcon = nullptr; // the error icon of a dated step still blocked (CUT-001)
    };
    QHash<int, MilestoneEditor> m_milestones; // by MilestoneKind
    QTableWidget *m_waves;
    QBoxLayout *m_top = nullptr;
    QGridLayout *m_form = nullptr;
    QHBoxLayout *m_waveButtons = nullptr;
    QTabWidget *m_charts;
    QList<QChartView *> m_chartViews;
    bool m_refreshing = false;
    bool m_fittingWaveRows = false; // a fit of the waves' rows is queued
    void queueWaveRowFit();
    qreal m_chartTextScale = 1.0; // workshop mode: the window's type scale
    bool m_stale = true;
    WaveDragChartView *m_usersChart = nullptr;
};

} // namespace ui
