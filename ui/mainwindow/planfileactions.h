#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace ui {

class PlanSession;

// New / Open / Save / Save As / recent files for the session, with the prompt before
// unsaved changes are lost and clear messages when a file cannot be read or written.
class PlanFileActions : public QObject
{
    Q_OBJECT

public:
    PlanFileActions(PlanSession *session, QWidget *window);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QMenu *recentMenu() const { return m_recentMenu; }

    QStringList recentFiles() const;
    // Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();

    void newPlan();
    void open();
    // Opens a plan file or a bundled sample (":/samples/..."; it opens untitled).
    bool openFile(const QString &path);
    bool save();
    bool saveAs();

Q_SIGNALS:
    void recentFilesChanged(const QStringList &paths);

private:
    void addRecent(const QString &path);
    void fillRecentMenu();

    PlanSession *m_session;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QMenu *m_recentMenu;
};

} // namespace ui
