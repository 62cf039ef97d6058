#include "mainwindow.h"

#include "cmdletimportactions.h"
#include "diagrampanel.h"
#include "exportactions.h"
#include "findings/findingsdock.h"
#include "findings/findingsfiltermodel.h"
#include "findings/findingspanel.h"
#include "helpactions.h"
#include "pages/authenticationpage.h"
#include "pages/cutoverpage.h"
#include "pages/exportpage.h"
#include "pages/organizationpage.h"
#include "pages/recordpage.h"
#include "pages/reviewpage.h"
#include "pages/serverspage.h"
#include "pages/startpage.h"
#include "planfileactions.h"
#include "probes/liveprobepanel.h"
#include "session/plansession.h"
#include "session/recoveryfile.h"
#include "steplistmodel.h"
#include "widgets/markedfield.h"
#include "workshopstyle.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
// Workshop mode's type, relative to the normal font: readable from the back of the room
// on a 1366x768 or 1280x800 projector. A taller screen (1920x1080, or 4K at 200%) gets
// type as large in proportion to its height, up to 1080 logical pixels: a projected
// 1080p image is no larger on the wall, and its type at 1.5 read about 30% smaller.
constexpr qreal WorkshopScale = 1.5;
constexpr qreal ProjectorHeight = 800;
constexpr qreal TallestProjectorHeight = 1080;

qreal workshopScaleFor(const QScreen *screen)
{
    const qreal height = screen ? screen->geometry().height() : ProjectorHeight;
    return WorkshopScale * std::clamp(height / ProjectorHeight, 1.0, TallestProjectorHeight / ProjectorHeight);
}

// An empty or nearly empty plan passes every check for want of anything to check: say
// what to enter first instead (issue 14).
QString whatToEnterFirst(const wizard::Topology &t)
{
    const bool noNames = t.organization.namespaces == wizard::Namespaces{} && t.servers.isEmpty();
    if (noNames)
        return MainWindow::tr("Nothing to check yet. Enter first the host names Outlook will use (step "
                              "\"Organization and namespaces\"), then the new and the legacy servers.");
    if (t.servers.isEmpty())
        return MainWindow::tr("Nothing to check yet: enter the new Client Access servers and the legacy servers.");
    if (t.clientGroups.isEmpty())
        return MainWindow::tr("No findings so far, but no client group is planned: add the client groups (step "
                              "\"Client groups\") to check how their Outlook connects.");
    return {};
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new PlanSession(this))
    , m_fileActions(new PlanFileActions(m_session, this))
    , m_imports(new CmdletImportActions(m_session, this))
    , m_exports(new ExportActions(m_session, this))
    , m_recovery(new RecoveryFile(m_session, 2000, this))
    , m_steps(new StepListModel(this))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_stepList(new QListView)
    , m_stack(new QStackedWidget)
    , m_back(new QPushButton(tr("< &Back")))
    , m_next(new QPushButton(tr("&Next >")))
    , m_findings(new FindingsPanel)
    , m_findingsDock(new FindingsDock(m_findings, this))
    , m_normalFont(font())
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);
    qApp->installEventFilter(this);
    m_stepList->setObjectName(u"stepList"_s);
    m_stepList->setAccessibleName(tr("Wizard steps"));
    m_stepList->setModel(m_steps);
    m_stepList->setSpacing(2);
    m_stepList->setWordWrap(true);
    m_stepList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stack->setObjectName(u"pages"_s);
    m_back->setObjectName(u"backButton"_s);
    m_next->setObjectName(u"nextButton"_s);
    m_back->setAccessibleName(tr("Previous step"));
    m_next->setAccessibleName(tr("Next step"));

    createPages();

    auto *navigation = new QHBoxLayout;
    navigation->addStretch(1);
    navigation->addWidget(m_back);
    navigation->addWidget(m_next);
    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->addWidget(m_stack, 1);
    centreLayout->addLayout(navigation);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_stepList);
    m_splitter->addWidget(centre);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);

    createActions();

    connect(m_stepList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    goToStep(current.row());
            });
    connect(m_back, &QPushButton::clicked, this, [this] { goToStep(neighbourStep(currentStep(), -1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { goToStep(neighbourStep(currentStep(), +1)); });
    connect(m_findings, &FindingsPanel::findingActivated, this, &MainWindow::showFinding);
    connect(m_recovery, &RecoveryFile::writeFailed, this, [this](const QString &message) {
        // Not modal: work goes on, the user knows the autosave is not protecting it.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Autosave failed"),
                                    tr("Unsaved changes could not be saved to the recovery file:\n%1").arg(message),
                                    QMessageBox::Ok, this);
        box->setObjectName(u"autosaveFailedDialog"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_session, &PlanSession::analysisChanged, this, [this](const QList<wizard::Finding> &findings) {
        m_findings->setMissingInput(whatToEnterFirst(m_session->topology()));
        m_findings->setFindings(findings);
        m_findingsDock->refit(std::exchange(m_findingsRefitPending, false));
        updateSteps();
        // Diagrams are laid out only when the review is on screen: typing elsewhere
        // stays fast on large plans.
        m_diagramsStale = true;
        if (m_stack->currentWidget() == m_review)
            refreshDiagrams();
    });
    connect(m_session, &PlanSession::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_session, &PlanSession::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &PlanSession::documentReplaced, this, [this] {
        m_findingsRefitPending = true;
        if (currentStep() == 0)
            goToStep(neighbourStep(0, +1));
    });
    connect(m_fileActions, &PlanFileActions::recentFilesChanged, m_start, &StartPage::setRecentFiles);
    connect(m_exports, &ExportActions::exported, this, &MainWindow::showExported);

    m_findings->setMissingInput(whatToEnterFirst(m_session->topology()));
    m_findings->setFindings(m_session->findings());
    updateSteps();
    updateTitle();
    goToStep(0);

    fitStepList();
    m_findingsDock->refit(true);
    QSettings settings;
    resize(1200, 760);
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_findingsDock->listAction()->setChecked(settings.value(u"window/findingsList"_s, true).toBool());
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_start = new StartPage(m_session);
    m_start->setRecentFiles(m_fileActions->recentFiles());
    connect(m_start, &StartPage::newPlanRequested, m_fileActions, &PlanFileActions::newPlan);
    connect(m_start, &StartPage::openRequested, m_fileActions, &PlanFileActions::open);
    connect(m_start, &StartPage::importRequested, m_imports->importAction(), &QAction::trigger);
    connect(m_start, &StartPage::openFileRequested, this, [this](const QString &path) {
        if (m_fileActions->maybeSave())
            m_fileActions->openFile(path);
    });
    m_review = new ReviewPage(m_session);
    m_diagrams = new DiagramPanel;
    m_diagrams->setObjectName(u"diagramPanel"_s);
    m_review->addView(m_diagrams, tr("Diagrams and connection matrix"));
    m_liveProbe = new LiveProbePanel(m_session);
    m_review->addView(m_liveProbe, tr("Live check"));
    connect(m_diagrams, &DiagramPanel::findingActivated, this, &MainWindow::showFinding);
    auto *sites = new RecordPage(m_session, tr("AD sites"),
                                 tr("The Active Directory sites of the organization; an Internet-facing site has "
                                    "Client Access servers that clients reach from outside."),
                                 siteSchema());
    sites->setObjectName(u"sitesPage"_s);
    auto *certificates = new RecordPage(m_session, tr("Certificates"),
                                        tr("The certificates on the Client Access servers and the names they cover. "
                                           "Separate several names or servers with commas."),
                                        certificateSchema());
    certificates->setObjectName(u"certificatesPage"_s);
    auto *loadBalancers = new RecordPage(m_session, tr("Load balancers"),
                                         tr("Load balancers or reverse proxies in front of the new Client Access "
                                            "servers, with the names they answer for."),
                                         loadBalancerSchema());
    loadBalancers->setObjectName(u"loadBalancersPage"_s);
    auto *clients = new RecordPage(m_session, tr("Client groups"),
                                   tr("Groups of Outlook users: their Outlook version, where they connect from and "
                                      "the servers that hold their mailboxes."),
                                   clientGroupSchema());
    clients->setObjectName(u"clientGroupsPage"_s);
    m_pages = {m_start,
               new OrganizationPage(m_session),
               sites,
               new ServersPage(m_session, ServerGeneration::New),
               new ServersPage(m_session, ServerGeneration::Legacy),
               certificates,
               loadBalancers,
               clients,
               new AuthenticationPage(m_session),
               m_review,
               new CutoverPage(m_session),
               new ExportPage(m_session, m_exports)};
    QStringList titles;
    for (WizardPage *page : std::as_const(m_pages)) {
        m_stack->addWidget(page);
        titles.append(page->title());
    }
    m_steps->setTitles(titles);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_fileActions->newAction());
    file->addAction(m_fileActions->openAction());
    file->addMenu(m_fileActions->recentMenu());
    file->addAction(m_imports->importAction());
    file->addMenu(m_exports->menu());
    file->addAction(m_exports->printPreviewAction());
    file->addAction(m_exports->printAction());
    file->addSeparator();
    file->addAction(m_fileActions->saveAction());
    file->addAction(m_fileActions->saveAsAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"actionUndo"_s);
    m_undoAction = undo;
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y on every platform, beside the platform's own (Ctrl+Shift+Z on Linux and macOS).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    redo->setShortcuts(redoKeys);
    redo->setObjectName(u"actionRedo"_s);
    m_redoAction = redo;
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_imports->pasteAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *workshop = view->addAction(tr("&Workshop mode"));
    workshop->setObjectName(u"actionWorkshopMode"_s);
    workshop->setCheckable(true);
    workshop->setShortcut(QKeySequence(Qt::Key_F11));
    connect(workshop, &QAction::toggled, this, &MainWindow::setWorkshopMode);
    QAction *findingsToggle = m_findingsDock->toggleViewAction();
    findingsToggle->setText(tr("&Findings panel"));
    view->addAction(findingsToggle);
    view->addAction(m_findingsDock->listAction());

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    // Ctrl+PgDn / Ctrl+PgUp as between tabs of any desktop application, Alt+arrows as
    // in a browser.
    QAction *back = go->addAction(tr("&Previous step"), m_back, &QPushButton::click);
    back->setObjectName(u"actionPreviousStep"_s);
    back->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)});
    QAction *next = go->addAction(tr("&Next step"), m_next, &QPushButton::click);
    next->setObjectName(u"actionNextStep"_s);
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_help = new HelpActions(this, [this] { return m_pages.at(currentStep())->title(); });
    help->addAction(m_help->helpAction());
    help->addSeparator();
    help->addAction(m_help->aboutAction());
}

int MainWindow::currentStep() const
{
    return m_stack->currentIndex();
}

void MainWindow::goToStep(int step)
{
    if (step < 0 || step >= m_pages.size())
        return;
    m_stack->setCurrentIndex(step);
    if (m_pages.at(step) == m_review && m_diagramsStale)
        refreshDiagrams();
    const QModelIndex index = m_steps->index(step);
    if (m_stepList->currentIndex() != index)
        m_stepList->setCurrentIndex(index);
    updateNavigation();
}

int MainWindow::neighbourStep(int from, int direction) const
{
    for (int step = from + direction; step >= 0 && step < m_pages.size(); step += direction) {
        if (m_steps->applies(step))
            return step;
    }
    return from;
}

void MainWindow::updateNavigation()
{
    m_back->setEnabled(neighbourStep(currentStep(), -1) != currentStep());
    m_next->setEnabled(neighbourStep(currentStep(), +1) != currentStep());
}

void MainWindow::showFinding(const wizard::Finding &finding)
{
    const wizard::Topology &topology = m_session->topology();
    for (int step = 0; step < m_pages.size(); ++step) {
        if (m_pages.at(step)->shows(finding, topology)) {
            goToStep(step);
            m_pages.at(step)->focusFinding(finding);
            return;
        }
    }
}

void MainWindow::updateSteps()
{
    const wizard::Topology &topology = m_session->topology();
    QList<wizard::FindingCounts> counts(m_pages.size());
    QList<bool> applies;
    for (WizardPage *page : std::as_const(m_pages))
        applies.append(page->appliesTo(topology));
    for (const wizard::Finding &finding : m_session->findings()) {
        for (int step = 0; step < m_pages.size(); ++step) {
            if (!m_pages.at(step)->shows(finding, topology))
                continue;
            wizard::FindingCounts &c = counts[step];
            (finding.severity == wizard::Severity::Error         ? c.errors
                 : finding.severity == wizard::Severity::Warning ? c.warnings
                                                                 : c.infos)++;
            break;
        }
    }
    m_steps->setState(counts, applies);
    updateNavigation();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] - CoexPlan").arg(m_session->displayName()));
    setWindowModified(m_session->isDirty());
}

void MainWindow::setWorkshopMode(bool on)
{
    if (on == m_workshop)
        return;
    m_workshop = on;
    const qreal scale = workshopScaleFor(screen());
    MarkedField::setHighContrast(on);
    // Large type for a projector: readable from the back of the room.
    QFont large = m_normalFont;
    if (on)
        large.setPointSizeF(std::round(m_normalFont.pointSizeF() * scale * 2) / 2); // to a half point
    setFont(large);
    // Check boxes, icons and scroll bars grow too: the style is the application's, so it
    // stays large while any window is in workshop mode.
    static int workshopWindows = 0;
    static qreal styleScale = WorkshopScale; // of the last window that went into workshop mode
    workshopWindows += on ? 1 : -1;
    if (on)
        styleScale = scale;
    WorkshopStyle::apply(workshopWindows > 0 ? styleScale : 1.0);
    // Table headers keep the font the platform gives their class; scale it with the rest.
    for (QHeaderView *header : findChildren<QHeaderView *>()) {
        QFont headerFont = QApplication::font(header);
        if (on)
            headerFont.setPointSizeF(headerFont.pointSizeF() * scale);
        header->setFont(headerFont);
    }
    m_diagrams->setTextScale(on ? scale : 1.0);
    fitStepList();
    m_findingsDock->setWorkshopMode(on, scale / WorkshopScale);
    if (on)
        showFullScreen();
    else
        showNormal();
    for (QWidget *w : findChildren<QWidget *>())
        w->update();
}

void MainWindow::refreshDiagrams()
{
    m_diagramsStale = false;
    m_diagrams->setAnalysis(m_session->topology(), m_session->findings(), m_session->flows());
}

void MainWindow::fitStepList()
{
    // Wide enough for the longest step title in the current font (workshop mode
    // enlarges it), so that titles do not wrap or elide.
    const QFontMetrics metrics(font());
    // Icons one line of text high: a step without findings (a clear icon keeps the
    // column) is not made taller by it, and the icons grow with the type.
    m_stepList->setIconSize(QSize(metrics.height(), metrics.height()));
    int widest = 0;
    for (int step = 0; step < m_steps->rowCount(); ++step) {
        const QStringList lines = m_steps->index(step).data().toString().split(u'\n');
        widest = qMax(widest, metrics.horizontalAdvance(lines.first()));
    }
    const int iconAndMargins = metrics.height() + 40;
    const int total = qMax(m_splitter->width(), width());
    m_splitter->setSizes({widest + iconAndMargins, qMax(1, total - widest - iconAndMargins)});
}

bool MainWindow::offerRecovery()
{
    // Each left-behind plan in turn, newest first; the first one restored ends the
    // questions (the others stay for the next window that opens).
    for (const RecoveryFile::Recovered &recovered : RecoveryFile::pending()) {
        const QString title = recovered.plan.info.title.isEmpty() ? tr("Untitled") : recovered.plan.info.title;
        const QString when = QLocale().toString(recovered.written, QLocale::ShortFormat);
        const auto answer = QMessageBox::question(
            this, tr("Restore unsaved plan?"),
            tr("A CoexPlan window did not close normally. Restore the unsaved changes of \"%1\" (autosaved %2)?")
                .arg(title, when),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            RecoveryFile::discard(recovered);
            continue;
        }
        // Restored as an edit on top of the original file, so it shows as unsaved; this
        // window's own autosave takes it over from here.
        if (!recovered.originalPath.isEmpty())
            m_session->open(recovered.originalPath);
        const wizard::Plan plan = recovered.plan;
        m_session->edit(tr("Restore unsaved changes"), [plan](wizard::Plan &p) { p = plan; });
        m_recovery->writeNow();
        RecoveryFile::discard(recovered);
        return true;
    }
    return false;
}

// Typing in a plan field is one command on the plan's undo stack (PlanSession merges
// the keystrokes), so undo there is the plan's: Ctrl+Z first takes back the field's own
// typing (the whole run of it, as one step), then the edits before it, and Ctrl+Y or
// Ctrl+Shift+Z brings them back. A QLineEdit would otherwise claim the keys for its own
// history, which setText() clears whenever the plan changes: Ctrl+Z then did nothing,
// or replaced the field's text with an older one as a new edit, and the plan's redo was
// lost. Fields that are not the plan's (search boxes, the live check's DNS server, a
// table cell being edited, dialogs) keep their own undo.
bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *edit = qobject_cast<QLineEdit *>(watched);
    if (!edit || edit->window() != this || !qobject_cast<MarkedField *>(edit->parentWidget()))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const QKeySequence pressed(key->keyCombination());
    for (const QAction *action : {m_undoAction, m_redoAction}) {
        if (action->shortcuts().contains(pressed)) {
            // Not accepted: the line edit does not take the key, the shortcut runs.
            event->ignore();
            return true;
        }
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_fileActions->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    if (m_workshop)
        setWorkshopMode(false);
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/findingsList"_s, m_findingsDock->listAction()->isChecked());
    m_recovery->discard();
    event->accept();
}

void MainWindow::showExported(const QString &path)
{
    if (!m_exportStatus) {
        m_exportStatus = new QLabel(this);
        m_exportStatus->setObjectName(u"exportStatus"_s);
        m_exportStatus->setTextFormat(Qt::RichText);
        connect(m_exportStatus, &QLabel::linkActivated, this,
                [](const QString &folder) { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
        statusBar()->addWidget(m_exportStatus, 1);
    }
    const QFileInfo file(path);
    m_exportStatus->setText(tr("Saved %1 · <a href=\"%2\">Open folder</a>")
                                .arg(QDir::toNativeSeparators(file.absoluteFilePath()).toHtmlEscaped(),
                                     file.absolutePath().toHtmlEscaped()));
    m_exportStatus->show();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Files, or text dragged from a shell window or a mail (the start page offers both).
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // A plan file opens; anything else is cmdlet output to import into this plan.
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (files.isEmpty()) {
        const QString text = event->mimeData()->text();
        if (event->mimeData()->hasUrls() || text.trimmed().isEmpty())
            return;
        event->acceptProposedAction();
        m_imports->importText(tr("dropped text"), text);
        return;
    }
    event->acceptProposedAction();
    if (files.size() == 1 && files.first().endsWith(u".coexplan"_s, Qt::CaseInsensitive)) {
        if (m_fileActions->maybeSave())
            m_fileActions->openFile(files.first());
        return;
    }
    m_imports->importFiles(files);
}

} // namespace ui
