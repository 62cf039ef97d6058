#include "atomicwrite.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace wizard {

namespace {
WriteFault &writeFault()
{
    static WriteFault fault;
    return fault;
}

QString failed(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("wizard", "%1: cannot write the file, the previous file is unchanged: %2")
        .arg(path, reason);
}
} // namespace

bool isSameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.absoluteFilePath() == second.absoluteFilePath())
        return true;
    if (!first.exists() || !second.exists())
        return false;
    if (first.canonicalFilePath() == second.canonicalFilePath())
        return true;
#ifdef Q_OS_UNIX
    struct stat one
    {
    };
    struct stat two
    {
    };
    if (::stat(QFile::encodeName(first.canonicalFilePath()).constData(), &one) == 0
        && ::stat(QFile::encodeName(second.canonicalFilePath()).constData(), &two) == 0)
        return one.st_dev == two.st_dev && one.st_ino == two.st_ino;
#endif
    return false;
}

void setWriteFaultForTesting(WriteFault fault)
{
    writeFault() = std::move(fault);
}

std::optional<QString> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    // Unbuffered: QSaveFile::commit() of Qt 6.4 loses an error of its own final flush
    // (a full disk then renames a short file over the plan), so nothing is left to
    // flush there: every byte is written, and checked, here.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed(path, file.errorString());
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return failed(path, reason);
        }
        done += n;
    }
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failed(path, reason);
    }
    if (const WriteFault &fault = writeFault()) {
        if (const std::optional<QString> reason = fault(path)) {
            file.cancelWriting();
            return failed(path, *reason);
        }
    }
    if (!file.commit())
        return failed(path, file.errorString());
    return std::nullopt;
}

} // namespace wizard
