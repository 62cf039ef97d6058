#include "recoveryfile.h"

#include "planfile/atomicwrite.h"
#include "planfile/planfile.h"
#include "plansession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
QString originPath()
{
    return RecoveryFile::recoveryPath() + u".origin"_s;
}
} // namespace

RecoveryFile::RecoveryFile(PlanSession *session, int delayMs, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryFile::writeNow);
    connect(session, &PlanSession::planChanged, this, &RecoveryFile::sessionChanged);
    connect(session, &PlanSession::dirtyChanged, this, &RecoveryFile::sessionChanged);
}

QString RecoveryFile::recoveryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery.coexplan"_s;
}

std::optional<RecoveryFile::Recovered> RecoveryFile::pending()
{
    if (!QFile::exists(recoveryPath()))
        return std::nullopt;
    wizard::PlanLoadResult result = wizard::loadPlanFile(recoveryPath());
    if (!result.ok())
        return std::nullopt;
    Recovered recovered{*result.plan, {}};
    QFile origin(originPath());
    if (origin.open(QIODevice::ReadOnly))
        recovered.originalPath = QString::fromUtf8(origin.readAll());
    return recovered;
}

void RecoveryFile::discard()
{
    QFile::remove(recoveryPath());
    QFile::remove(originPath());
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
    QDir().mkpath(QFileInfo(recoveryPath()).absolutePath());
    std::optional<QString> error = wizard::savePlanFile(m_session->plan(), recoveryPath());
    if (!error)
        error = wizard::writeFileAtomically(originPath(), m_session->filePath().toUtf8());
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
