#include "recoveryfile.h"

#include "planfile/atomicwrite.h"
#include "planfile/planfile.h"
#include "plansession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
QString originPathOf(const QString &recoveryPath)
{
    return recoveryPath + u".origin"_s;
}
QString lockPathOf(const QString &recoveryPath)
{
    return recoveryPath + u".lock"_s;
}
// The single recovery file of CoexPlan before windows had their own: still offered once.
QString legacyRecoveryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery.coexplan"_s;
}
} // namespace

RecoveryFile::RecoveryFile(PlanSession *session, int delayMs, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_path(folder() + u"/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u".coexplan"_s)
{
    QDir().mkpath(folder());
    m_lock = std::make_unique<QLockFile>(lockPathOf(m_path));
    // Never stale by age: a window may stay open for days. A lock whose process is gone
    // is stale all the same (QLockFile checks the process id).
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryFile::writeNow);
    connect(session, &PlanSession::planChanged, this, &RecoveryFile::sessionChanged);
    connect(session, &PlanSession::dirtyChanged, this, &RecoveryFile::sessionChanged);
}

RecoveryFile::~RecoveryFile() = default;

QString RecoveryFile::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

QList<RecoveryFile::Recovered> RecoveryFile::pending()
{
    QStringList candidates;
    if (QFile::exists(legacyRecoveryPath()))
        candidates << legacyRecoveryPath();
    const QDir dir(folder());
    for (const QString &name : dir.entryList({u"*.coexplan"_s}, QDir::Files))
        candidates << dir.filePath(name);

    QList<Recovered> result;
    for (const QString &path : std::as_const(candidates)) {
        // Held by a running window (this one included): not left behind.
        QLockFile lock(lockPathOf(path));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        wizard::PlanLoadResult loaded = wizard::loadPlanFile(path);
        if (!loaded.ok())
            continue;
        Recovered recovered{*loaded.plan, {}, path, QFileInfo(path).lastModified()};
        QFile origin(originPathOf(path));
        if (origin.open(QIODevice::ReadOnly))
            recovered.originalPath = QString::fromUtf8(origin.readAll());
        result << recovered;
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Recovered &a, const Recovered &b) { return a.written > b.written; });
    return result;
}

void RecoveryFile::discard(const Recovered &recovered)
{
    QLockFile lock(lockPathOf(recovered.recoveryPath));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return; // another window took it over meanwhile
    QFile::remove(recovered.recoveryPath);
    QFile::remove(originPathOf(recovered.recoveryPath));
}

void RecoveryFile::discard()
{
    QFile::remove(m_path);
    QFile::remove(originPathOf(m_path));
}

void RecoveryFile::abandonForTesting()
{
    m_timer.stop();
    m_lock.reset(); // QLockFile's destructor unlocks: as after a crash, nobody holds it
    disconnect(m_session, nullptr, this, nullptr);
}

void RecoveryFile::sessionChanged()
{
    if (!m_session->isDirty()) {
        m_timer.stop();
        discard();
        return;
    }
    m_timer.start();
}

void RecoveryFile::writeNow()
{
    if (!m_session->isDirty())
        return;
    QDir().mkpath(folder());
    std::optional<QString> error = wizard::savePlanFile(m_session->plan(), m_path);
    if (!error)
        error = wizard::writeFileAtomically(originPathOf(m_path), m_session->filePath().toUtf8());
    if (!error) {
        m_failing = false;
        return;
    }
    // The next edit retries; the user hears of it once per run of failures.
    if (!m_failing)
        emit writeFailed(*error);
    m_failing = true;
}

} // namespace ui
