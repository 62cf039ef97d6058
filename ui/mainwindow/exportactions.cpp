#include "exportactions.h"

#include "checklistdiagrams.h"
#include "checklistpdf.h"
#include "diagrampainter.h"
#include "exports/checklist.h"
#include "exports/checklistformats.h"
#include "exports/collectorscript.h"
#include "session/plansession.h"

#include <QAction>
#include <QCoreApplication>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

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
    {QT_TRANSLATE_NOOP("ui::ExportActions", "&Verification script..."),
     QT_TRANSLATE_NOOP("ui::ExportActions", "Read-only: prints each planned value next to the live one."),
     "coexplan-verify.ps1", QT_TRANSLATE_NOOP("ui::ExportActions", "PowerShell scripts (*.ps1)"),
     "actionExportVerifyScript"},
    {QT_TRANSLATE_NOOP("ui::ExportActions", "C&ollector script for the Exchange admin..."),
     QT_TRANSLATE_NOOP("ui::ExportActions", "Read-only: gathers what the plan needs; import its output back."),
     "coexplan-collector.ps1", QT_TRANSLATE_NOOP("ui::ExportActions", "PowerShell scripts (*.ps1)"),
     "actionExportCollector"},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("ui::ExportActions", text);
}

std::optional<QString> writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return translated(QT_TRANSLATE_NOOP("ui::ExportActions", "%1: %2")).arg(path, file.errorString());
    return std::nullopt;
}
} // namespace

ExportActions::ExportActions(PlanSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_menu(new QMenu(tr("&Export"), window))
{
    m_menu->setObjectName(u"exportMenu"_s);
    for (int i = 0; i < int(std::size(documents)); ++i) {
        auto *action = new QAction(translated(documents[i].action), this);
        action->setObjectName(QLatin1String(documents[i].objectName));
        action->setToolTip(translated(documents[i].description));
        const auto document = Document(i);
        connect(action, &QAction::triggered, this, [this, document] { choosePathAndWrite(document); });
        m_menu->addAction(action);
        m_actions.append(action);
        if (document == Document::VerifyScript)
            m_menu->addSeparator();
    }
}

QString ExportActions::description(Document document)
{
    return translated(documents[int(document)].description);
}

std::optional<QString> ExportActions::write(Document document, const QString &path) const
{
    const wizard::Plan &plan = m_session->plan();
    const wizard::ScriptOptions options{QDate::currentDate()};
    switch (document) {
    case Document::ChangeScript:
        return writeBytes(path, wizard::scriptFileBytes(wizard::changeScript(plan, options)));
    case Document::RollbackScript:
        return writeBytes(path, wizard::scriptFileBytes(wizard::rollbackScript(plan, options)));
    case Document::VerifyScript:
        return writeBytes(path, wizard::scriptFileBytes(wizard::verifyScript(plan, options)));
    case Document::CollectorScript:
        return writeBytes(path, wizard::scriptFileBytes(wizard::collectorScript(plan)));
    case Document::Checklist:
        break;
    }
    // The same composition as `coexplan export --checklist` (cli/exportchecklist.cpp):
    // the engine's checklist, then the diagrams of the scenarios with a problem.
    const wizard::Checklist list = wizard::buildChecklist(plan, m_session->findings(), QDate::currentDate());
    const QString suffix = QFileInfo(path).suffix().toLower();
    const render::TextMeasure measure = render::fontTextMeasure();
    if (suffix == u"md"_s || suffix == u"markdown"_s)
        return writeBytes(path, wizard::checklistMarkdown(list).toUtf8());
    const QList<render::DiagramPage> diagrams
        = render::problemScenarioDiagrams(plan.topology, m_session->flows(), measure);
    if (suffix == u"html"_s || suffix == u"htm"_s) {
        QString html = wizard::checklistHtml(list);
        const qsizetype end = html.lastIndexOf(u"</body>"_s);
        if (end >= 0)
            html.insert(end, render::diagramPagesHtml(diagrams, measure));
        return writeBytes(path, html.toUtf8());
    }
    if (suffix == u"pdf"_s) {
        const bool letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
        return render::writeChecklistPdf(list, path, letter ? render::PaperSize::Letter : render::PaperSize::A4,
                                         diagrams);
    }
    return tr("%1: the checklist is written as .pdf, .html or .md").arg(path);
}

void ExportActions::choosePathAndWrite(Document document)
{
    const DocumentInfo &info = documents[int(document)];
    QString suggestion = QLatin1String(info.fileName);
    if (!m_session->filePath().isEmpty())
        suggestion = QFileInfo(m_session->filePath()).absolutePath() + u'/' + suggestion;
    QString path = QFileDialog::getSaveFileName(m_window, translated(info.action).remove(u'&').remove(u"..."_s),
                                                suggestion, translated(info.filter));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + QFileInfo(QLatin1String(info.fileName)).suffix();
    if (const auto error = write(document, path))
        QMessageBox::critical(m_window, tr("Cannot export"), *error);
}

} // namespace ui
