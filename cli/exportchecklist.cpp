// `export --checklist / --testplan / --script / --rollback / --verify [--paper]`: the
// checklist and the connectivity test plan (issue 17) in PDF, HTML or Markdown and the
// three PowerShell scripts (issue: exports).
#include "exportcommand.h"

#include "checklistdocument.h"
#include "cutoverchartexport.h"
#include "exports/flaggedvalues.h"
#include "exports/scripts.h"
#include "planfile/atomicwrite.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

bool writeFile(const QString &path, const QByteArray &bytes, Io io)
{
    if (const std::optional<QString> error = wizard::writeFileAtomically(path, bytes)) {
        io.err << u"coexplan export: %1\n"_s.arg(*error);
        return false;
    }
    io.out << tr("Wrote %1\n").arg(path);
    return true;
}

int writeChecklist(const ExportInput &input, const QString &path, Io io, bool testPlan)
{
    const QString paperName = input.request.has(u"paper"_s) ? input.request.value(u"paper"_s).toLower() : u"a4"_s;
    if (paperName != u"a4"_s && paperName != u"letter"_s) {
        io.err
            << tr("coexplan export: unknown paper size \"%1\" (a4 or letter)\n").arg(input.request.value(u"paper"_s));
        return ExitUsage;
    }
    const render::PaperSize paper = paperName == u"letter"_s ? render::PaperSize::Letter : render::PaperSize::A4;
    // A progress line on a terminal (issue 19: a 1,000-server PDF takes seconds), never in
    // a pipe or a log; rewritten in place, at most once per percent.
    render::PageProgress progress;
    int lastPercent = -1;
    if (isatty(STDERR_FILENO)) {
        // Straight to the terminal: io.err shows control characters as escapes.
        progress = [&io, &lastPercent, &path](int done, int total) {
            const int percent = total > 0 ? done * 100 / total : -1;
            if ((total > 0 && percent == lastPercent) || (total == 0 && done % 20 != 1))
                return true;
            lastPercent = percent;
            const QString name = QFileInfo(path).fileName();
            const QString line = total == 0
                ? tr("coexplan export: laying out %1: page %2").arg(name).arg(done)
                : tr("coexplan export: writing %1: page %2 of %3 (%4%)").arg(name).arg(done).arg(total).arg(percent);
            io.err.flush();
            QByteArray bytes = "\r" + line.toLocal8Bit() + "\x1b[K";
            if (total > 0 && done == total)
                bytes += '\n';
            std::fputs(bytes.constData(), stderr);
            std::fflush(stderr);
            return true;
        };
    }
    const auto error = testPlan
        ? render::writeTestPlanDocument(input.plan, input.flows, path, paper, QDate::currentDate())
        : render::writeChecklistDocument(input.plan, input.findings, input.flows, path, paper, QDate::currentDate(),
                                         charts::cutoverFigurePages(input.plan.topology, input.findings,
                                                                    QDate::currentDate()),
                                         progress);
    if (error && progress && lastPercent < 100)
        std::fputs("\n", stderr);
    if (error) {
        io.err << u"coexplan export: %1\n"_s.arg(*error);
        return ExitUsage;
    }
    io.out << tr("Wrote %1\n").arg(path);
    return ExitOk;
}
} // namespace

int exportChecklistAndScripts(const ExportInput &input, Io io)
{
    wizard::ScriptOptions options{QDate::currentDate(), {}};
    int code = ExitOk;
    // Issue 13: the change script never writes a value its own checks flag as an error
    // unless asked by name; then each such command carries a comment naming the finding.
    bool refuseChange = false;
    if (input.request.has(u"script"_s)) {
        const QList<wizard::Finding> blocking = wizard::changeScriptBlockingFindings(input.plan, input.findings);
        if (input.request.has(u"write-values-flagged-as-errors"_s)) {
            options.writeFlagged = blocking;
        } else if (!blocking.isEmpty()) {
            refuseChange = true;
            io.err << tr("coexplan export: not writing %1: the change script would set values that the plan's own "
                         "checks flag as errors:\n")
                          .arg(input.request.value(u"script"_s));
            for (const wizard::Finding &f : blocking)
                io.err << u"  "_s << wizard::flaggedFindingLine(f) << u"\n"_s;
            io.err << tr("Correct the plan, or give --write-values-flagged-as-errors to write them anyway (each is "
                         "then marked in the script).\n");
            code = ExitFindings;
        }
    }
    if (input.request.has(u"checklist"_s))
        code = std::max(code, writeChecklist(input, input.request.value(u"checklist"_s), io, false));
    if (input.request.has(u"testplan"_s))
        code = std::max(code, writeChecklist(input, input.request.value(u"testplan"_s), io, true));
    const struct
    {
        QString option;
        QString (*generate)(const wizard::Plan &, const wizard::ScriptOptions &);
    } scripts[] = {{u"script"_s, wizard::changeScript},
                   {u"rollback"_s, wizard::rollbackScript},
                   {u"verify"_s, wizard::verifyScript}};
    for (const auto &s : scripts) {
        if (!input.request.has(s.option) || (s.option == u"script"_s && refuseChange))
            continue;
        const QString path = input.request.value(s.option);
        if (!writeFile(path, wizard::scriptFileBytes(s.generate(input.plan, options)), io))
            code = std::max(code, int(ExitUsage));
    }
    return code;
}

} // namespace cli
