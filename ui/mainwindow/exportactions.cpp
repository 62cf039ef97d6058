#include "exportactions.h"

#include "checklistdocument.h"
#include "cutoverchartexport.h"
#include "cutover/cutovergates.h"
#include "cutover/cutoverseries.h"
#include "exports/collectorscript.h"
#include "exports/cutovercalendar.h"
#include "exports/flaggedvalues.h"
#include "exports/scripts.h"
#include "planfile/atomicwrite.h"
#include "session/plansession.h"

#include <QAction>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
struct DocumentInfo
{
    const char *action;
    const char *description;
    const char *fileName;
    const char *filter;
    const char *objectName;
};

const DocumentInfo documents[] = {
    {QT_TRANSLATE_NOOP("ui::ExportActions", "&Checklist (PDF, HTML or Markdown)..."),
     QT_TRANSLATE_NOOP("ui::ExportActions",
                       "Every step of the coexistence in order, with the findings to fix, "
                       "sign-off columns and the diagrams of the scenarios with a problem."),
     "coexplan-checklist.pdf", QT_TRANSLATE_NOOP("ui::ExportActions", "PDF (*.pdf);;HTML (*.html);;Markdown (*.md)"),
     "actionExportChecklist"},
    {QT_TRANSLATE_NOOP("ui::ExportActions", "Change &script..."),
     QT_TRANSLATE_NOOP("ui::ExportActions",
                       "The planned changes as PowerShell for each version's Exchange "
                       "Management Shell, with -WhatIf, read-back and a transcript."),
     "coexplan-change.ps1", QT_TRANSLATE_NOOP("ui::ExportActions", "PowerShell scripts (*.ps1)"),
     "actionExportChangeScript"},
    {QT_TRANSLATE_NOOP("ui::ExportActions", "&Rollback script..."),
     QT_TRANSLATE_NOOP("ui::ExportActions", "Restores the values captured before the change."), "coexplan-rollback.ps1",
     QT_TRANSLATE_NOOP("ui::ExportActions", "PowerShell scripts (*.ps1)"), "actionExportRollbackScript"},
    {QT_TRANSLATE_NOOP("ui::ExportActions", "Ver&ification script..."),
     QT_TRANSLATE_NOOP("ui::ExportActions", "Read-only: prints each planned value next to the live one."),
     "coexplan-verify.ps1", QT_TRANSLATE_NOOP("ui::ExportActions", "PowerShell scripts (*.ps1)"),
     "actionExportVerifyScript"},
    {QT_TRANSLATE_NOOP("ui::ExportActions", "C&ollector script for the Exchange admin..."),
     QT_TRANSLATE_NOOP("ui::ExportActions", "Read-only: gathers what the plan needs; import its output back."),
     "coexplan-collector.ps1", QT_TRANSLATE_NOOP("ui::ExportActions", "PowerShell scripts (*.ps1)"),
     "actionExportCollector"},
    {QT_TRANSLATE_NOOP("ui::ExportActions", "Connectivity &test plan (PDF, HTML or Markdown)..."),
     QT_TRANSLATE_NOOP("ui::ExportActions",
                       "One test per client scenario: the Remote Connectivity Analyzer settings, "
                       "Test-OutlookConnectivity, what Outlook must show, and a result to record."),
     "coexplan-testplan.pdf", QT_TRANSLATE_NOOP("ui::ExportActions", "PDF (*.pdf);;HTML (*.html);;Markdown (*.md)"),
     "actionExportTestPlan"},
    {QT_TRANSLATE_NOOP("ui::ExportActions", "C&utover charts (PDF, PNG or SVG)..."),
     QT_TRANSLATE_NOOP("ui::ExportActions",
                       "The cutover step's charts alone: users per Exchange version over time, the open findings "
                       "before each step and the users per wave."),
     "coexplan-cutover.pdf",
     QT_TRANSLATE_NOOP("ui::ExportActions", "PDF (*.pdf);;PNG image (*.png);;SVG image (*.svg)"),
     "actionExportCutoverCharts"},
    {QT_TRANSLATE_NOOP("ui::ExportActions", "Cutover cale&ndar (iCalendar)..."),
     QT_TRANSLATE_NOOP("ui::ExportActions",
                       "Every dated milestone and wave as an all-day event, for Outlook or any calendar."),
     "coexplan-cutover.ics", QT_TRANSLATE_NOOP("ui::ExportActions", "iCalendar (*.ics)"),
     "actionExportCutoverCalendar"},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("ui::ExportActions", text);
}

// Runs `work` on a worker thread while the window stays responsive; after half a second
// a progress dialog says how far it is and offers Cancel (issue 19: a 1,000-server
// checklist takes seconds). The plan's data are copied into `work` by the caller.
std::optional<QString> runWithProgress(QWidget *window, const QString &what,
                                       const std::function<std::optional<QString>(const render::PageProgress &)> &work)
{
    QProgressDialog dialog(what, ExportActions::tr("Cancel"), 0, 0, window);
    dialog.setObjectName(u"exportProgress"_s);
    dialog.setWindowTitle(ExportActions::tr("Export"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);
    std::atomic<bool> cancelled{false};
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancelled] { cancelled = true; });
    std::optional<QString> result;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        result = work([&dialog, &cancelled](int done, int total) {
            // Queued to the dialog: dropped if it is gone.
            QMetaObject::invokeMethod(
                &dialog,
                [&dialog, done, total] {
                    if (total == 0) {
                        dialog.setLabelText(ExportActions::tr("Laying out the pages: %1 so far").arg(done));
                    } else {
                        dialog.setMaximum(total);
                        dialog.setValue(done);
                        dialog.setLabelText(ExportActions::tr("Writing page %1 of %2").arg(done).arg(total));
                    }
                },
                Qt::QueuedConnection);
            return !cancelled.load();
        });
    }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    return result;
}

} // namespace

ExportActions::ExportActions(PlanSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_menu(new QMenu(tr("&Export"), window))
    , m_print(new QAction(tr("&Print Checklist..."), this))
    , m_printPreview(new QAction(tr("Print Pre&view..."), this))
{
    m_print->setObjectName(u"actionPrintChecklist"_s);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print the checklist: the same pages as its PDF export."));
    connect(m_print, &QAction::triggered, this, &ExportActions::print);
    m_printPreview->setObjectName(u"actionPrintPreview"_s);
    m_printPreview->setToolTip(tr("See the checklist pages before printing them."));
    connect(m_printPreview, &QAction::triggered, this, &ExportActions::printPreview);

    m_menu->setObjectName(u"exportMenu"_s);
    for (int i = 0; i < int(std::size(documents)); ++i) {
        auto *action = new QAction(translated(documents[i].action), this);
        action->setObjectName(QLatin1String(documents[i].objectName));
        action->setToolTip(translated(documents[i].description));
        const auto document = Document(i);
        connect(action, &QAction::triggered, this, [this, document] { choosePathAndWrite(document); });
        m_menu->addAction(action);
        m_actions.append(action);
        if (document == Document::VerifyScript || document == Document::TestPlan)
            m_menu->addSeparator();
    }
}

void ExportActions::preparePrinter(QPrinter &printer) const
{
    // The checklist lays out its pages at its own resolution with its own margins.
    printer.setResolution(render::checklistResolution());
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    const bool letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    printer.setPageSize(QPageSize(letter ? QPageSize::Letter : QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    const QString title = m_session->plan().info.title;
    printer.setDocName(title.isEmpty() ? tr("CoexPlan checklist") : title);
}

std::optional<QString> ExportActions::printChecklist(QPrinter *printer) const
{
    return render::paintChecklistDocument(
        m_session->plan(), m_session->findings(), m_session->flows(), *printer, QDate::currentDate(),
        charts::cutoverFigurePages(m_session->plan().topology, m_session->findings(), QDate::currentDate()));
}

void ExportActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto error = printChecklist(&printer))
        QMessageBox::warning(m_window, tr("Print"), *error);
}

void ExportActions::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setObjectName(u"checklistPrintPreview"_s);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        if (const auto error = printChecklist(p))
            QMessageBox::warning(m_window, tr("Print Preview"), *error);
    });
    preview.exec();
}

QString ExportActions::suggestedFileName(Document document) const
{
    // "contoso-before-checklist.pdf": the plan's file name, else its title, else
    // "coexplan" (documents[].fileName is "coexplan-<kind>.<suffix>").
    QString base = QFileInfo(m_session->filePath()).completeBaseName();
    if (base.isEmpty()) {
        for (const QChar c : m_session->plan().info.title.trimmed().toLower())
            base += c.isLetterOrNumber() ? c : u'-';
        while (base.contains(u"--"_s))
            base.replace(u"--"_s, u"-"_s);
        base = base.mid(0, 60);
        while (base.startsWith(u'-'))
            base.remove(0, 1);
        while (base.endsWith(u'-'))
            base.chop(1);
    }
    const QString fileName = QLatin1String(documents[int(document)].fileName);
    return base.isEmpty() ? fileName : base + fileName.mid(fileName.indexOf(u'-'));
}

QString ExportActions::description(Document document)
{
    return translated(documents[int(document)].description);
}

std::optional<QString> ExportActions::write(Document document, const QString &path) const
{
    const wizard::Plan &plan = m_session->plan();
    const wizard::ScriptOptions options{QDate::currentDate(), {}};
    switch (document) {
    case Document::ChangeScript: {
        // Issue 13: never a change script that writes a value the plan's own checks flag
        // as an error (the CLI's --write-values-flagged-as-errors is the explicit way).
        const QList<wizard::Finding> blocking = wizard::changeScriptBlockingFindings(plan, m_session->findings());
        if (!blocking.isEmpty()) {
            QStringList lines;
            for (const wizard::Finding &f : blocking)
                lines.append(wizard::flaggedFindingLine(f));
            return tr("The change script was not written: it would set values that the plan's own checks flag as "
                      "errors. Correct them first:\n%1")
                .arg(lines.join(u'\n'));
        }
        return wizard::writeFileAtomically(path, wizard::scriptFileBytes(wizard::changeScript(plan, options)));
    }
    case Document::RollbackScript:
        return wizard::writeFileAtomically(path, wizard::scriptFileBytes(wizard::rollbackScript(plan, options)));
    case Document::VerifyScript:
        return wizard::writeFileAtomically(path, wizard::scriptFileBytes(wizard::verifyScript(plan, options)));
    case Document::CollectorScript:
        return wizard::writeFileAtomically(path, wizard::scriptFileBytes(wizard::collectorScript(plan)));
    case Document::CutoverCharts: {
        const wizard::Topology &t = plan.topology;
        if (t.cutover.isEmpty())
            return tr("%1 was not written: the plan has no cutover plan yet (give a milestone a date or add a wave "
                      "on the Cutover step).")
                .arg(path);
        if (!charts::isCutoverChartPath(path))
            return tr("%1: the cutover charts are written as .pdf, .png or .svg.").arg(path);
        const QList<wizard::CutoverStep> steps = wizard::computeCutoverSteps(t, m_session->findings());
        const QString title = plan.info.title.isEmpty() ? tr("Cutover plan") : tr("Cutover plan: %1").arg(plan.info.title);
        return charts::exportCutoverCharts(wizard::cutoverCharts(t, steps, QDate::currentDate()), title, path);
    }
    case Document::CutoverCalendar: {
        const QList<wizard::CutoverStep> steps = wizard::computeCutoverSteps(plan.topology, m_session->findings());
        const QByteArray ics = wizard::cutoverCalendar(plan, steps, QDateTime::currentDateTimeUtc());
        if (ics.isEmpty())
            return tr("%1 was not written: no milestone or wave has a date yet (set them on the Cutover step).")
                .arg(path);
        return wizard::writeFileAtomically(path, ics);
    }
    case Document::Checklist:
    case Document::TestPlan:
        break;
    }
    // The same documents as `coexplan export --checklist / --testplan`: one function each
    // in render/, run off the GUI thread on copies of the plan's data. The cutover charts
    // are painted here first: QtCharts lives on the GUI thread.
    const render::PaperSize paper
        = QLocale().measurementSystem() == QLocale::ImperialUSSystem ? render::PaperSize::Letter : render::PaperSize::A4;
    const QDate today = QDate::currentDate();
    const QList<wizard::Flow> flows = m_session->flows();
    if (document == Document::TestPlan) {
        return runWithProgress(m_window, tr("Writing %1").arg(QFileInfo(path).fileName()),
                               [plan, flows, path, paper, today](const render::PageProgress &) {
                                   return render::writeTestPlanDocument(plan, flows, path, paper, today);
                               });
    }
    const QList<wizard::Finding> findings = m_session->findings();
    const QList<render::FigurePage> figures = charts::cutoverFigurePages(plan.topology, findings, today);
    return runWithProgress(m_window, tr("Writing %1").arg(QFileInfo(path).fileName()),
                           [plan, findings, flows, path, paper, today, figures](const render::PageProgress &progress) {
                               return render::writeChecklistDocument(plan, findings, flows, path, paper, today,
                                                                     figures, progress);
                           });
}

void ExportActions::choosePathAndWrite(Document document)
{
    const DocumentInfo &info = documents[int(document)];
    QString suggestion = suggestedFileName(document);
    if (!m_session->filePath().isEmpty())
        suggestion = QFileInfo(m_session->filePath()).absolutePath() + u'/' + suggestion;
    QString path = QFileDialog::getSaveFileName(m_window, translated(info.action).remove(u'&').remove(u"..."_s),
                                                suggestion, translated(info.filter));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + QFileInfo(QLatin1String(info.fileName)).suffix();
    if (!m_session->filePath().isEmpty() && wizard::isSameFile(path, m_session->filePath())) {
        QMessageBox::critical(
            m_window, tr("Cannot export"),
            tr("%1 is the plan itself; exporting there would replace it. Choose another file.").arg(path));
        return;
    }
    if (const auto error = write(document, path))
        QMessageBox::critical(m_window, tr("Cannot export"), *error);
    else
        emit exported(path);
}

} // namespace ui
