#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
#include <QDialog>
class QTextBrowser;
class QWidget;

namespace ui {

// Help > Help on this step (F1) and Help > About. The help is docs/help.md, built into
// the application (":/docs/help.md"): one "## <step title>" section per wizard step;
// F1 opens it at the current step's section.
class HelpActions : public QObject
{
    Q_OBJECT

public:
    // `currentStepTitle` names the step on screen when F1 is pressed.
    HelpActions(QWidget *window, std::function<QString()> currentStepTitle);

    QAction *helpAction() const { return m_help; }
    QAction *aboutAction() const { return m_about; }

    // Shows the help at the section titled `stepTitle` (the start when there is none);
    // false when the help has no such section.
    bool showHelp(const QString &stepTitle);
    QDialog *helpDialog() const { return m_dialog; }
    QTextBrowser *helpBrowser() const { return m_browser; }
    // The About box's text (rich text): version, Qt version it was built with and runs
    // on, the docs' address.
    static QString aboutText();
    static QString helpMarkdown();

private:
    void ensureDialog();

    QWidget *m_window;
    std::function<QString()> m_currentStepTitle;
    QAction *m_help;
    QAction *m_about;
    QPointer<QDialog> m_dialog;
    QTextBrowser *m_browser = nullptr;
};

} // namespace ui
