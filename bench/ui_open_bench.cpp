// ui_open_bench: what a user waits for when opening a large plan in the wizard.
//   ui_open_bench [--servers N] [--only startup|review|diagrams|revisit] [--screenshots DIR]
// Builds a synthetic plan (bench/syntheticplan.h) and times, each until the window has
// painted (QWidget::repaint, so the layout and paint that a user waits for are in):
//   startup   main window created, the plan opened, the first page shown
//   review    first visit of the Review step (client flows tab)
//   diagrams  first visit of its Diagrams and connection matrix tab
//   revisit   an edit on the legacy servers page, then the Diagrams tab again
// and the process's peak memory (VmHWM). --screenshots saves the window after each
// visit as PNG (review.png, diagrams.png, revisit.png), to look at what was timed.
// Figures, not assertions; one run each, since a first visit happens once (--only
// stops after a phase, e.g. to run callgrind over start-up alone).
#include "syntheticplan.h"

#include "diagram/diagrampanel.h"
#include "mainwindow/mainwindow.h"
#include "pages/reviewpage.h"
#include "renderplatform.h"
#include "session/plansession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int reviewStep = 9;
constexpr int legacyServersStep = 4;

QString peakMemory()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return u"?"_s;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return u"?"_s;
}

void paint(ui::MainWindow &window)
{
    QApplication::processEvents();
    window.repaint();
}

// One function per phase, so that callgrind can collect just it (--toggle-collect).
std::unique_ptr<ui::MainWindow> openPlanPhase(const wizard::Plan &plan)
{
    auto window = std::make_unique<ui::MainWindow>();
    window->session()->replacePlan(plan, QString());
    window->resize(1366, 768);
    window->show();
    paint(*window);
    return window;
}

void reviewPhase(ui::MainWindow &window)
{
    window.goToStep(reviewStep);
    paint(window);
}

void diagramsPhase(ui::MainWindow &window)
{
    QTabWidget *tabs = window.reviewPage()->tabs();
    tabs->setCurrentWidget(window.findChild<ui::DiagramPanel *>(u"diagramPanel"_s));
    paint(window);
}

void editPhase(ui::MainWindow &window, const QString &server)
{
    window.goToStep(legacyServersStep);
    paint(window);
    window.session()->edit(u"Change SSL offloading of %1"_s.arg(server), [server](wizard::Plan &p) {
        wizard::Setting<bool> &offload = p.topology.findServer(server)->outlookAnywhere.sslOffloading;
        offload = !offload.valueOr(false);
    });
    paint(window);
}

void revisitPhase(ui::MainWindow &window)
{
    window.goToStep(reviewStep);
    paint(window);
}
} // namespace

int main(int argc, char *argv[])
{
    render::ensurePrivateRuntimeDirectory();
    render::selectOffscreenPlatformWhenHeadless();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int servers = 1000;
    QString only;
    QString shots;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--servers"_s)
            servers = args.at(i + 1).toInt();
        else if (args.at(i) == u"--only"_s)
            only = args.at(i + 1);
        else if (args.at(i) == u"--screenshots"_s)
            shots = args.at(i + 1);
    }
    QTextStream out(stdout);
    const wizard::Plan plan = bench::makeSyntheticPlan(servers);
    QString legacyCas;
    for (const wizard::Server &s : plan.topology.servers) {
        if (wizard::isLegacyCas(s)) {
            legacyCas = s.name;
            break;
        }
    }
    out << "ui_open_bench: " << plan.topology.servers.size() << " servers (ms, one run each)" << Qt::endl;
    auto report = [&out](const char *what, const QElapsedTimer &timer) {
        out << "  " << what << ": " << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 1) << Qt::endl;
    };
    auto shoot = [&shots](ui::MainWindow &window, const QString &name) {
        if (!shots.isEmpty())
            window.grab().save(shots + u'/' + name + u".png"_s);
    };
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<ui::MainWindow> window = openPlanPhase(plan);
    report("start-up with the plan, first page painted", timer);
    out << "  peak memory after start-up: " << peakMemory() << Qt::endl;
    if (only == u"startup"_s)
        return 0;
    timer.restart();
    reviewPhase(*window);
    report("Review step, first visit", timer);
    shoot(*window, u"review"_s);
    if (only == u"review"_s)
        return 0;
    timer.restart();
    diagramsPhase(*window);
    report("Diagrams tab, first visit", timer);
    shoot(*window, u"diagrams"_s);
    if (only == u"diagrams"_s)
        return 0;
    editPhase(*window, legacyCas);
    timer.restart();
    revisitPhase(*window);
    report("Review step with the Diagrams tab after an edit elsewhere", timer);
    shoot(*window, u"revisit"_s);
    out << "  peak memory: " << peakMemory() << Qt::endl;
    return 0;
}
