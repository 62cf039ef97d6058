#include "helpactions.h"

#include "coexplan_version.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

HelpActions::HelpActions(QWidget *window, std::function<QString()> currentStepTitle)
    : QObject(window)
    , m_window(window)
    , m_currentStepTitle(std::move(currentStepTitle))
    , m_help(new QAction(tr("&Help on this step"), this))
    , m_about(new QAction(tr("&About CoexPlan"), this))
{
    m_help->setObjectName(u"actionHelp"_s);
    m_help->setShortcut(QKeySequence::HelpContents);
    m_help->setToolTip(tr("What the current step asks for and how to fill it in (F1)"));
    connect(m_help, &QAction::triggered, this, [this] { showHelp(m_currentStepTitle()); });
    m_about->setObjectName(u"actionAbout"_s);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox box(QMessageBox::Information, tr("About CoexPlan"), aboutText(), QMessageBox::Ok, m_window);
        box.setObjectName(u"aboutDialog"_s);
        box.setTextFormat(Qt::RichText);
        if (auto *label = box.findChild<QLabel *>(u"qt_msgbox_label"_s)) {
            label->setTextInteractionFlags(Qt::TextBrowserInteraction);
            label->setOpenExternalLinks(false);
            connect(label, &QLabel::linkActivated, &box, [this, &box] {
                box.accept();
                showHelp({});
            });
        }
        box.exec();
    });
}

QString HelpActions::aboutText()
{
    return tr("<p><b>CoexPlan %1</b></p>"
              "<p>Plans Outlook Anywhere coexistence between Exchange 2013/2016 and Exchange 2007/2010: the "
              "topology, every client's connection (Part A and Part B), the findings with their reasons and "
              "sources, the checklist and the PowerShell.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>"
              "<p><a href=\"help:\">Read the help</a> (F1 on any step opens its section).</p>")
        .arg(QString::fromLatin1(COEXPLAN_VERSION_STRING), QString::fromLatin1(QT_VERSION_STR),
             QString::fromLatin1(qVersion()));
}

QString HelpActions::helpMarkdown()
{
    QFile file(u":/docs/help.md"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void HelpActions::ensureDialog()
{
    if (m_dialog)
        return;
    m_dialog = new QDialog(m_window);
    m_dialog->setObjectName(u"helpDialog"_s);
    m_dialog->setWindowTitle(tr("CoexPlan Help"));
    m_browser = new QTextBrowser(m_dialog);
    m_browser->setObjectName(u"helpBrowser"_s);
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(helpMarkdown());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_dialog);
    connect(buttons, &QDialogButtonBox::rejected, m_dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(m_dialog);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    const QSize room = m_window->size();
    m_dialog->resize(std::max(480, room.width() * 2 / 3), std::max(360, room.height() * 3 / 4));
}

bool HelpActions::showHelp(const QString &stepTitle)
{
    ensureDialog();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    // The section is the heading (level 2) whose text is the step's title.
    const QTextDocument *doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2 && block.text() == stepTitle) {
            QTextCursor cursor(block);
            m_browser->setTextCursor(cursor);
            m_browser->verticalScrollBar()->setValue(m_browser->verticalScrollBar()->maximum());
            m_browser->ensureCursorVisible(); // from below: the heading ends up at the top
            return true;
        }
    }
    m_browser->verticalScrollBar()->setValue(0);
    return stepTitle.isEmpty();
}

} // namespace ui
