#include "exportactions.h"

#include "exports/collectorscript.h"
#include "session/plansession.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ui {

ExportActions::ExportActions(PlanSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_menu(new QMenu(tr("&Export"), window))
    , m_collector(new QAction(tr("&Collector script for the Exchange admin..."), this))
{
    m_menu->setObjectName(u"exportMenu"_s);
    m_collector->setObjectName(u"actionExportCollector"_s);
    m_collector->setToolTip(tr("A read-only PowerShell script that gathers what the plan needs; import its output"));
    connect(m_collector, &QAction::triggered, this, &ExportActions::chooseCollectorFile);
    m_menu->addAction(m_collector);
}

std::optional<QString> ExportActions::writeCollectorScript(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: %2").arg(path, file.errorString());
    file.write(QByteArray("\xEF\xBB\xBF") + wizard::collectorScript(m_session->plan()).toUtf8());
    if (!file.commit())
        return tr("%1: %2").arg(path, file.errorString());
    return std::nullopt;
}

void ExportActions::chooseCollectorFile()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save collector script"),
                                                      u"coexplan-collector.ps1"_s, tr("PowerShell scripts (*.ps1)"));
    if (path.isEmpty())
        return;
    if (const auto error = writeCollectorScript(path))
        QMessageBox::critical(m_window, tr("Cannot write the collector script"), *error);
}

} // namespace ui
