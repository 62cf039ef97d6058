// coexplan: the GUI, or the CLI when given a subcommand (docs/cli.md).
#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("CoexPlan"));
    QCoreApplication::setApplicationName(QStringLiteral("CoexPlan"));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli::run(arguments, cli::Io{out, err});
}
