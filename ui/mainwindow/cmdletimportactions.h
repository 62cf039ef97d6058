#pragma once

#include "imports/planimport.h"

#include <QObject>
#include <QPointer>

class QAction;
class QPlainTextEdit;
class QDialog;
class QWidget;

namespace ui {

class PlanSession;

// Import of real cmdlet output (Format-List / Format-Table text, collector JSON,
// Autodiscover XML) into the open plan: by menu, by pasting, by dropping files. The
// engine reads and merges (wizard::importIntoPlan); an import that succeeds becomes
// one undoable edit, and its report is shown either way.
class CmdletImportActions : public QObject
{
    Q_OBJECT

public:
    CmdletImportActions(PlanSession *session, QWidget *window);

    QAction *importAction() const { return m_import; }
    QAction *pasteAction() const { return m_paste; }

    // Returns true when the plan changed. The report is in lastReport() and shown in a
    // non-modal window.
    bool importFiles(const QStringList &paths);
    bool importText(const QString &name, const QString &text);
    QString lastReport() const { return m_lastReport; }

private:
    bool run(const QList<wizard::ImportSource> &sources, const QString &commandName);
    // After an import that left questions: the form; its answers run the same import
    // again on the plan as it was before, with the answers as options (--version, --server).
    void askQuestions(const wizard::ImportOutcome &outcome, const QList<wizard::ImportSource> &sources,
                      const wizard::Plan &before);
    void applyAnswers(const wizard::ImportOptions &answers, const QList<wizard::ImportSource> &sources,
                      const wizard::Plan &before);
    void chooseFiles();
    void pasteClipboard();
    void showReport(bool applied);

    PlanSession *m_session;
    QWidget *m_window;
    QAction *m_import;
    QAction *m_paste;
    QString m_lastReport;
    QPointer<QDialog> m_reportDialog;
    QPlainTextEdit *m_reportText = nullptr;
};

} // namespace ui
