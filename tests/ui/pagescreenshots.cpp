// Developer tool (not a test): saves a PNG of every wizard step, at the sizes the
// workshop projectors and laptops use, in normal and workshop mode, so that a person
// can look at each screen. Usage: ui_page_screenshots [OUTPUT_DIR] [PLAN]
#include "mainwindow/mainwindow.h"
#include "mainwindow/planfileactions.h"
#include "pages/wizardpage.h"

#include <QApplication>
#include <QDir>
#include <QSize>
#include <QStandardPaths>
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
    const QList<QSize> sizes{{1366, 768}, {1920, 1080}};
    for (bool workshop : {false, true}) {
        for (const QSize &size : sizes) {
            ui::MainWindow window;
            window.fileActions()->openFile(plan);
            window.show();
            if (workshop)
                window.setWorkshopMode(true);
            window.setGeometry(0, 0, size.width(), size.height());
            window.resize(size);
            for (int step = 0; step < window.pages().size(); ++step) {
                window.goToStep(step);
                QApplication::processEvents();
                const QString name = u"%1/%2x%3%4-%5.png"_s.arg(outDir)
                                         .arg(size.width())
                                         .arg(size.height())
                                         .arg(workshop ? u"-workshop"_s : QString())
                                         .arg(step, 2, 10, QChar(u'0'));
                window.grab().save(name);
                out << name << ' ' << window.pages().at(step)->title() << Qt::endl;
            }
        }
    }
    return 0;
}
