#include "cmdletimportactions.h"

#include "importquestionsdialog.h"
#include "imports/importreport.h"
#include "imports/textdecoding.h"
#include "session/plansession.h"

#include <QAction>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

CmdletImportActions::CmdletImportActions(PlanSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_import(new QAction(tr("&Import cmdlet output..."), this))
    , m_paste(new QAction(tr("&Paste cmdlet output"), this))
{
    m_import->setObjectName(u"actionImport"_s);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setToolTip(tr("Read Get-ExchangeServer, Get-OutlookAnywhere, ... output saved to files"));
    m_paste->setObjectName(u"actionPasteCmdletOutput"_s);
    m_paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_paste->setToolTip(tr("Read cmdlet output copied from the Exchange Management Shell"));
    connect(m_import, &QAction::triggered, this, &CmdletImportActions::chooseFiles);
    connect(m_paste, &QAction::triggered, this, &CmdletImportActions::pasteClipboard);
}

bool CmdletImportActions::importFiles(const QStringList &paths)
{
    QList<wizard::ImportSource> sources;
    QStringList names;
    for (const QString &path : paths) {
        sources.append(wizard::ImportSource{QFileInfo(path).fileName(), wizard::readImportFile(path)});
        names.append(QFileInfo(path).fileName());
    }
    return run(sources, tr("Import %1").arg(names.join(u", "_s)));
}

bool CmdletImportActions::importText(const QString &name, const QString &text)
{
    wizard::TextDecodeResult decoded;
    decoded.decoded = wizard::DecodedText{text, wizard::TextEncoding::Utf8};
    return run({wizard::ImportSource{name, decoded}}, tr("Import %1").arg(name));
}

bool CmdletImportActions::run(const QList<wizard::ImportSource> &sources, const QString &commandName)
{
    const wizard::Plan before = m_session->plan();
    const wizard::ImportOutcome outcome = wizard::importIntoPlan(sources, before);
    m_lastReport = wizard::importReportText(outcome.result);
    const bool applied = outcome.result.succeeded();
    if (applied) {
        const wizard::Plan imported = outcome.plan;
        m_session->edit(commandName, [imported](wizard::Plan &p) { p = imported; });
    }
    if (applied && !outcome.result.questions.isEmpty())
        askQuestions(outcome, sources, before); // the report follows the answers
    else
        showReport(applied);
    return applied;
}

void CmdletImportActions::askQuestions(const wizard::ImportOutcome &outcome, const QList<wizard::ImportSource> &sources,
                                       const wizard::Plan &before)
{
    auto *dialog = new ImportQuestionsDialog(outcome.result.questions, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(true); // the answers apply to the plan as the import left it
    connect(dialog, &QDialog::finished, this, [this, dialog, sources, before](int result) {
        if (result == QDialog::Accepted && dialog->hasAnswers())
            applyAnswers(dialog->answers(), sources, before);
        else
            showReport(true);
    });
    dialog->open();
}

void CmdletImportActions::applyAnswers(const wizard::ImportOptions &answers, const QList<wizard::ImportSource> &sources,
                                       const wizard::Plan &before)
{
    const wizard::ImportOutcome outcome = wizard::importIntoPlan(sources, before, answers);
    m_lastReport = wizard::importReportText(outcome.result);
    const bool applied = outcome.result.succeeded();
    if (applied) {
        // The imported plan plus the answers: what `coexplan import --version ... --server
        // ...` writes for the same input. A second undo step, so the answers alone can be
        // taken back.
        const wizard::Plan completed = outcome.plan;
        m_session->edit(tr("Answers to the import questions"), [completed](wizard::Plan &p) { p = completed; });
    }
    showReport(applied);
}

void CmdletImportActions::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Import cmdlet output"), QString(), tr("Cmdlet output (*.txt *.log *.json *.xml);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void CmdletImportActions::pasteClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (!text.trimmed().isEmpty())
        importText(tr("pasted text"), text);
}

void CmdletImportActions::showReport(bool applied)
{
    // Non-modal: the consultant reads the report beside the plan it changed.
    if (!m_reportDialog) {
        m_reportDialog = new QDialog(m_window);
        m_reportDialog->setObjectName(u"importReportDialog"_s);
        m_reportDialog->setWindowTitle(tr("Import report"));
        m_reportText = new QPlainTextEdit(m_reportDialog);
        m_reportText->setObjectName(u"importReport"_s);
        m_reportText->setReadOnly(true);
        m_reportText->setAccessibleName(tr("Import report"));
        m_reportText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_reportText->setLineWrapMode(QPlainTextEdit::NoWrap);
        auto *status = new QLabel(m_reportDialog);
        status->setObjectName(u"importStatus"_s);
        status->setWordWrap(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_reportDialog);
        connect(buttons, &QDialogButtonBox::rejected, m_reportDialog.data(), &QDialog::close);
        auto *layout = new QVBoxLayout(m_reportDialog);
        layout->addWidget(status);
        layout->addWidget(m_reportText, 1);
        layout->addWidget(buttons);
        m_reportDialog->resize(820, 520);
    }
    m_reportDialog->findChild<QLabel *>(u"importStatus"_s)
        ->setText(applied ? tr("The import was merged into the plan (Edit > Undo takes it back).")
                          : tr("The plan was not changed by this step: fix the errors or conflicts below and "
                               "import again."));
    m_reportText->setPlainText(m_lastReport);
    m_reportDialog->show();
    m_reportDialog->raise();
}

} // namespace ui
