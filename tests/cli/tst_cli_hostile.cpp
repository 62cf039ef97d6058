// Issue 18: hostile input and faults through the real executable: a full disk, an
// export onto the plan, invalid UTF-16, garbage imports, control characters, endless
// and amplifying input, overlong values. Each case failed before the fix.
#include "../common/clirun.h"
#include "terminaltext.h"

#include <QBuffer>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>

using namespace Qt::StringLiterals;

namespace {
using clirun::coexplan;
using clirun::Run;

QString testData(const QString &relative)
{
    return QStringLiteral(COEXPLAN_TEST_DATA) + u'/' + relative;
}

QString sample(const char *name)
{
    return QStringLiteral(COEXPLAN_SAMPLES) + u'/' + QString::fromLatin1(name);
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A minimal plan with one value replaced by `json` (already JSON text).
QByteArray planWithServerName(const QByteArray &nameJson)
{
    return "{\"format\":\"coexplan\",\"formatVersion\":1,\"servers\":[{\"name\":" + nameJson
        + ",\"version\":\"2013\"}]}";
}

// A 64 KiB tmpfs (the tests run as root), unmounted again by the destructor.
class SmallDisk
{
public:
    SmallDisk()
    {
        m_ok = m_dir.isValid()
            && ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, "size=64k") == 0;
    }
    ~SmallDisk()
    {
        if (m_ok)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    bool ok() const { return m_ok; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Fills what is left, so that the next write fails with ENOSPC.
    void fill() const
    {
        QFile filler(path(u"filler"_s));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return;
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) { }
        const QByteArray byte(1, 'f');
        while (filler.write(byte) == 1) { }
    }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};
} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

private slots:
    // Defect 1: a full disk left a 0-byte plan and "Plan written", exit 0.
    void importOnFullDisk_failsAndKeepsThePlan()
    {
        SmallDisk disk;
        QVERIFY2(disk.ok(), "mounting a 64 KiB tmpfs failed (the tests run as root)");
        const QString plan = disk.path(u"plan.coexplan"_s);
        QVERIFY(QFile::copy(testData(u"imports/clean-2013-only/expected-plan.coexplan"_s), plan));
        const QByteArray before = read(plan);
        disk.fill();
        const Run r
            = coexplan({u"import"_s, testData(u"imports/e2010-legacy-shell/input-1-servers.txt"_s), u"-o"_s, plan});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("No space left on device") && r.err.contains("previous file is unchanged"),
                 r.err.constData());
        QVERIFY(!r.out.contains("Plan written"));
        QCOMPARE(read(plan), before);
        QCOMPARE(QDir(QFileInfo(plan).absolutePath()).entryList(QDir::Files).size(), 2); // no temporary left
    }

    // Defects 1 and 2: scripts and documents on a full disk; the previous file stays.
    void exportOnFullDisk_failsAndKeepsThePreviousFile_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("file");
        QTest::addRow("change script") << u"--script"_s << u"change.ps1"_s;
        QTest::addRow("collector") << u"--collector"_s << u"collector.ps1"_s;
        QTest::addRow("checklist pdf") << u"--checklist"_s << u"checklist.pdf"_s;
        QTest::addRow("checklist html") << u"--checklist"_s << u"checklist.html"_s;
        QTest::addRow("diagram svg") << u"--diagram"_s << u"diagram.svg"_s;
        QTest::addRow("matrix png") << u"--matrix"_s << u"matrix.png"_s;
    }
    void exportOnFullDisk_failsAndKeepsThePreviousFile()
    {
        QFETCH(QString, option);
        QFETCH(QString, file);
        SmallDisk disk;
        QVERIFY2(disk.ok(), "mounting a 64 KiB tmpfs failed (the tests run as root)");
        const QString out = disk.path(file);
        const QByteArray previous("the previous export\n");
        QVERIFY(write(out, previous));
        disk.fill();
        // contoso-after: a plan whose change script is not refused for values its checks
        // flag as errors (issue 13), so that the write itself is what fails.
        const Run r = coexplan({u"export"_s, sample("contoso-after.coexplan"), option, out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("No space left on device"), r.err.constData());
        QCOMPARE(read(out), previous);
    }

    // Defect 2: --checklist X.pdf truncated X.pdf first, so a kill -9 during the export
    // lost it. Killed at any moment, the file is the previous one or a whole new PDF.
    void killedExport_leavesThePreviousOrAWholeFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"checklist.pdf"_s);
        const QByteArray previous("the previous checklist\n");
        for (const int delayMs : {30, 80, 150, 250, 400, 700}) {
            QVERIFY(write(out, previous));
            QProcess p;
            p.start(QStringLiteral(COEXPLAN_EXECUTABLE),
                    {u"export"_s, sample("fabrikam-mixed-2007-2010.coexplan"), u"--checklist"_s, out});
            QVERIFY(p.waitForStarted());
            QTest::qWait(delayMs);
            p.kill(); // SIGKILL, unless it has finished already
            p.waitForFinished();
            QCOMPARE(p.state(), QProcess::NotRunning);
            const QByteArray now = read(out);
            const bool whole = now.startsWith("%PDF-") && now.trimmed().endsWith("%%EOF");
            QVERIFY2(now == previous || whole, qPrintable(u"after %1 ms: %2 bytes"_s.arg(delayMs).arg(now.size())));
        }
    }

    // Defect 3: `export PLAN --script PLAN` replaced the plan with a script.
    void exportOntoThePlan_isRefused_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addRow("same path") << u"same"_s;
        QTest::addRow("symbolic link") << u"symlink"_s;
        QTest::addRow("hard link") << u"hardlink"_s;
        QTest::addRow("relative path") << u"relative"_s;
    }
    void exportOntoThePlan_isRefused()
    {
        QFETCH(QString, how);
        QTemporaryDir dir;
        const QString plan = dir.filePath(u"plan.ps1"_s); // a plan may carry any name
        QVERIFY(QFile::copy(sample("contoso-before.coexplan"), plan));
        const QByteArray before = read(plan);
        QString target = plan;
        if (how == u"symlink"_s) {
            target = dir.filePath(u"link.ps1"_s);
            QVERIFY(QFile::link(plan, target));
        } else if (how == u"hardlink"_s) {
            target = dir.filePath(u"hard.ps1"_s);
            QVERIFY(::link(QFile::encodeName(plan).constData(), QFile::encodeName(target).constData()) == 0);
        } else if (how == u"relative"_s) {
            target = dir.path() + u"/./../"_s + QFileInfo(dir.path()).fileName() + u"/plan.ps1"_s;
        }
        const Run r = coexplan({u"export"_s, plan, u"--script"_s, target});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("that is the plan being exported"), r.err.constData());
        QCOMPARE(read(plan), before);
    }

    void exportWithAWrongExtension_isRefused_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("file");
        QTest::addRow("script as coexplan") << u"--script"_s << u"x.coexplan"_s;
        QTest::addRow("rollback as pdf") << u"--rollback"_s << u"x.pdf"_s;
        QTest::addRow("collector as txt") << u"--collector"_s << u"x.txt"_s;
        QTest::addRow("checklist as ps1") << u"--checklist"_s << u"x.ps1"_s;
        QTest::addRow("diagram as html") << u"--diagram"_s << u"x.html"_s;
    }
    void exportWithAWrongExtension_isRefused()
    {
        QFETCH(QString, option);
        QFETCH(QString, file);
        QTemporaryDir dir;
        const Run r = coexplan({u"export"_s, sample("contoso-before.coexplan"), option, dir.filePath(file)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("the file name must end in"), r.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(file)));
    }

    // Defect 4: a lone surrogate was saved as '?', a re-import duplicated the server and
    // the plan no longer loaded. 8b: an odd byte count after the BOM was accepted.
    void invalidUtf16_isRefusedWithItsLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("message");
        QByteArray dump = read(testData(u"imports/clean-2013-only/input-1-servers.txt"_s));
        const QByteArray name = QByteArray("E\0X\0"
                                           "2\0"
                                           "0\0"
                                           "1\0"
                                           "3\0A\0",
                                           14);
        const qsizetype at = dump.indexOf(name);
        QVERIFY(at > 0);
        QByteArray lone = dump;
        lone[at + 12] = '\x00';
        lone[at + 13] = '\xD8'; // U+D800 in place of "A", with no low surrogate after it
        const int line = int(QString::fromUtf16(reinterpret_cast<const char16_t *>(dump.constData() + 2), (at - 2) / 2)
                                 .count(u'\n'))
            + 1;
        QTest::addRow("lone surrogate")
            << lone << u"line %1: it is not valid UTF-16LE (BOM) text (a lone surrogate"_s.arg(line).toUtf8();
        QTest::addRow("odd byte count") << dump + QByteArray(1, 'x') << QByteArray("an odd number of bytes");
    }
    void invalidUtf16_isRefusedWithItsLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        const QString input = dir.filePath(u"servers.txt"_s);
        const QString plan = dir.filePath(u"plan.coexplan"_s);
        QVERIFY(write(input, bytes));
        for (int pass = 0; pass < 2; ++pass) { // the re-import of defect 4
            const Run r = coexplan({u"import"_s, input, u"-o"_s, plan});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.out.contains(message), r.out.constData());
            QVERIFY(!QFile::exists(plan));
        }
    }

    // 8b: garbage "succeeded" with 0 servers, exit 0.
    void importOfGarbage_isARefusal_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("prose") << QByteArray("Hi,\nthe server list is attached.\nRegards\n");
        QTest::addRow("records of something else") << QByteArray("Colour : blue\nShape  : round\n\nColour : red\n");
        QTest::addRow("empty") << QByteArray();
    }
    void importOfGarbage_isARefusal()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString input = dir.filePath(u"garbage.txt"_s);
        QVERIFY(write(input, bytes));
        const Run r = coexplan({u"import"_s, input, u"-o"_s, dir.filePath(u"plan.coexplan"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.out.contains("Import succeeded"), r.out.constData());
        QVERIFY2(r.out.contains("error:") || r.out.contains("cannot import"), r.out.constData());
        QVERIFY(!QFile::exists(dir.filePath(u"plan.coexplan"_s)));
    }

    // The output streams through a filter instead of being held whole: what reaches the
    // terminal is what visibleControls() makes of the whole text, however it is cut into
    // writes (a character split between two, C1's two bytes split), to a stream with a
    // device (bytes) or without one (text).
    void visibleControlsDevice_showsWhatVisibleControlsShows_inAnyPieces()
    {
        const QString text = u"plain \x1b[31m red\x07 tab\t line\n del\x7f c1\u0085\u009f nbsp\u00a0 "
                             u"\u00e9\u4e2d\U0001F600 end"_s;
        const QByteArray bytes = text.toUtf8();
        const QString expected = cli::visibleControls(text);
        QVERIFY(expected.contains(u"\\x1b[31m"_s) && expected.contains(u"\\x85\\x9f"_s));
        for (int piece = 1; piece <= 8; ++piece) {
            QString shown;
            QTextStream asText(&shown);
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QTextStream asBytes(&buffer);
            {
                cli::VisibleControlsDevice toText(asText);
                cli::VisibleControlsDevice toBytes(asBytes);
                for (qsizetype i = 0; i < bytes.size(); i += piece) {
                    toText.write(bytes.mid(i, piece));
                    toBytes.write(bytes.mid(i, piece));
                }
                toText.finish();
                toBytes.finish();
            }
            QCOMPARE(shown, expected);
            QCOMPARE(QString::fromUtf8(buffer.data()), expected);
        }
    }

    // Defect 6: ESC sequences in values reached the terminal raw.
    void terminalOutput_showsControlCharacters_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("input");
        const QByteArray osc = "\x1b]0;pwned\x07\x1b[31m";
        const QByteArray member(
            "{\"format\":\"coexplan\",\"formatVersion\":1,\"\\u001b]0;pwned\\u0007\\u001b[31m\":1}");
        QTest::addRow("check, unknown member") << u"check"_s << member;
        QTest::addRow("diff, unknown member") << u"diff"_s << member;
        QTest::addRow("import report, a line not placed") << u"import"_s << QByteArray("Hello " + osc + " there\n");
    }
    void terminalOutput_showsControlCharacters()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, input);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"input"_s);
        QVERIFY(write(file, input));
        const Run r = coexplan({command, file});
        const QByteArray all = r.out + r.err;
        QVERIFY2(!all.contains('\x1b') && !all.contains('\x07'), all.constData());
        QVERIFY2(all.contains("\\x1b]0;pwned\\x07\\x1b[31m"), all.constData());
    }

    // Defect 7: NUL and other control characters in names and hosts are refused at
    // load, naming the JSON path.
    void controlCharacterInNameOrHost_isRefusedAtLoad_data()
    {
        QTest::addColumn<QByteArray>("plan");
        QTest::addColumn<QByteArray>("pointer");
        QTest::addRow("NUL in a name") << planWithServerName("\"EX\\u0000A\"") << QByteArray("/servers/0/name");
        QTest::addRow("tab in a name") << planWithServerName("\"EX\\tA\"") << QByteArray("/servers/0/name");
        QTest::addRow("ESC in a host") << QByteArray(
            "{\"format\":\"coexplan\",\"formatVersion\":1,\"servers\":[{\"name\":\"EX1\",\"version\":"
            "\"2013\",\"fqdn\":\"ex1\\u001b.contoso.com\"}]}")
                                       << QByteArray("/servers/0/fqdn");
        QTest::addRow("C1 CSI in a namespace")
            << QByteArray("{\"format\":\"coexplan\",\"formatVersion\":1,\"organization\":{\"namespaces\":{"
                          "\"autodiscover\":\"a\\u009bb\"}}}")
            << QByteArray("/organization/namespaces/autodiscover");
    }
    void controlCharacterInNameOrHost_isRefusedAtLoad()
    {
        QFETCH(QByteArray, plan);
        QFETCH(QByteArray, pointer);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"plan.coexplan"_s);
        QVERIFY(write(file, plan));
        const Run r = coexplan({u"check"_s, file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QByteArray(pointer + ": control character")), r.err.constData());
        QCOMPARE(coexplan({u"export"_s, file, u"--script"_s, dir.filePath(u"s.ps1"_s)}).exitCode, 2);
        QVERIFY(!QFile::exists(dir.filePath(u"s.ps1"_s)));
    }

    // Defect 8: /dev/zero was read until std::bad_alloc (exit 134). Its first byte is
    // no JSON; an endless stream of blanks is refused at the size limit, while reading.
    void endlessInput_isRefusedWhileReading()
    {
        Run r = coexplan({u"check"_s, u"/dev/zero"_s}, {}, 30000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("/dev/zero:1:1: this is not JSON (a control byte 0x00"), r.err.constData());
        QVERIFY2(r.ms < 5000, qPrintable(u"took %1 ms"_s.arg(r.ms)));

        QProcess shell;
        QElapsedTimer timer;
        timer.start();
        shell.start(
            u"/bin/bash"_s,
            {u"-c"_s, u"yes ' ' | tr -d '\\n' | '%1' check /dev/stdin"_s.arg(QStringLiteral(COEXPLAN_EXECUTABLE))});
        QVERIFY(shell.waitForFinished(60000));
        QCOMPARE(shell.exitCode(), 2);
        const QByteArray err = shell.readAllStandardError();
        QVERIFY2(err.contains("larger than a plan can be (256 MB)"), err.constData());
        QVERIFY2(timer.elapsed() < 20000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    }

    // Defect 9: 100 MB of '[' took 7.8 GB and 127 s; 50 M numbers 2.5 GB.
    void amplifyingJson_isRefusedQuickly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("100 MB of [") << QByteArray(100 * 1024 * 1024, '[')
                                     << QByteArray("1:65: the JSON is nested deeper");
        QByteArray numbers("{\"format\":\"coexplan\",\"formatVersion\":1,\"servers\":[");
        for (int i = 0; i < 3'000'000; ++i)
            numbers += "1,";
        numbers += "1]}";
        QTest::addRow("3 M numbers") << numbers << QByteArray("more than 2000000 values");
    }
    void amplifyingJson_isRefusedQuickly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"plan.coexplan"_s);
        QVERIFY(write(file, json));
        const Run r = coexplan({u"check"_s, file}, {}, 60000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY2(r.ms < 10000, qPrintable(u"took %1 ms"_s.arg(r.ms)));
    }

    // Defect 10: values of any length were accepted, the PDF of 200,000 characters did
    // not finish in 600 s.
    void overlongValues_areRefusedAtLoad_data()
    {
        QTest::addColumn<QByteArray>("plan");
        QTest::addColumn<QByteArray>("pointer");
        QTest::addRow("host of 256") << QByteArray(
            "{\"format\":\"coexplan\",\"formatVersion\":1,\"servers\":[{\"name\":\"EX1\","
            "\"version\":\"2013\",\"fqdn\":\""
            + QByteArray(256, 'h') + "\"}]}")
                                     << QByteArray("/servers/0/fqdn");
        QTest::addRow("name of 200,000") << planWithServerName('"' + QByteArray(200000, 'n') + '"')
                                         << QByteArray("/servers/0/name");
        QTest::addRow("title of 1,025") << QByteArray(
            "{\"format\":\"coexplan\",\"formatVersion\":1,\"info\":{\"title\":\"" + QByteArray(1025, 't') + "\"}}")
                                        << QByteArray("/info/title");
        QTest::addRow("note of 10,001") << QByteArray(
            "{\"format\":\"coexplan\",\"formatVersion\":1,\"info\":{\"notes\":\"" + QByteArray(10001, 'n') + "\"}}")
                                        << QByteArray("/info/notes");
    }
    void overlongValues_areRefusedAtLoad()
    {
        QFETCH(QByteArray, plan);
        QFETCH(QByteArray, pointer);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"plan.coexplan"_s);
        QVERIFY(write(file, plan));
        const Run r = coexplan({u"check"_s, file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QByteArray(pointer + ": the value is longer than")), r.err.constData());
    }

    // Defect 10: the longest values allowed lay out in linear time: a checklist item
    // note of 10,000 characters without a space on every item of a sample.
    void longestValues_checklistPdfIsQuick()
    {
        QTemporaryDir dir;
        const QString html = dir.filePath(u"items.html"_s);
        QCOMPARE(coexplan({u"export"_s, sample("contoso-before.coexplan"), u"--checklist"_s, html}).exitCode, 0);
        QByteArray plan = read(sample("contoso-before.coexplan"));
        const QByteArray page = read(html);
        QByteArray items;
        for (qsizetype at = page.indexOf("Item id: "); at >= 0; at = page.indexOf("Item id: ", at + 1)) {
            const qsizetype start = at + 9;
            const qsizetype end = page.indexOf('<', start);
            items += (items.isEmpty() ? "" : ",") + ('"' + page.mid(start, end - start) + "\":{\"note\":\"")
                + QByteArray(10000, 'y') + "\"}";
        }
        QVERIFY(!items.isEmpty());
        const qsizetype close = plan.lastIndexOf('}');
        plan = plan.left(close).trimmed() + ",\"checklist\":{" + items + "}}";
        const QString file = dir.filePath(u"long.coexplan"_s);
        QVERIFY(write(file, plan));
        const Run r = coexplan({u"export"_s, file, u"--checklist"_s, dir.filePath(u"long.pdf"_s)}, {}, 120000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.ms < 30000, qPrintable(u"took %1 ms"_s.arg(r.ms)));
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
