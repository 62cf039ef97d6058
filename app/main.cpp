// coexplan: the GUI, or the CLI when given a subcommand (docs/cli.md).
#include "cli.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/planfileactions.h"
#include "renderplatform.h"

#include <QApplication>
#include <QTextStream>

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CoexPlan"));
    QCoreApplication::setApplicationName(QStringLiteral("CoexPlan"));
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    render::ensurePrivateRuntimeDirectory();
    if (cli::wantsCli(arguments) || !render::displayAvailable()) {
        // The CLI paints PDFs and images too, the cutover charts with QtCharts, whose items
        // are widgets: it needs a widgets application, on the offscreen platform so that
        // it never depends on a display.
        const bool guiWanted = !cli::wantsCli(arguments);
        render::selectOffscreenPlatform();
        QApplication app(argc, argv);
        setIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (!guiWanted)
            return cli::run(arguments, cli::Io{out, err});
        // `coexplan [PLAN]` with no display: say so, and still show the plan's check.
        err << QCoreApplication::translate("main",
                                           "coexplan: no display (no DISPLAY or WAYLAND_DISPLAY, or an "
                                           "offscreen QT_QPA_PLATFORM): the wizard cannot open; printing "
                                           "the check of the plan instead.")
            << Qt::endl;
        return cli::run(QStringList{QStringLiteral("check")} + arguments, cli::Io{out, err});
    }

    QApplication app(argc, argv);
    setIdentity();
    ui::MainWindow window;
    window.show();
    if (!window.offerRecovery() && !arguments.isEmpty())
        window.fileActions()->openFile(arguments.first());
    return app.exec();
}
