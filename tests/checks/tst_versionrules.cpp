// The coexistence floors of VER-001 and how VER-001/002/003 share one server
// (F39, F53, F54, F55): exactly at a floor, one release below, builds that do not
// reveal the update rollup, recorded rollups, with and without Exchange 2016.
#include "checks/checkengine.h"
#include "checks/coexistencefloor.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using wizard::ExchangeVersion;
using wizard::FloorStatus;

Q_DECLARE_METATYPE(wizard::ExchangeVersion)
Q_DECLARE_METATYPE(wizard::FloorStatus)

namespace {
constexpr int noRollup = -1;

wizard::Server server(ExchangeVersion version, const QString &build, int rollup)
{
    wizard::Server s;
    s.name = u"EX"_s;
    s.version = version;
    if (!build.isEmpty())
        s.build = *wizard::BuildNumber::parse(build);
    if (rollup != noRollup)
        s.rollup = rollup;
    return s;
}

// A plan with the server under test, plus an Exchange 2016 server when asked.
wizard::Topology topologyWith(const wizard::Server &s, bool with2016)
{
    wizard::Topology t;
    t.servers.append(s);
    if (with2016) {
        wizard::Server ex2016;
        ex2016.name = u"EX2016"_s;
        ex2016.version = ExchangeVersion::Ex2016;
        ex2016.build = *wizard::BuildNumber::parse(u"15.1.2507.6"_s);
        t.servers.append(ex2016);
    }
    return t;
}

// "VER-001 error" lines for the server under test, version rules only.
QStringList versionFindings(const wizard::Topology &t)
{
    QStringList lines;
    for (const wizard::Finding &f : wizard::runChecks(t)) {
        if (f.ruleId.startsWith(u"VER-"_s) && f.subject.name == u"EX"_s)
            lines.append(f.ruleId + u' ' + wizard::severityToken(f.severity));
    }
    return lines;
}
} // namespace

class TestVersionRules : public QObject
{
    Q_OBJECT

private slots:
    void assessFloor_data()
    {
        QTest::addColumn<ExchangeVersion>("version");
        QTest::addColumn<QString>("build");
        QTest::addColumn<int>("rollup");
        QTest::addColumn<bool>("with2016");
        QTest::addColumn<FloorStatus>("expected");

        const auto v2007 = ExchangeVersion::Ex2007;
        const auto v2010 = ExchangeVersion::Ex2010;
        const auto v2013 = ExchangeVersion::Ex2013;
        const auto v2016 = ExchangeVersion::Ex2016;
        // Exchange 2007 beside 2013: SP3 RU10 = 8.3.298.3; SP3 base build 8.3.83.6.
        QTest::addRow("2007 RU10 build, at floor")
            << v2007 << u"8.3.298.3"_s << noRollup << false << FloorStatus::Meets;
        QTest::addRow("2007 RU9 build, one below")
            << v2007 << u"8.3.297.2"_s << noRollup << false << FloorStatus::Below;
        QTest::addRow("2007 SP2") << v2007 << u"8.2.176.2"_s << noRollup << false << FloorStatus::Below;
        QTest::addRow("2007 SP2 with RU10 recorded") << v2007 << u"8.2.176.2"_s << 10 << false << FloorStatus::Below;
        QTest::addRow("2007 base build hides RU")
            << v2007 << u"Version 8.3 (Build 83.6)"_s << noRollup << false << FloorStatus::RollupNotRevealed;
        QTest::addRow("2007 base build, RU10 recorded") << v2007 << u"8.3.83.6"_s << 10 << false << FloorStatus::Meets;
        QTest::addRow("2007 base build, RU9 recorded") << v2007 << u"8.3.83.6"_s << 9 << false << FloorStatus::Below;
        QTest::addRow("2007 RU build beats recorded RU") << v2007 << u"8.3.348.2"_s << 5 << false << FloorStatus::Meets;
        QTest::addRow("2007 unknown build") << v2007 << QString() << 10 << false << FloorStatus::BuildUnknown;
        QTest::addRow("2007 with 2016") << v2007 << u"8.3.298.3"_s << noRollup << true << FloorStatus::NotSupported;
        QTest::addRow("2007 unknown build with 2016")
            << v2007 << QString() << noRollup << true << FloorStatus::NotSupported;
        // Exchange 2010 beside 2013: SP3 = 14.3.123.4, no rollup needed.
        QTest::addRow("2010 SP3 base, at floor") << v2010 << u"14.3.123.4"_s << noRollup << false << FloorStatus::Meets;
        QTest::addRow("2010 SP2 RU build, below")
            << v2010 << u"14.2.390.3"_s << noRollup << false << FloorStatus::Below;
        QTest::addRow("2010 unknown build") << v2010 << QString() << noRollup << false << FloorStatus::BuildUnknown;
        // Exchange 2010 with 2016: SP3 RU11 = 14.3.266.2.
        QTest::addRow("2010 RU11 build with 2016")
            << v2010 << u"14.3.266.2"_s << noRollup << true << FloorStatus::Meets;
        QTest::addRow("2010 RU10 build with 2016")
            << v2010 << u"14.3.248.2"_s << noRollup << true << FloorStatus::Below;
        QTest::addRow("2010 base build with 2016")
            << v2010 << u"14.3.123.4"_s << noRollup << true << FloorStatus::RollupNotRevealed;
        QTest::addRow("2010 base, RU11 recorded, 2016") << v2010 << u"14.3.123.4"_s << 11 << true << FloorStatus::Meets;
        QTest::addRow("2010 base, RU10 recorded, 2016") << v2010 << u"14.3.123.4"_s << 10 << true << FloorStatus::Below;
        // Exchange 2013: CU2 = 15.0.712.24 beside legacy, CU10 = 15.0.1130.7 with 2016.
        QTest::addRow("2013 CU2, at floor") << v2013 << u"15.0.712.24"_s << noRollup << false << FloorStatus::Meets;
        QTest::addRow("2013 CU1, one below") << v2013 << u"15.0.620.29"_s << noRollup << false << FloorStatus::Below;
        QTest::addRow("2013 CU10 with 2016") << v2013 << u"15.0.1130.7"_s << noRollup << true << FloorStatus::Meets;
        QTest::addRow("2013 CU9 with 2016") << v2013 << u"15.0.1104.5"_s << noRollup << true << FloorStatus::Below;
        QTest::addRow("2013 CU9 without 2016") << v2013 << u"15.0.1104.5"_s << noRollup << false << FloorStatus::Meets;
        QTest::addRow("2013 unknown build") << v2013 << QString() << noRollup << true << FloorStatus::BuildUnknown;
        // Exchange 2016 has no floor of its own.
        QTest::addRow("2016 unknown build") << v2016 << QString() << noRollup << true << FloorStatus::NoFloor;
    }
    void assessFloor()
    {
        QFETCH(ExchangeVersion, version);
        QFETCH(QString, build);
        QFETCH(int, rollup);
        QFETCH(bool, with2016);
        QFETCH(FloorStatus, expected);
        QCOMPARE(wizard::assessCoexistenceFloor(server(version, build, rollup), with2016), expected);
    }

    // At most one rollup finding per server: VER-002 when a floor needs the rollup,
    // VER-003 for 2010 SP3 beside 2013 only.
    void versionFindings_matchRulebook_data()
    {
        QTest::addColumn<ExchangeVersion>("version");
        QTest::addColumn<QString>("build");
        QTest::addColumn<int>("rollup");
        QTest::addColumn<bool>("with2016");
        QTest::addColumn<QStringList>("expected");

        const auto v2007 = ExchangeVersion::Ex2007;
        const auto v2010 = ExchangeVersion::Ex2010;
        QTest::addRow("2007 base build") << v2007 << u"8.3.83.6"_s << noRollup << false
                                         << QStringList{u"VER-002 info"_s};
        QTest::addRow("2007 RU8 build") << v2007 << u"8.3.279.3"_s << noRollup << false
                                        << QStringList{u"VER-001 error"_s};
        QTest::addRow("2007 with 2016") << v2007 << u"8.3.83.6"_s << noRollup << true
                                        << QStringList{u"VER-001 error"_s};
        QTest::addRow("2010 SP3 base") << v2010 << u"14.3.123.4"_s << noRollup << false
                                       << QStringList{u"VER-003 info"_s};
        QTest::addRow("2010 SP3 RU0 recorded")
            << v2010 << u"14.3.123.4"_s << 0 << false << QStringList{u"VER-003 info"_s};
        QTest::addRow("2010 SP3 RU1 recorded") << v2010 << u"14.3.123.4"_s << 1 << false << QStringList{};
        QTest::addRow("2010 SP3 RU1 build") << v2010 << u"14.3.146.0"_s << noRollup << false << QStringList{};
        QTest::addRow("2010 SP3 base with 2016")
            << v2010 << u"14.3.123.4"_s << noRollup << true << QStringList{u"VER-002 info"_s};
        QTest::addRow("2010 SP3 RU0 with 2016")
            << v2010 << u"14.3.123.4"_s << 0 << true << QStringList{u"VER-001 error"_s};
        QTest::addRow("2010 SP2") << v2010 << u"14.2.247.5"_s << noRollup << false << QStringList{u"VER-001 error"_s};
        QTest::addRow("2010 unknown build")
            << v2010 << QString() << noRollup << false << QStringList{u"VER-001 info"_s, u"VER-003 info"_s};
        QTest::addRow("2010 unknown build, RU2 recorded")
            << v2010 << QString() << 2 << false << QStringList{u"VER-001 info"_s};
    }
    void versionFindings_matchRulebook()
    {
        QFETCH(ExchangeVersion, version);
        QFETCH(QString, build);
        QFETCH(int, rollup);
        QFETCH(bool, with2016);
        QFETCH(QStringList, expected);
        QCOMPARE(versionFindings(topologyWith(server(version, build, rollup), with2016)), expected);
    }

    void rollupInfo_neverClaimsRollupMissing()
    {
        const wizard::Topology t = topologyWith(server(ExchangeVersion::Ex2007, u"8.3.83.6"_s, noRollup), false);
        const QList<wizard::Finding> findings = wizard::runChecks(t);
        const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                     [](const wizard::Finding &f) { return f.ruleId == u"VER-002"_s; });
        QVERIFY(it != findings.cend());
        QVERIFY2(it->message.contains(u"Cannot verify the update rollup level"_s), qPrintable(it->message));
        QVERIFY(!it->message.contains(u"missing"_s, Qt::CaseInsensitive));
    }

    void floorNames_areReadable()
    {
        QCOMPARE(wizard::coexistenceFloor(ExchangeVersion::Ex2007, false)->releaseName(), u"SP3 Update Rollup 10"_s);
        QCOMPARE(wizard::coexistenceFloor(ExchangeVersion::Ex2010, false)->releaseName(), u"SP3"_s);
        QCOMPARE(wizard::coexistenceFloor(ExchangeVersion::Ex2010, true)->releaseName(), u"SP3 Update Rollup 11"_s);
        QCOMPARE(wizard::coexistenceFloor(ExchangeVersion::Ex2013, true)->releaseName(), u"CU10"_s);
        QVERIFY(!wizard::coexistenceFloor(ExchangeVersion::Ex2007, true));
        QVERIFY(!wizard::coexistenceFloor(ExchangeVersion::Ex2016, true));
    }
};

QTEST_GUILESS_MAIN(TestVersionRules)
#include "tst_versionrules.moc"
