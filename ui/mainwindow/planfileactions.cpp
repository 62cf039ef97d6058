#include "planfileactions.h"

#include "planfile/planfile.h"
#include "session/plansession.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
const QString recentKey = u"recentFiles"_s;
constexpr int maxRecent = 8;

QString planFilter()
{
    return QCoreApplication::translate("ui::PlanFileActions", "CoexPlan plans (*.coexplan);;All files (*)");
}
} // namespace

PlanFileActions::PlanFileActions(PlanSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_new(new QAction(tr("&New plan"), this))
    , m_open(new QAction(tr("&Open..."), this))
    , m_save(new QAction(tr("&Save"), this))
    , m_saveAs(new QAction(tr("Save &As..."), this))
    , m_recentMenu(new QMenu(tr("Open &Recent"), window))
{
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_new->setObjectName(u"actionNew"_s);
    m_open->setObjectName(u"actionOpen"_s);
    m_save->setObjectName(u"actionSave"_s);
    m_saveAs->setObjectName(u"actionSaveAs"_s);
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_new, &QAction::triggered, this, &PlanFileActions::newPlan);
    connect(m_open, &QAction::triggered, this, &PlanFileActions::open);
    connect(m_save, &QAction::triggered, this, &PlanFileActions::save);
    connect(m_saveAs, &QAction::triggered, this, &PlanFileActions::saveAs);
    fillRecentMenu();
}

QStringList PlanFileActions::recentFiles() const
{
    return QSettings().value(recentKey).toStringList();
}

bool PlanFileActions::maybeSave()
{
    if (!m_session->isDirty())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"), tr("%1 has unsaved changes. Save them?").arg(m_session->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void PlanFileActions::newPlan()
{
    if (maybeSave())
        m_session->newPlan();
}

void PlanFileActions::open()
{
    if (!maybeSave())
        return;
    QString dir = QFileInfo(m_session->filePath()).absolutePath();
    if (m_session->filePath().isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open plan"), dir, planFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool PlanFileActions::openFile(const QString &path)
{
    const bool sample = path.startsWith(u":/"_s);
    if (sample) {
        // A bundled sample opens untitled: Save asks where to keep the copy.
        wizard::PlanLoadResult result = wizard::loadPlanFile(path);
        if (!result.ok()) {
            QMessageBox::critical(m_window, tr("Cannot open plan"), result.error->toString());
            return false;
        }
        m_session->replacePlan(*result.plan, QString());
        return true;
    }
    if (auto error = m_session->open(path)) {
        QMessageBox::critical(m_window, tr("Cannot open plan"), *error);
        return false;
    }
    addRecent(path);
    return true;
}

bool PlanFileActions::save()
{
    if (m_session->filePath().isEmpty())
        return saveAs();
    if (auto error = m_session->saveAs(m_session->filePath())) {
        QMessageBox::critical(m_window, tr("Cannot save plan"), *error);
        return false;
    }
    return true;
}

bool PlanFileActions::saveAs()
{
    QString suggestion = m_session->filePath();
    if (suggestion.isEmpty()) {
        const QString title = m_session->plan().info.title.isEmpty() ? tr("plan") : m_session->plan().info.title;
        suggestion
            = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + title + u".coexplan"_s;
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save plan as"), suggestion, planFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".coexplan"_s;
    if (auto error = m_session->saveAs(path)) {
        QMessageBox::critical(m_window, tr("Cannot save plan"), *error);
        return false;
    }
    addRecent(path);
    return true;
}

void PlanFileActions::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecent)
        files.removeLast();
    QSettings().setValue(recentKey, files);
    fillRecentMenu();
    Q_EMIT recentFilesChanged(files);
}

void PlanFileActions::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(QFileInfo(path).fileName())));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace ui
