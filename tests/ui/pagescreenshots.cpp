// Developer tool (not a test): saves a PNG of every wizard step, in normal and workshop
// mode, at the size of the screen, so that a person can look at each screen. Run it on
// the screens to check, e.g.
//   xvfb-run -s '-screen 0 1366x768x24' ui_page_screenshots /tmp/shots [PLAN [IMPORT]]
// With IMPORT (cmdlet output), it is imported last and the form that asks what the
// import could not decide is saved too ("...-import-questions.png").
#include "diagrampanel.h"
#include "diagrampresentation.h"
#include "mainwindow/cmdletimportactions.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/planfileactions.h"
#include "pages/reviewpage.h"
#include "pages/wizardpage.h"

#include <QAction>

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QPainter>
#include <QPixmap>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSize>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    const QStringList args = app.arguments();
    const QString outDir = args.value(1, u"/tmp/coexplan-screenshots"_s);
    const QString plan = args.value(2, u":/samples/contoso-before.coexplan"_s);
    QDir().mkpath(outDir);
    QTextStream out(stdout);
    const QSize size = QGuiApplication::primaryScreen()->size();
    for (bool workshop : {false, true}) {
        {
            ui::MainWindow window;
            window.fileActions()->openFile(plan);
            // Xvfb has no window manager to honour full screen or maximized: size by hand.
            window.show();
            window.setWorkshopMode(workshop);
            window.setGeometry(QGuiApplication::primaryScreen()->geometry());
            if (!QTest::qWaitForWindowExposed(&window))
                return 1;
            QTest::qWait(200); // let the window manager-less X server settle the geometry
            for (int step = 0; step < window.pages().size(); ++step) {
                window.goToStep(step);
                QTest::qWait(150); // what the user sees: after the layout requests a step posts
                const QString name = u"%1/%2x%3%4-%5.png"_s.arg(outDir)
                                         .arg(size.width())
                                         .arg(size.height())
                                         .arg(workshop ? u"-workshop"_s : QString())
                                         .arg(step, 2, 10, QChar(u'0'));
                window.grab().save(name);
                out << name << ' ' << window.pages().at(step)->title() << Qt::endl;
                // A page that scrolls: its end too (the cutover charts under the waves).
                for (QScrollArea *area : window.pages().at(step)->findChildren<QScrollArea *>()) {
                    QScrollBar *bar = area->verticalScrollBar();
                    if (!area->isVisible() || bar->maximum() == 0)
                        continue;
                    bar->setValue(bar->maximum());
                    QTest::qWait(100);
                    const QString end = QString(name).replace(u".png"_s, u"-end.png"_s);
                    window.grab().save(end);
                    out << end << ' ' << window.pages().at(step)->title() << ": its end" << Qt::endl;
                    bar->setValue(0);
                    break;
                }
                // The review step's other tabs (diagrams, live check) too.
                if (window.pages().at(step) == window.reviewPage()) {
                    QTabWidget *tabs = window.reviewPage()->tabs();
                    for (int tab = 1; tab < tabs->count(); ++tab) {
                        tabs->setCurrentIndex(tab);
                        QTest::qWait(150);
                        const QString tabName = QString(name).replace(u".png"_s, u"-tab%1.png"_s.arg(tab));
                        window.grab().save(tabName);
                        out << tabName << ' ' << tabs->tabText(tab) << Qt::endl;
                    }
                    tabs->setCurrentIndex(0);
                }
                // The review's diagram tab and its full-screen presentation (issue 14).
                auto *tabs = window.pages().at(step)->findChild<QTabWidget *>(u"reviewTabs"_s);
                auto *panel = window.findChild<ui::DiagramPanel *>(u"diagramPanel"_s);
                if (!tabs || !panel)
                    continue;
                tabs->setCurrentWidget(panel);
                QApplication::processEvents();
                const QString diagrams = QString(name).replace(u".png"_s, u"-diagrams.png"_s);
                window.grab().save(diagrams);
                out << diagrams << " Review: diagrams" << Qt::endl;
                panel->presentAction()->trigger();
                if (ui::DiagramPresentation *show = panel->presentation()) {
                    show->setGeometry(QGuiApplication::primaryScreen()->geometry());
                    QTest::qWait(200);
                    const QString presented = QString(name).replace(u".png"_s, u"-present.png"_s);
                    show->grab().save(presented);
                    out << presented << " Review: presentation" << Qt::endl;
                    show->close();
                    QApplication::processEvents();
                }
                tabs->setCurrentIndex(0);
            }
            if (args.size() > 3) {
                window.importActions()->importFiles({args.at(3)});
                for (int i = 0; i < 50 && !window.findChild<QDialog *>(u"importQuestionsDialog"_s); ++i)
                    QTest::qWait(20);
                if (auto *form = window.findChild<QDialog *>(u"importQuestionsDialog"_s)) {
                    if (!QTest::qWaitForWindowExposed(form))
                        return 1;
                    QTest::qWait(100);
                    const QString name = u"%1/%2x%3%4-import-questions.png"_s.arg(outDir)
                                             .arg(size.width())
                                             .arg(size.height())
                                             .arg(workshop ? u"-workshop"_s : QString());
                    // The form over the window, as the user sees it.
                    QPixmap shot = window.grab();
                    QPainter painter(&shot);
                    painter.drawPixmap(form->geometry().topLeft() - window.geometry().topLeft(), form->grab());
                    painter.end();
                    shot.save(name);
                    out << name << " import questions" << Qt::endl;
                    form->reject();
                }
            }
        }
    }
    return 0;
}
