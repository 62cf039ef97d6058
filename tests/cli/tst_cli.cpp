// The CLI contract (docs/cli.md): subcommands, exit codes, the JSON shape of `check`.
// Runs the real executable with no display.
#include "../common/clirun.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using clirun::coexplan;
using clirun::Run;

QString sample(const char *name)
{
    return QStringLiteral(COEXPLAN_SAMPLES) + u'/' + QString::fromLatin1(name);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    // The CLI never shows a window: a DISPLAY that cannot be reached (a stale ssh
    // forwarding) must not abort it in the xcb plugin, and a session without
    // XDG_RUNTIME_DIR (su, cron, CI) must not get Qt's warning about it on stderr.
    void check_withUnreachableDisplayAndNoRuntimeDir_printsNoNoise()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DISPLAY"_s, u":97"_s); // no X server listens there
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"XDG_RUNTIME_DIR"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(COEXPLAN_EXECUTABLE), {u"check"_s, sample("contoso-before.coexplan")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.isEmpty(), err.constData());
        QVERIFY(p.readAllStandardOutput().contains("PB-002"));
        QCOMPARE(p.exitCode(), 1); // the sample has error findings
    }

    void version_printsProjectVersion()
    {
        const Run r = coexplan({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("coexplan " COEXPLAN_PROJECT_VERSION));
    }

    void help_listsCommandsAndExitCodes()
    {
        const Run r = coexplan({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("check PLAN"));
        QVERIFY(r.out.contains("Exit codes"));
    }

    void commandHelp_printsThatCommandsUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("command");
        for (const QString &command : {u"check"_s, u"export"_s, u"import"_s, u"diff"_s}) {
            QTest::addRow("%s --help", qPrintable(command)) << QStringList{command, u"--help"_s} << command;
            QTest::addRow("%s -h", qPrintable(command)) << QStringList{command, u"-h"_s} << command;
            QTest::addRow("help %s", qPrintable(command)) << QStringList{u"help"_s, command} << command;
        }
        // After other arguments too: help wins, the (missing) plan is not read.
        QTest::addRow("export PLAN --checklist FILE --help")
            << QStringList{u"export"_s, u"no-such.coexplan"_s, u"--checklist"_s, u"out.pdf"_s, u"--help"_s}
            << u"export"_s;
    }
    void commandHelp_printsThatCommandsUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, command);
        const Run r = coexplan(arguments);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QByteArray("Usage: coexplan " + command.toUtf8() + ' ')), r.out.constData());
        QVERIFY(r.out.contains("Exit codes"));
        QCOMPARE(r.out.contains("--checklist FILE"), command == u"export"_s);
        QVERIFY(r.err.isEmpty());
    }

    void helpOfUnknownCommand_isUsageError()
    {
        const Run r = coexplan({u"help"_s, u"frobnicate"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("unknown command"));
    }

    void checkSampleBefore_exitsOneWithPartBErrors()
    {
        const Run r = coexplan({u"check"_s, sample("contoso-before.coexplan")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("PB-002"), r.out.constData());
        QVERIFY(r.err.isEmpty());
    }

    void checkJson_hasDocumentedShape()
    {
        const Run r = coexplan({u"check"_s, sample("contoso-before.coexplan"), u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QVERIFY(root.value(u"summary"_s).isObject());
        QVERIFY(root.value(u"findings"_s).isArray());
        QVERIFY(root.value(u"flows"_s).isArray());
        const QJsonObject summary = root.value(u"summary"_s).toObject();
        QVERIFY(summary.value(u"errors"_s).toInt() >= 1);
        const QJsonArray findings = root.value(u"findings"_s).toArray();
        QCOMPARE(findings.size(),
                 summary.value(u"errors"_s).toInt() + summary.value(u"warnings"_s).toInt()
                     + summary.value(u"infos"_s).toInt());
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            for (const char *key : {"rule", "severity", "subject", "fields", "message", "why", "fix", "source"})
                QVERIFY2(f.contains(QLatin1String(key)), key);
        }
    }

    void usageAndUnreadableInput_exitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expectedOnStderr");
        QTest::addRow("unknown option") << QStringList{u"--frobnicate"_s} << QByteArray("unknown option");
        QTest::addRow("check without plan") << QStringList{u"check"_s} << QByteArray("which plan");
        QTest::addRow("bad format") << QStringList{u"check"_s, sample("contoso-before.coexplan"), u"--format"_s,
                                                   u"xml"_s}
                                    << QByteArray("unknown format");
        QTest::addRow("missing file") << QStringList{u"check"_s, u"/no/such/plan.coexplan"_s}
                                      << QByteArray("/no/such/plan.coexplan");
    }
    void usageAndUnreadableInput_exitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expectedOnStderr);
        const Run r = coexplan(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expectedOnStderr), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void exportUsage_exitsTwoWithAMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString plan = sample("contoso-before.coexplan");
        QTest::addRow("nothing to export") << QStringList{u"export"_s, plan} << u"nothing to export"_s;
        QTest::addRow("unknown option") << QStringList{u"export"_s, plan, u"--diagramm"_s, u"a.svg"_s}
                                        << u"unknown option --diagramm"_s;
        QTest::addRow("missing value") << QStringList{u"export"_s, plan, u"--matrix"_s} << u"--matrix needs a value"_s;
        QTest::addRow("unknown format") << QStringList{u"export"_s, plan, u"--matrix=m.gif"_s}
                                        << u"--matrix m.gif: the file name must end in .svg, .png, .pdf"_s;
        QTest::addRow("no plan") << QStringList{u"export"_s, u"--matrix=m.svg"_s} << u"which plan?"_s;
        QTest::addRow("checklist format") << QStringList{u"export"_s, plan, u"--checklist"_s, u"c.docx"_s}
                                          << u"--checklist c.docx: the file name must end in .pdf, .html"_s;
        QTest::addRow("paper size") << QStringList{u"export"_s, plan, u"--checklist=c.pdf"_s, u"--paper=a5"_s}
                                    << u"unknown paper size"_s;
    }

    void exportUsage_exitsTwoWithAMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = coexplan(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void exportDiagram_drawsTheChosenScenario_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("scenario");
        QTest::addRow("first failing by default") << QStringList() << u"Road warriors / External / EX2010MBX"_s;
        QTest::addRow("named, any case and spacing")
            << QStringList{u"--scenario"_s, u"head office/INTERNAL/ex2010mbx"_s}
            << u"Head office / Internal / EX2010MBX"_s;
    }

    void exportDiagram_drawsTheChosenScenario()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, scenario);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"d.svg"_s);
        const Run r
            = coexplan(QStringList{u"export"_s, sample("contoso-before.coexplan"), u"--diagram"_s, path} + extra);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QString::fromUtf8(r.out).contains(scenario));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(f.readAll()).contains(u"Scenario: "_s + scenario));
    }

    void exportDiagram_unknownScenario_listsTheScenarios()
    {
        QTemporaryDir dir;
        const Run r = coexplan({u"export"_s, sample("contoso-before.coexplan"), u"--diagram"_s,
                                dir.filePath(u"d.png"_s), u"--scenario"_s, u"Nobody / Internal / EX2010MBX"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no scenario \"Nobody / Internal / EX2010MBX\""));
        QVERIFY(r.err.contains("Road warriors / External / EX2010BR"));
        QVERIFY(!QFile::exists(dir.filePath(u"d.png"_s)));
    }

    void exportMatrix_writesSvgPngAndPdfWithoutDisplay_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("svg") << u"matrix.svg"_s;
        QTest::addRow("png") << u"matrix.png"_s;
        QTest::addRow("pdf") << u"matrix.pdf"_s;
    }

    void exportMatrix_writesSvgPngAndPdfWithoutDisplay()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        const Run r = coexplan({u"export"_s, sample("contoso-before.coexplan"), u"--matrix"_s, path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.size() > 500);
    }

    void exportChecklistAndScripts_writeEveryFileWithoutDisplay()
    {
        QTemporaryDir dir;
        const QStringList files{u"c.pdf"_s,      u"c.html"_s,       u"c.md"_s,
                                u"change.ps1"_s, u"rollback.ps1"_s, u"verify.ps1"_s};
        for (const QString &checklist : {files[0], files[1], files[2]}) {
            QStringList args{u"export"_s,      sample("contoso-before.coexplan"),
                             u"--checklist"_s, dir.filePath(checklist),
                             u"--paper"_s,     u"letter"_s};
            if (checklist == files[0])
                args += {u"--script"_s,
                         dir.filePath(files[3]),
                         u"--rollback"_s,
                         dir.filePath(files[4]),
                         u"--verify"_s,
                         dir.filePath(files[5]),
                         u"--write-values-flagged-as-errors"_s};
            const Run r = coexplan(args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.err.isEmpty(), r.err.constData());
            QVERIFY(r.out.contains("Wrote "));
        }
        for (const QString &f : files)
            QVERIFY2(QFileInfo(dir.filePath(f)).size() > 1000, qPrintable(f));
        QFile pdf(dir.filePath(files[0]));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QFile script(dir.filePath(files[3]));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QVERIFY(script.read(3) == "\xEF\xBB\xBF"); // UTF-8 BOM for Windows PowerShell
    }

    // Issue 13, defect 3: contoso-before still has error findings on values the change
    // script would write (PB-002: IIS 'Basic' only on a legacy CAS). Without the named
    // option the script is not written, exit 1, and stderr lists the findings; with it,
    // each such command is preceded by a comment naming the finding.
    void exportScript_valuesFlaggedAsErrors_refusedUnlessAskedByName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"change.ps1"_s);
        const Run refused = coexplan({u"export"_s, sample("contoso-before.coexplan"), u"--script"_s, path});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("PB-002 (error) on EX2010CAS"), refused.err.constData());
        QVERIFY2(refused.err.contains("--write-values-flagged-as-errors"), refused.err.constData());
        QVERIFY(!QFileInfo::exists(path));

        const Run asked = coexplan({u"export"_s, sample("contoso-before.coexplan"), u"--script"_s, path,
                                    u"--write-values-flagged-as-errors"_s});
        QCOMPARE(asked.exitCode, 0);
        QFile script(path);
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = script.readAll().split('\n');
        qsizetype commented = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines[i].trimmed().startsWith("Set-OutlookAnywhere -Identity 'EX2010CAS\\Rpc (Default Web Site)'")
                && lines[i].contains("-IISAuthenticationMethods")) {
                QVERIFY2(lines[i - 1].contains("# Flagged by CoexPlan's own check") && lines[i - 1].contains("PB-002"),
                         lines[i - 1].constData());
                ++commented;
            }
        }
        QVERIFY(commented > 0);

        const Run healthy = coexplan({u"export"_s, sample("contoso-after.coexplan"), u"--script"_s, path});
        QCOMPARE(healthy.exitCode, 0);
        QVERIFY2(healthy.err.isEmpty(), healthy.err.constData());
    }

    void corruptPlan_namesLineAndExitsTwo()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(u"corrupt.coexplan"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"format\": \"coexplan\",\n  \"formatVersion\": 1,\n  \"servers\": [ { \"name\": \n");
        f.close();
        const Run r = coexplan({u"check"_s, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("corrupt.coexplan:"), r.err.constData());
        QVERIFY2(r.err.contains("not valid JSON"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
