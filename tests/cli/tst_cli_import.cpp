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
        QVERIFY(r.out.contains("input-2-oa2010.txt:1: note: shell prompt line"));
        QVERIFY(QFile::exists(plan));
        const Run check = coexplan({u"check"_s, plan});
        QCOMPARE(check.exitCode, 1); // PB-002 on the imported 2010 server
        QVERIFY(check.out.contains("PB-002"));
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
