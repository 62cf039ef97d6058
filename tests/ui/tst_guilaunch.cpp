// `coexplan [PLAN]` opens the wizard; with no display it says so and prints the check.
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGuiLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noDisplay_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addRow("nothing set") << QString();
        QTest::addRow("offscreen platform") << u"offscreen"_s;
    }
    void noDisplay()
    {
        QFETCH(QString, platform);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        if (!platform.isEmpty())
            env.insert(u"QT_QPA_PLATFORM"_s, platform);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(COEXPLAN_EXECUTABLE), {QStringLiteral(COEXPLAN_SAMPLES "/contoso-before.coexplan")});
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(u"no display"_s), qPrintable(err));
        QVERIFY2(out.contains(u"PB-002"_s), qPrintable(out));
        QCOMPARE(p.exitCode(), 1); // the sample has error findings
    }
};

QTEST_GUILESS_MAIN(TestGuiLaunch)
#include "tst_guilaunch.moc"
