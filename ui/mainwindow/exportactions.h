#pragma once

#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace ui {

class PlanSession;

// File > Export: documents generated from the plan by the engine's exports.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(PlanSession *session, QWidget *window);

    QMenu *menu() const { return m_menu; }
    QAction *collectorAction() const { return m_collector; }

    // Writes the read-only collector script (UTF-8 with a BOM, as Windows PowerShell
    // 1.0/2.0 needs for non-ASCII names); an error message naming the file on failure.
    std::optional<QString> writeCollectorScript(const QString &path) const;

private:
    void chooseCollectorFile();

    PlanSession *m_session;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_collector;
};

} // namespace ui
