#pragma once

#include "topology/topology.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace ui {

class PlanSession;

// Autosave of unsaved changes to a recovery file under the application data folder
// (QStandardPaths::AppDataLocation), so that a crash loses at most a few seconds of
// work. The file is removed when the session is saved, reverted or closed cleanly.
class RecoveryFile : public QObject
{
    Q_OBJECT

public:
    // Writes `delayMs` after the last edit (0 = immediately, used by tests).
    explicit RecoveryFile(PlanSession *session, int delayMs = 2000, QObject *parent = nullptr);

    static QString recoveryPath();

    struct Recovered
    {
        wizard::Plan plan;
        QString originalPath; // the file the unsaved plan belonged to, or empty
    };
    // The plan left behind by a session that did not end cleanly, if any.
    static std::optional<Recovered> pending();
    static void discard();

    // Writes now (also called by the timer).
    void writeNow();

signals:
    // The autosave could not be written (a full disk ...): the previous recovery file is
    // unchanged. Emitted once until a write succeeds again, so the user is told without
    // a dialog on every edit.
    void writeFailed(const QString &message);

private:
    void sessionChanged();

    PlanSession *m_session;
    QTimer m_timer;
    bool m_failing = false;
};

} // namespace ui
