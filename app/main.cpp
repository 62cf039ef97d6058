// coexplan: the GUI, or the CLI when given a subcommand (docs/cli.md).
#include "cli.h"
#include "renderplatform.h"

#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (cli::wantsCli(arguments)) {
        // The CLI paints PDFs and images too, so it needs a Gui application; on a
        // machine with no display it runs on the offscreen platform.
        render::selectOffscreenPlatformWhenHeadless();
        QGuiApplication app(argc, argv);
        QGuiApplication::setOrganizationName(QStringLiteral("CoexPlan"));
        QGuiApplication::setApplicationName(QStringLiteral("CoexPlan"));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return cli::run(arguments, cli::Io{out, err});
    }

    // Until the wizard is built in, `coexplan PLAN` prints the check of PLAN.
    QStringList check{QStringLiteral("check")};
    check += arguments;
    render::selectOffscreenPlatformWhenHeadless();
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli::run(check, cli::Io{out, err});
}
