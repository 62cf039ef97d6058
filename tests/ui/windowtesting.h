// What the wizard-window tests share: the includes and the look-ups of widgets by name.
#pragma once
#include "coexplan_version.h"
#include "findings/findingsmodel.h"
#include "findings/findingspanel.h"
#include "mainwindow/cmdletimportactions.h"
#include "mainwindow/exportactions.h"
#include "mainwindow/helpactions.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/planfileactions.h"
#include "mainwindow/steplistmodel.h"
#include "pages/reviewpage.h"
#include "pages/startpage.h"
#include "pages/wizardpage.h"
#include "planfile/atomicwrite.h"
#include "session/plansession.h"
#include "tables/namepicker.h"
#include "tables/recordtableeditor.h"
#include "widgets/markedfield.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFile>
#include <QFont>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace windowtest {
inline const QString iisKey = u"outlookAnywhere.iisAuthenticationMethods"_s;

// Layout requests post further ones (a scroll area's content, a page that changes from side by
// side to one above the other): what the user sees is the state once they are all handled.
inline void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
}

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

inline QString currentPage(ui::MainWindow &w)
{
    return w.findChild<QStackedWidget *>(u"pages"_s)->currentWidget()->objectName();
}

inline int findingRows(ui::MainWindow &w, const QString &ruleId, wizard::Severity severity)
{
    ui::FindingsModel *model = w.findingsPanel()->model();
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->finding(row).ruleId == ruleId && model->finding(row).severity == severity)
            ++n;
    }
    return n;
}

} // namespace windowtest
