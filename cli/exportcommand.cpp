#include "exportcommand.h"

#include "checks/checkengine.h"
#include "command.h"
#include "flows/plancheck.h"
#include "planfile/atomicwrite.h"
#include "planfile/planfile.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <array>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

struct ExportOption
{
    const char16_t *name; // without the leading dashes
    const char *valueName; // nullptr: a switch, given without a value
    const char *help; // translated in context "cli"
    const char16_t *suffixes = nullptr; // "svg png pdf": the value is an output file with one of them
};

// Options of `export`; each takes a value (--name VALUE or --name=VALUE).
const std::array options = {
    ExportOption{u"diagram", "FILE.svg|.png|.pdf",
                 QT_TRANSLATE_NOOP("cli", "diagram of one scenario (Part A and Part B, verdict per hop)"),
                 u"svg png pdf"},
    ExportOption{u"scenario", "\"GROUP / Internal|External|Both / SERVER\"",
                 QT_TRANSLATE_NOOP("cli", "the scenario to draw (default: the first failing one, else the first)")},
    ExportOption{u"overview", "FILE.svg|.png|.pdf",
                 QT_TRANSLATE_NOOP("cli", "the whole topology by site, with the scenario's path marked"),
                 u"svg png pdf"},
    ExportOption{u"matrix", "FILE.svg|.png|.pdf",
                 QT_TRANSLATE_NOOP("cli", "connection matrix: client groups x location against mailbox servers"),
                 u"svg png pdf"},
    ExportOption{u"collector", "FILE.ps1",
                 QT_TRANSLATE_NOOP("cli", "read-only collector script for the client's admin (PowerShell 1.0+)"),
                 u"ps1"},
    ExportOption{u"checklist", "FILE.pdf|.html|.md",
                 QT_TRANSLATE_NOOP("cli", "the printable checklist, phase by phase, with the plan's progress"),
                 u"pdf html htm md markdown"},
    ExportOption{
        u"testplan", "FILE.pdf|.html|.md",
        QT_TRANSLATE_NOOP("cli", "connectivity test plan: one test per client scenario, with a result to record"),
        u"pdf html htm md markdown"},
    ExportOption{u"paper", "a4|letter",
                 QT_TRANSLATE_NOOP("cli", "page size of a PDF checklist or test plan (default a4)")},
    ExportOption{
        u"script", "FILE.ps1",
        QT_TRANSLATE_NOOP("cli", "change script: the planned changes, read back, with -WhatIf and a transcript"),
        u"ps1"},
    ExportOption{u"write-values-flagged-as-errors", nullptr,
                 QT_TRANSLATE_NOOP("cli",
                                   "write the change script even where it sets a value the plan's own checks "
                                   "flag as an error; each such command is preceded by a comment naming the "
                                   "finding (without it, --script refuses and lists them)")},
    ExportOption{u"rollback", "FILE.ps1", QT_TRANSLATE_NOOP("cli", "rollback script: restores the captured values"),
                 u"ps1"},
    ExportOption{u"verify", "FILE.ps1",
                 QT_TRANSLATE_NOOP("cli", "verification script (read-only): planned next to live values"), u"ps1"},
    ExportOption{u"cutover", "FILE.pdf|.png|.svg",
                 QT_TRANSLATE_NOOP("cli",
                                   "the cutover charts: users per Exchange version over time, open findings at each "
                                   "step, users per wave"),
                 u"pdf png svg"},
    ExportOption{u"calendar", "FILE.ics",
                 QT_TRANSLATE_NOOP("cli", "the dated milestones and waves as an iCalendar file (all-day events)"),
                 u"ics"},
};

struct ExportStep
{
    bool (*wanted)(const ExportRequest &request);
    int (*run)(const ExportInput &input, Io io);
};

const std::array steps = {
    ExportStep{[](const ExportRequest &r) { return r.has(u"diagram"_s) || r.has(u"overview"_s) || r.has(u"matrix"_s); },
               exportDiagrams},
    ExportStep{[](const ExportRequest &r) { return r.has(u"collector"_s); }, exportCollector},
    ExportStep{[](const ExportRequest &r) {
                   return r.has(u"checklist"_s) || r.has(u"testplan"_s) || r.has(u"script"_s) || r.has(u"rollback"_s)
                       || r.has(u"verify"_s);
               },
               exportChecklistAndScripts},
    ExportStep{[](const ExportRequest &r) { return r.has(u"cutover"_s) || r.has(u"calendar"_s); }, exportCutover},
};

const ExportOption *findOption(QStringView name)
{
    for (const ExportOption &o : options) {
        if (name == QStringView(o.name))
            return &o;
    }
    return nullptr;
}

// An output must fit its option (--script FILE.ps1) and must not be the plan itself,
// also through a link, nor another output of the same run.
std::optional<QString> badOutput(const ExportRequest &request)
{
    QStringList outputs;
    for (const ExportOption &o : options) {
        const QString name = QStringView(o.name).toString();
        if (!o.suffixes || !request.has(name))
            continue;
        const QString path = request.value(name);
        const QStringList suffixes = QStringView(o.suffixes).toString().split(u' ');
        if (!suffixes.contains(QFileInfo(path).suffix().toLower())) {
            return tr("--%1 %2: the file name must end in .%3").arg(name, path, suffixes.join(u", ."_s));
        }
        if (wizard::isSameFile(path, request.planPath))
            return tr("--%1 %2: that is the plan being exported; it would be replaced").arg(name, path);
        for (const QString &other : outputs) {
            if (wizard::isSameFile(path, other))
                return tr("--%1 %2: another export of this run writes that file too").arg(name, path);
        }
        outputs.append(path);
    }
    return std::nullopt;
}

QString optionList()
{
    QStringList names;
    for (const ExportOption &o : options)
        names << (o.valueName ? u"--%1 %2"_s.arg(QStringView(o.name).toString(), QString::fromLatin1(o.valueName))
                              : u"--%1"_s.arg(QStringView(o.name).toString()));
    return names.join(u", "_s);
}
} // namespace

int runExport(const QStringList &arguments, Io io)
{
    const QString command = u"export"_s;
    ExportRequest request;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a.startsWith(u"--"_s)) {
            const qsizetype eq = a.indexOf(u'=');
            const QString name = a.mid(2, eq < 0 ? -1 : eq - 2);
            const ExportOption *option = findOption(name);
            if (!option)
                return usageError(io, command, tr("unknown option %1 (known: %2)").arg(a, optionList()));
            QString value;
            if (!option->valueName) {
                if (eq >= 0)
                    return usageError(io, command, tr("--%1 takes no value").arg(name));
            } else if (eq >= 0) {
                value = a.mid(eq + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments[++i];
            } else {
                return usageError(io, command,
                                  tr("--%1 needs a value: %2").arg(name, QString::fromLatin1(option->valueName)));
            }
            if (request.values.contains(name))
                return usageError(io, command, tr("--%1 is given twice").arg(name));
            request.values.insert(name, value);
        } else if (a.startsWith(u'-')) {
            return usageError(io, command, tr("unknown option %1 (known: %2)").arg(a, optionList()));
        } else if (request.planPath.isEmpty()) {
            request.planPath = a;
        } else {
            return usageError(io, command, tr("only one plan can be exported at a time"));
        }
    }
    if (request.planPath.isEmpty())
        return usageError(io, command, tr("which plan? (coexplan export PLAN --diagram FILE.svg ...)"));
    bool anyStep = false;
    for (const ExportStep &step : steps)
        anyStep = anyStep || step.wanted(request);
    if (!anyStep)
        return usageError(io, command, tr("nothing to export; use one of: %1").arg(optionList()));

    if (const std::optional<QString> bad = badOutput(request))
        return usageError(io, command, *bad);

    const wizard::PlanLoadResult loaded = wizard::loadPlanFile(request.planPath);
    if (!loaded.ok()) {
        io.err << u"coexplan export: %1\n"_s.arg(loaded.error->toString());
        return ExitUsage;
    }
    const wizard::PlanCheck checked = wizard::checkPlan(loaded.plan->topology);
    const ExportInput input{request, *loaded.plan, checked.findings, checked.flows};
    int code = ExitOk;
    for (const ExportStep &step : steps) {
        if (step.wanted(request))
            code = std::max(code, step.run(input, io));
    }
    return code;
}

QString exportOptionsHelp()
{
    QString text;
    for (const ExportOption &o : options) {
        const QString value = o.valueName ? u" "_s + QString::fromLatin1(o.valueName) : QString();
        text += u"      --%1%2\n          %3\n"_s.arg(QStringView(o.name).toString(), value, tr(o.help));
    }
    return text;
}

} // namespace cli
