#pragma once

#include "exports/scripts.h"
#include "topology/topology.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QWidget;

class QPrinter;

namespace ui {

class PlanSession;

// File > Export (and the export step): the documents the engine generates from the
// plan: the checklist (PDF, HTML or Markdown, chosen by the file name), the change,
// rollback and verification scripts, and the read-only collector script.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    enum class Document {
        Checklist,
        ChangeScript,
        RollbackScript,
        VerifyScript,
        CollectorScript,
        TestPlan,
        CutoverCharts, // the cutover step's three charts (issue 16), as `export --cutover`
        CutoverCalendar, // its dated steps as iCalendar, as `export --calendar`
    };

    ExportActions(PlanSession *session, QWidget *window);

    QMenu *menu() const { return m_menu; }
    QAction *action(Document document) const { return m_actions.value(int(document)); }
    static QString description(Document document);
    // The name the save dialog offers: "contoso-before-checklist.pdf" for a plan saved
    // as contoso-before.coexplan.
    QString suggestedFileName(Document document) const;

    // Writes the document to `path`; an error message naming the file on failure.
    std::optional<QString> write(Document document, const QString &path) const;

    // File > Print... and Print Preview... of the checklist (the same pages as its PDF).
    QAction *printAction() const { return m_print; }
    QAction *printPreviewAction() const { return m_printPreview; }
    // Sets up `printer` for the checklist's layout (resolution, paper, no margins).
    void preparePrinter(QPrinter &printer) const;
    // Paints the checklist onto a prepared printer; an error message on failure.
    std::optional<QString> printChecklist(QPrinter *printer) const;

signals:
    // A document was written (from the export menu or step): the window says where.
    void exported(const QString &path);

private:
    void choosePathAndWrite(Document document);
    void print();
    void printPreview();

    PlanSession *m_session;
    QWidget *m_window;
    QMenu *m_menu;
    QList<QAction *> m_actions; // by Document
    QAction *m_print;
    QAction *m_printPreview;
};

} // namespace ui
