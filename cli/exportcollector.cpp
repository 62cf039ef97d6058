#include "exportcommand.h"

#include "exports/collectorscript.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace cli {

// --collector FILE.ps1: the read-only collector, UTF-8 with a BOM (Windows
// PowerShell 1.0/2.0 read a BOM-less script in the ANSI code page), written atomically.
int exportCollector(const ExportInput &input, Io io)
{
    const QString path = input.request.value(u"collector"_s);
    QSaveFile file(path);
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + wizard::collectorScript(input.plan).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        io.err << u"coexplan export: "_s
               << QCoreApplication::translate("cli", "cannot write %1: %2").arg(path, file.errorString()) << u'\n';
        return ExitUsage;
    }
    io.out << QCoreApplication::translate("cli", "Wrote the collector script %1\n").arg(path);
    return ExitOk;
}

} // namespace cli
