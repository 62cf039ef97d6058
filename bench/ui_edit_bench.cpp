// ui_edit_bench: how long one edit takes to reach the screen in the wizard.
//   ui_edit_bench [--servers N] [--repetitions N]
// Opens a synthetic plan (bench/syntheticplan.h) in the real main window, selects a
// legacy Client Access server on the legacy servers page and toggles NTLM in its IIS
// methods through the session, as the check box does. It prints the median and the
// worst of: the engine alone (checkPlan: rules + flows), edit -> flags (undo command,
// checks, flows, field markers, tables, findings panel, step counts: everything that
// runs synchronously before control returns to the event loop), and edit -> painted
// (the same plus the repaint). Figures, not assertions. Goal: well under 16 ms.
#include "syntheticplan.h"

#include "flows/flow.h"
#include "flows/plancheck.h"
#include "mainwindow/mainwindow.h"
#include "renderplatform.h"
#include "session/plansession.h"
#include "tables/recordtableeditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
struct Figures
{
    double medianMs = 0;
    double worstMs = 0;
};

Figures measure(int repetitions, const std::function<void()> &run)
{
    std::vector<qint64> ns;
    run(); // warm-up
    for (int r = 0; r < repetitions; ++r) {
        QElapsedTimer timer;
        timer.start();
        run();
        ns.push_back(timer.nsecsElapsed());
    }
    std::sort(ns.begin(), ns.end());
    return {double(ns[ns.size() / 2]) / 1e6, double(ns.back()) / 1e6};
}
} // namespace

int main(int argc, char *argv[])
{
    render::ensurePrivateRuntimeDirectory();
    render::selectOffscreenPlatformWhenHeadless();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int servers = 200;
    int repetitions = 50;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--servers"_s)
            servers = args.at(i + 1).toInt();
        else if (args.at(i) == u"--repetitions"_s)
            repetitions = args.at(i + 1).toInt();
    }
    QTextStream out(stdout);

    const wizard::Plan plan = bench::makeSyntheticPlan(servers);
    ui::MainWindow window;
    window.session()->replacePlan(plan, QString());
    window.resize(1366, 768);
    window.show();
    QString legacyCas;
    for (const wizard::Server &s : plan.topology.servers) {
        if (wizard::isLegacyCas(s) && s.outlookAnywhere.iisAuthenticationMethods.isKnown()) {
            legacyCas = s.name;
            break;
        }
    }
    window.goToStep(4); // legacy servers: the edited server's details are on screen
    window.findChild<ui::RecordTableEditor *>(u"legacyServersEditor"_s)->selectRecord(legacyCas);
    QApplication::processEvents();

    ui::PlanSession *session = window.session();
    auto toggleNtlm = [session, legacyCas] {
        session->edit(u"Change IIS authentication methods of %1"_s.arg(legacyCas), [legacyCas](wizard::Plan &p) {
            wizard::Setting<wizard::AuthMethodSet> &iis
                = p.topology.findServer(legacyCas)->outlookAnywhere.iisAuthenticationMethods;
            wizard::AuthMethodSet set = iis.valueOr({});
            if (set.contains(wizard::AuthMethod::Ntlm))
                set.remove(wizard::AuthMethod::Ntlm);
            else
                set.insert(wizard::AuthMethod::Ntlm);
            iis = set;
        });
    };

    const Figures engine = measure(repetitions, [session] {
        const wizard::PlanCheck checked = wizard::checkPlan(session->topology());
        Q_UNUSED(checked);
    });
    // With the work the edit queued for later in the same turn of the event loop (a
    // table measuring the edited row once its values and markers have changed).
    const auto editAndQueued = [&toggleNtlm] {
        toggleNtlm();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    };
    const Figures flags = measure(repetitions, editAndQueued);
    const Figures painted = measure(repetitions, [&] {
        editAndQueued();
        window.repaint();
    });

    out << "ui_edit_bench: " << plan.topology.servers.size() << " servers, " << session->findings().size()
        << " findings, " << session->flows().size() << " flows, " << repetitions << " repetitions (median / worst ms)"
        << Qt::endl;
    auto line = [&out](const char *what, const Figures &f) {
        out << "  " << what << ": " << QString::number(f.medianMs, 'f', 2) << " / "
            << QString::number(f.worstMs, 'f', 2) << Qt::endl;
    };
    line("engine only (checkPlan: rules + flows)", engine);
    line("edit -> flags (command, checks, flows, all views)", flags);
    line("edit -> painted (the same + repaint of the window)", painted);
    return 0;
}
