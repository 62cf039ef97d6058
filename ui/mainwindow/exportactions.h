#pragma once

#include "exports/scripts.h"
#include "topology/topology.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace ui {

class PlanSession;

// File > Export (and the export step): the documents the engine generates from the
// plan: the checklist (PDF, HTML or Markdown, chosen by the file name), the change,
// rollback and verification scripts, and the read-only collector script.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    enum class Document { Checklist, ChangeScript, RollbackScript, VerifyScript, CollectorScript };

    ExportActions(PlanSession *session, QWidget *window);

    QMenu *menu() const { return m_menu; }
    QAction *action(Document document) const { return m_actions.value(int(document)); }
    static QString description(Document document);

    // Writes the document to `path`; an error message naming the file on failure.
    std::optional<QString> write(Document document, const QString &path) const;

private:
    void choosePathAndWrite(Document document);

    PlanSession *m_session;
    QWidget *m_window;
    QMenu *m_menu;
    QList<QAction *> m_actions; // by Document
};

} // namespace ui
