// The cutover plan (issue 16): the plan-file section, gates, user counts, chart data
// and the iCalendar export, on the golden plans with waves (tests/data/checks/cutover-*).
#include "checks/checkengine.h"
#include "cutover/cutovergates.h"
#include "cutover/cutoverseries.h"
#include "cutover/waveusers.h"
#include "exports/cutovercalendar.h"
#include "planfile/planfile.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wizard;

namespace {
Plan loadCase(const QString &name)
{
    const PlanLoadResult loaded
        = loadPlanFile(QStringLiteral(COEXPLAN_TEST_DATA) + u"/checks/"_s + name + u"/plan.coexplan"_s);
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.error->toString()));
    return *loaded.plan;
}

// "label: PB-001 PB-002" for every blocked step, in cutover order.
QStringList blockedSteps(const Plan &plan)
{
    QStringList out;
    for (const CutoverStep &s : computeCutoverSteps(plan.topology, runChecks(plan.topology))) {
        if (s.blocked())
            out.append(s.label + u": "_s + s.blockingRuleIds().join(u' '));
    }
    return out;
}
} // namespace

class TestCutover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("clean") << u"cutover-clean"_s << QStringList{};
        QTest::addRow("blocked milestone")
            << u"cutover-blocked-milestone"_s
            << QStringList{u"Coexistence prepared (legacy Outlook Anywhere ready): PB-001 PB-002 PB-003 PB-006"_s,
                           u"Namespace and DNS cutover: PA-001 PB-001 PB-002 PB-003 PB-006"_s,
                           u"Wave 2 branch: PB-001 PB-006"_s, u"Legacy decommission: PB-001 PB-006"_s};
        QTest::addRow("2007 and 2010 waves") << u"cutover-2007-and-2010-waves"_s << QStringList{};
    }
    void gates()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        QCOMPARE(blockedSteps(loadCase(name)), expected);
    }

    void gates_listWarningsWithoutBlocking()
    {
        const Plan plan = loadCase(u"cutover-blocked-milestone"_s);
        const QList<CutoverStep> steps = computeCutoverSteps(plan.topology, runChecks(plan.topology));
        const auto scp = std::find_if(steps.cbegin(), steps.cend(),
                                      [](const CutoverStep &s) { return s.milestone == MilestoneKind::ScpChange; });
        QVERIFY(scp != steps.cend());
        QVERIFY(!scp->blocked());
        QVERIFY(std::any_of(scp->open.cbegin(), scp->open.cend(),
                            [](const Finding &f) { return f.ruleId == u"NS-004"_s; }));
    }

    void cutFindings_nameTheBlockingRules()
    {
        const Plan plan = loadCase(u"cutover-blocked-milestone"_s);
        QStringList messages;
        for (const Finding &f : runChecks(plan.topology)) {
            if (f.ruleId == u"CUT-001"_s)
                messages.append(f.message);
        }
        QCOMPARE(messages.size(), 4);
        QVERIFY2(messages[2].contains(u"Wave 2 branch is planned for 2026-04-13"_s), qPrintable(messages[2]));
        QVERIFY(messages[2].contains(u"PB-001, PB-006"_s));
    }

    void undatedBlockedWave_isNoFinding()
    {
        Plan plan = loadCase(u"cutover-blocked-milestone"_s);
        plan.topology.cutover = {};
        plan.topology.cutover.waves.append(Wave{u"W"_s, {}, {}, {u"EX2010BR"_s}, {}});
        for (const Finding &f : runChecks(plan.topology))
            QVERIFY(!f.ruleId.startsWith(u"CUT-"_s));
        plan.topology.cutover.waves[0].date = QDate(2026, 5, 4);
        const QList<Finding> after = runChecks(plan.topology);
        QVERIFY(std::any_of(after.cbegin(), after.cend(), [](const Finding &f) { return f.ruleId == u"CUT-001"_s; }));
    }

    void users_fromHeadCountsAndMailboxCounts()
    {
        Plan plan = loadCase(u"cutover-blocked-milestone"_s);
        const Topology &t = plan.topology;
        // Head office 350 over EX2013CAS and EX2010MBX, Road warriors 80 over EX2010MBX and EX2010BR.
        QCOMPARE(usersToday(t), (UsersByVersion{{ExchangeVersion::Ex2010, 255}, {ExchangeVersion::Ex2013, 175}}));
        QCOMPARE(waveUsers(t, t.cutover.waves[0]), (UsersByVersion{{ExchangeVersion::Ex2010, 215}}));
        QCOMPARE(waveUsers(t, t.cutover.waves[1]), (UsersByVersion{{ExchangeVersion::Ex2010, 40}}));
        // The groups a wave names do not change what its databases move: Head office's
        // 350 counted the 175 already on Exchange 2013 (and, capped by the users left,
        // took the branch users of the next wave with them).
        Wave named = t.cutover.waves[0];
        named.clientGroups = {u"Head office"_s};
        QCOMPARE(waveUsers(t, named), (UsersByVersion{{ExchangeVersion::Ex2010, 215}}));
        // Client groups alone: their users on legacy servers only.
        const Wave groupsOnly{u"Groups"_s, {}, {}, {}, {u"Head office"_s, u"road warriors"_s}};
        QCOMPARE(waveUsers(t, groupsOnly), (UsersByVersion{{ExchangeVersion::Ex2010, 175 + 80}}));
        // A recorded mailbox count wins over the head counts.
        plan.topology.databases[1].mailboxCount = 300;
        QCOMPARE(waveUsers(plan.topology, plan.topology.cutover.waves[0]),
                 (UsersByVersion{{ExchangeVersion::Ex2010, 300}}));
    }

    void chartData_blockedMilestone()
    {
        const Plan plan = loadCase(u"cutover-blocked-milestone"_s);
        const QList<Finding> findings = runChecks(plan.topology);
        const CutoverCharts data
            = cutoverCharts(plan.topology, computeCutoverSteps(plan.topology, findings), QDate(2026, 1, 1));
        UsersTimeline t;
        t.versions = {ExchangeVersion::Ex2010, ExchangeVersion::Ex2013};
        t.dates = {QDate(2026, 1, 1), QDate(2026, 3, 2), QDate(2026, 4, 13)};
        t.users = {{255, 175}, {40, 390}, {0, 430}};
        t.end = QDate(2026, 5, 29);
        t.markers = {{QDate(2026, 1, 12), u"New servers installed"_s, false},
                     // A chart's line carries the milestone's brief name.
                     {QDate(2026, 1, 26), u"Coexistence prepared"_s, true},
                     {QDate(2026, 2, 2), u"Autodiscover SCP change"_s, false},
                     {QDate(2026, 2, 9), u"Namespace and DNS cutover"_s, true},
                     {QDate(2026, 3, 2), u"Wave 1 head office"_s, false},
                     {QDate(2026, 4, 13), u"Wave 2 branch"_s, true},
                     {QDate(2026, 5, 29), u"Legacy decommission"_s, true}};
        QCOMPARE(data.timeline, t);
        QCOMPARE(data.waves,
                 (QList<WaveBar>{{u"Wave 1 head office"_s, QDate(2026, 3, 2), 215, false, {}},
                                 {u"Wave 2 branch"_s, QDate(2026, 4, 13), 40, true, {u"PB-001"_s, u"PB-006"_s}}}));
        QCOMPARE(data.findings.size(), 7);
        QCOMPARE(data.findings[1].label, u"Coexistence prepared"_s);
        QCOMPARE(data.findings[1].errors, 4);
        // Every count is the gate's own findings by severity.
        const QList<CutoverStep> dated = sortedByDate(computeCutoverSteps(plan.topology, findings));
        for (qsizetype i = 0; i < dated.size(); ++i)
            QCOMPARE(data.findings[i].errors + data.findings[i].warnings + data.findings[i].infos,
                     dated[i].open.size());
    }

    void chartData_2007And2010Waves()
    {
        const Plan plan = loadCase(u"cutover-2007-and-2010-waves"_s);
        const CutoverCharts data = cutoverCharts(
            plan.topology, computeCutoverSteps(plan.topology, runChecks(plan.topology)), QDate(2026, 1, 5));
        QCOMPARE(data.timeline.versions,
                 (QList<ExchangeVersion>{ExchangeVersion::Ex2007, ExchangeVersion::Ex2010, ExchangeVersion::Ex2013}));
        // London office (420) lists its group: it moves what 2007 holds (248); Manchester 297.
        QCOMPARE(data.timeline.users, (QList<QList<int>>{{248, 297, 210}, {0, 297, 458}, {0, 0, 755}}));
        QCOMPARE(data.timeline.dates, (QList<QDate>{QDate(2026, 1, 5), QDate(2026, 3, 2), QDate(2026, 3, 9)}));
        QCOMPARE(data.waves.size(), 3);
        QCOMPARE(data.waves[2].date, QDate());
    }

    void planFile_roundTripsTheCutover()
    {
        const Plan plan = loadCase(u"cutover-2007-and-2010-waves"_s);
        const QByteArray bytes = serializePlan(plan);
        const PlanLoadResult again = parsePlan(bytes, u"mem"_s);
        QVERIFY(again.ok());
        QCOMPARE(again.plan->topology.cutover, plan.topology.cutover);
        QCOMPARE(serializePlan(*again.plan), bytes);
    }

    void planFile_refusesBadCutover_data()
    {
        QTest::addColumn<QByteArray>("cutover");
        QTest::addColumn<QString>("error");
        QTest::addRow("unknown milestone")
            << QByteArray(R"({"milestones": {"golive": "2026-01-01"}})") << u"/cutover/milestones/golive"_s;
        QTest::addRow("not a calendar day") << QByteArray(R"({"milestones": {"scpChange": "2026-02-30"}})")
                                            << u"/cutover/milestones/scpChange: \"2026-02-30\" is not a date"_s;
        QTest::addRow("wave names unknown database")
            << QByteArray(R"({"waves": [{"name": "W", "databases": ["NOPE"]}]})") << u"/cutover/waves/0/databases/0"_s;
        QTest::addRow("duplicate wave") << QByteArray(R"({"waves": [{"name": "W"}, {"name": "w"}]})")
                                        << u"/cutover/waves/1/name"_s;
        QTest::addRow("unknown wave member")
            << QByteArray(R"({"waves": [{"name": "W", "when": "x"}]})") << u"/cutover/waves/0"_s;
    }
    void planFile_refusesBadCutover()
    {
        QFETCH(QByteArray, cutover);
        QFETCH(QString, error);
        // The minimal plan header, then the section under test.
        const QByteArray header = "{\"format\": \"" + QByteArray(planFormatName.data()) + "\", \"formatVersion\": 1, ";
        const QByteArray json = header + "\"cutover\": " + cutover + "}";
        const PlanLoadResult r = parsePlan(json, u"p"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error->toString().contains(error), qPrintable(r.error->toString()));
    }

    void icalendar_escapesText() { QCOMPARE(escapeICalendarText(u"a,b;c\\d\ne\r\nf"_s), u"a\\,b\\;c\\\\d\\ne\\nf"_s); }

    void icalendar_foldsAt75OctetsOnCharacterBoundaries()
    {
        const QByteArray line = "SUMMARY:" + QString(100, QChar(0xE9)).toUtf8();
        const QByteArray folded = foldICalendarLine(line);
        const QList<QByteArray> parts = folded.split('\n');
        QVERIFY(parts.size() > 2);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QByteArray p = parts[i];
            if (p.endsWith('\r'))
                p.chop(1);
            QVERIFY(p.size() <= 75);
            if (i > 0)
                QVERIFY(p.startsWith(' '));
            QVERIFY(QString::fromUtf8(p).toUtf8() == p); // no split UTF-8 sequence
        }
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(unfolded, line);
    }

    void icalendar_allDayEventsWithStableUids()
    {
        const Plan plan = loadCase(u"cutover-blocked-milestone"_s);
        const QList<CutoverStep> steps = computeCutoverSteps(plan.topology, runChecks(plan.topology));
        const QDateTime stamp(QDate(2026, 1, 1), QTime(8, 30));
        const QByteArray ics = cutoverCalendar(plan, steps, stamp.toUTC());
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 7);
        QVERIFY(!ics.contains("\n\n") && ics.count('\n') == ics.count("\r\n"));
        QVERIFY(ics.contains("DTSTART;VALUE=DATE:20260413\r\nDTEND;VALUE=DATE:20260414\r\n"));
        QCOMPARE(cutoverCalendar(plan, steps, stamp.toUTC()), ics); // same plan, same UIDs
        Plan undated = plan;
        undated.topology.cutover = {};
        QVERIFY(cutoverCalendar(undated, computeCutoverSteps(undated.topology, {}), stamp).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCutover)
#include "tst_cutover.moc"
