#include "exportcommand.h"

#include "exports/collectorscript.h"
#include "planfile/atomicwrite.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cli {

// --collector FILE.ps1: the read-only collector, UTF-8 with a BOM (Windows
// PowerShell 1.0/2.0 read a BOM-less script in the ANSI code page), written atomically.
int exportCollector(const ExportInput &input, Io io)
{
    const QString path = input.request.value(u"collector"_s);
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + wizard::collectorScript(input.plan).toUtf8();
    if (const std::optional<QString> error = wizard::writeFileAtomically(path, bytes)) {
        io.err << u"coexplan export: %1\n"_s.arg(*error);
        return ExitUsage;
    }
    io.out << QCoreApplication::translate("cli", "Wrote the collector script %1\n").arg(path);
    return ExitOk;
}

} // namespace cli
