// `coexplan import`, `diff` and `export --collector` through the real executable:
// exit codes, messages naming file and line, the plan untouched on failure, stdin.
#include "../common/clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using clirun::coexplan;
using clirun::Run;

QString golden(const char *caseName, const char *file)
{
    return QStringLiteral(COEXPLAN_TEST_DATA) + u"/imports/"_s + QString::fromLatin1(caseName) + u'/'
        + QString::fromLatin1(file);
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void import_writesPlanAndReportsPerFileAndServer()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(u"contoso.coexplan"_s);
        const Run r = coexplan({u"import"_s, golden("e2010-legacy-shell", "input-1-servers.txt"),
                                golden("e2010-legacy-shell", "input-2-oa2010.txt"), u"-o"_s, plan});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Get-OutlookAnywhere EX2010"), r.out.constData());
        QVERIFY(
            r.out.contains("input-2-oa2010.txt: note: shell prompts, commands and formatting ignored (lines 1, 30)"));
        QVERIFY(QFile::exists(plan));
        const Run check = coexplan({u"check"_s, plan});
        QCOMPARE(check.exitCode, 1); // PB-002 on the imported 2010 server
        QVERIFY(check.out.contains("PB-002"));
    }

    // Issue 12: what the input does not say is answered on the command line.
    void import_versionOption_completesServersWhoseVersionIsNotInTheInput()
    {
        const QString input = golden("paste-version-unknown", "input-oa-2013-shell.txt");
        // Without the option the servers are kept with their version unknown, and the
        // report says how to give it.
        const Run unknown = coexplan({u"import"_s, input});
        QCOMPARE(unknown.exitCode, 0);
        QVERIFY2(unknown.out.contains("EX2010A (unknown Exchange version, added)"), unknown.out.constData());
        QVERIFY2(unknown.out.contains("--version EX2010A="), unknown.out.constData());
        const Run r = coexplan({u"import"_s, input, u"--version"_s, u"EX2013A=2013"_s, u"--version=EX2010A=2010"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("EX2010A (Exchange 2010, added) [read from a 2013 or later shell: IMP-001]"),
                 r.out.constData());
    }

    void import_serverOption_placesRecordsThatNameNoServer()
    {
        const Run r
            = coexplan({u"import"_s, golden("paste-anonymous-named-server", "input-1-servers.txt"),
                        golden("paste-anonymous-named-server", "input-2-oa-subset.txt"), u"--server"_s, u"EX2013A"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("attributed to EX2013A, as you said (--server)"), r.out.constData());
        const Run without = coexplan({u"import"_s, golden("paste-anonymous-named-server", "input-1-servers.txt"),
                                      golden("paste-anonymous-named-server", "input-2-oa-subset.txt")});
        QCOMPARE(without.exitCode, 0); // the servers are imported; the record is listed as not placed
        QVERIFY2(without.out.contains("names no server and the input knows several"), without.out.constData());
    }

    void import_badVersionOption_isAUsageError()
    {
        const Run r = coexplan({u"import"_s, golden("paste-version-unknown", "input-oa-2013-shell.txt"), u"--version"_s,
                                u"EX2010A=2012"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("expected NAME=VERSION"), r.err.constData());
        const Run help = coexplan({u"import"_s, u"--help"_s});
        QVERIFY2(help.out.contains("--server NAME") && help.out.contains("--version NAME=VERSION"),
                 help.out.constData());
    }

    void import_fromStdin()
    {
        const Run r = coexplan({u"import"_s, golden("clean-2013-only", "input-1-servers.txt"), u"-"_s},
                               read(golden("clean-2013-only", "input-2-outlookanywhere.txt")));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("-: Format-List, UTF-16LE (BOM)"), r.out.constData());
        QVERIFY(r.out.contains("No plan written"));
    }

    void import_failure_leavesPlanUntouched_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("conflict") << u"conflict-two-inputs"_s << 1 << QByteArray("input-3-tuesday.txt:7");
        QTest::addRow("bad input") << u"bad-input"_s << 2 << QByteArray("input-3-half-pasted.txt:3: error");
    }
    void import_failure_leavesPlanUntouched()
    {
        QFETCH(QString, caseName);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        const QString plan = dir.filePath(u"plan.coexplan"_s);
        QVERIFY(QFile::copy(golden("reimport-keeps-target-edits", "base.coexplan"), plan));
        const QByteArray before = read(plan);
        QStringList args{u"import"_s};
        const QDir caseDir(QStringLiteral(COEXPLAN_TEST_DATA) + u"/imports/"_s + caseName);
        for (const QString &f : caseDir.entryList({u"input*"_s}, QDir::Files, QDir::Name))
            args.append(caseDir.filePath(f));
        args << u"-o"_s << plan;
        const Run r = coexplan(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.contains(message), r.out.constData());
        QVERIFY(r.err.contains("was not changed"));
        QCOMPARE(read(plan), before);
    }

    void import_hugeFile_isRefusedWithSize()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"huge.txt"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(200) * 1024 * 1024));
        f.close();
        const Run r = coexplan({u"import"_s, f.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("huge.txt: cannot import: the input is 200 MB"), r.out.constData());
    }

    void diff_printsTargetVersusCurrent()
    {
        const Run r = coexplan({u"diff"_s, golden("reimport-keeps-target-edits", "expected-plan.coexplan")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("outlookAnywhere.iisAuthenticationMethods: {Basic} -> {Basic, Ntlm}"),
                 r.out.constData());
    }

    void exportCollector_writesReadOnlyScriptWithBom()
    {
        QTemporaryDir dir;
        const QString script = dir.filePath(u"collector.ps1"_s);
        const Run r
            = coexplan({u"export"_s, golden("reimport-keeps-target-edits", "base.coexplan"), u"--collector"_s, script});
        QCOMPARE(r.exitCode, 0);
        const QByteArray text = read(script);
        QVERIFY(text.startsWith("\xEF\xBB\xBF"));
        QVERIFY(text.contains("$planName = 'Contoso coexistence'"));
        QVERIFY(text.contains("Get-OutlookAnywhere"));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
