#include "findingsdock.h"

#include "findingsdocktitle.h"
#include "findingsfiltermodel.h"
#include "findingspanel.h"

#include <QAction>
#include <QMainWindow>
#include <QScreen>
#include <QSignalBlocker>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
// Screens less high than this (1366x768, 1280x720, 1280x800) fold the findings list in
// workshop mode; a taller screen whose workshop type is larger in proportion (1920x1080)
// is as short for that type, and folds it too.
constexpr int ShortScreen = 900;
} // namespace

FindingsDock::FindingsDock(FindingsPanel *panel, QMainWindow *window)
    : QDockWidget(tr("Findings"), window)
    , m_window(window)
    , m_panel(panel)
    , m_list(new QAction(tr("Findings &list"), this))
{
    setObjectName(u"findingsDock"_s);
    panel->setObjectName(u"findingsPanel"_s);
    setWidget(panel);
    m_list->setObjectName(u"actionFindingsList"_s);
    m_list->setCheckable(true);
    m_list->setChecked(true);
    m_list->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_list, &QAction::toggled, this, &FindingsDock::setListShown);
    setTitleBarWidget(new FindingsDockTitle(this, panel->filterBar(), m_list));
}

void FindingsDock::setListShown(bool shown)
{
    // On a closed panel the key opens it, with its list, whichever way the list was
    // (not while the settings are restored, before the window is shown: a folded list
    // stays folded, a closed panel closed).
    if (isHidden() && m_window->isVisible()) {
        if (!shown) {
            const QSignalBlocker blocker(m_list);
            m_list->setChecked(true);
            shown = true;
        }
        show();
    }
    m_panel->setListShown(shown);
    fitRows(m_rows);
}

void FindingsDock::refit(bool newDocument)
{
    // As many rows as there are findings, two to five: a plan with two findings leaves
    // the step above (the Review's diagram) the room of three more rows. A new document
    // fits the dock again; while editing it only grows, so that rows do not come and go
    // under the user's hands, and never shrinks a dock the user made taller.
    const int rows = std::clamp(int(m_panel->filterModel()->rowCount()), 2, 5);
    if (newDocument || (rows > m_rows && height() < m_height + 2))
        fitRows(rows);
    // On the first open after the window is shown, the main window's next layout of
    // its docks gave the dock its size hint (165 px for the 145 asked): fit it once
    // more when the events queued now are done.
    if (newDocument)
        QMetaObject::invokeMethod(this, &FindingsDock::fitAgain, Qt::QueuedConnection);
}

void FindingsDock::fitRows(int rows)
{
    // Enough rows to work from (up to five findings under the filter and the header) in
    // the current type, but never more than a third of the screen: the step above
    // needs the rest (1366x768 in workshop mode has little).
    m_rows = rows;
    // The title bar (the panel's filter row in it) as QDockWidget's layout sizes it.
    const int title = titleBarWidget()->sizeHint().height();
    const QScreen *display = m_window->screen();
    const int most = display ? display->availableGeometry().height() / 3 : 240;
    const int panel = m_panel->isListShown() ? m_panel->heightForRows(rows) : m_panel->foldedHeight();
    m_height = std::min(title + panel, most);
    m_window->resizeDocks({this}, {m_height}, Qt::Vertical);
}

void FindingsDock::setWorkshopMode(bool on, qreal typeScale)
{
    // A short screen in workshop mode (1366x768, 1280x720) has no room for the findings
    // list under the page: the list folds, its counts stay in view, and Ctrl+J or the
    // panel's arrow brings it back. Leaving workshop mode restores it as it was.
    if (on) {
        m_listBeforeWorkshop = m_list->isChecked();
        const QScreen *display = m_window->screen();
        if (display && display->availableGeometry().height() < ShortScreen * typeScale)
            m_list->setChecked(false);
    } else {
        m_list->setChecked(m_listBeforeWorkshop);
    }
    fitAgain();
}

} // namespace ui
