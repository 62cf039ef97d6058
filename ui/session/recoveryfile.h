#pragma once

#include "topology/topology.h"

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace ui {

class PlanSession;

// Autosave of unsaved changes to a recovery file under the application data folder
// (QStandardPaths::AppDataLocation, folder "recovery"), so that a crash loses at most a
// few seconds of work. The file is removed when the session is saved, reverted or
// closed cleanly.
//
// Each window has its own file, named by a random id, and holds a lock file beside it
// (QLockFile) for as long as it lives. A recovery file is "left behind" only when no
// running CoexPlan holds its lock: a second window never offers, nor deletes, the
// autosave of one that is still open.
class RecoveryFile : public QObject
{
    Q_OBJECT

public:
    // Writes `delayMs` after the last edit (0 = immediately, used by tests).
    explicit RecoveryFile(PlanSession *session, int delayMs = 2000, QObject *parent = nullptr);
    ~RecoveryFile() override;

    static QString folder();
    // This window's recovery file (written only while there are unsaved changes).
    QString path() const { return m_path; }

    struct Recovered
    {
        wizard::Plan plan;
        QString originalPath; // the file the unsaved plan belonged to, or empty
        QString recoveryPath; // the recovery file it was read from
        QDateTime written;
    };
    // The plans left behind by windows that did not end cleanly, newest first. Files
    // whose lock a running window holds are not among them; a file that cannot be read
    // is left where it is (it is not this window's to delete).
    static QList<Recovered> pending();
    // Removes a left-behind recovery file (after it was restored or declined).
    static void discard(const Recovered &recovered);
    // Removes this window's own recovery file.
    void discard();

    // Writes now (also called by the timer).
    void writeNow();

    // Tests: behave as a window that crashed (the lock is released, the file stays).
    void abandonForTesting();

signals:
    // The autosave could not be written (a full disk ...): the previous recovery file is
    // unchanged. Emitted once until a write succeeds again, so the user is told without
    // a dialog on every edit.
    void writeFailed(const QString &message);

private:
    void sessionChanged();

    PlanSession *m_session;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    bool m_failing = false;
};

} // namespace ui
