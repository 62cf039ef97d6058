#include "planfile/atomicwrite.h"
#include "planfile/planfile.h"

#include "goldenfolders.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace wizard;

class TestPlanFile : public QObject
{
    Q_OBJECT

private slots:
    void bundledSample_loadsSavesAndReloadsIdentically_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(COEXPLAN_SAMPLES));
        const QStringList samples = dir.entryList({u"*.coexplan"_s}, QDir::Files, QDir::Name);
        QVERIFY(!samples.isEmpty());
        for (const QString &s : samples)
            QTest::addRow("%s", qPrintable(s)) << dir.filePath(s);
    }
    void bundledSample_loadsSavesAndReloadsIdentically()
    {
        QFETCH(QString, path);
        const PlanLoadResult first = loadPlanFile(path);
        QVERIFY2(first.ok(), qPrintable(first.error ? first.error->toString() : QString()));

        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString copy = tmp.filePath(u"copy.coexplan"_s);
        QCOMPARE(savePlanFile(*first.plan, copy), std::nullopt);
        const PlanLoadResult second = loadPlanFile(copy);
        QVERIFY2(second.ok(), qPrintable(second.error ? second.error->toString() : QString()));
        QCOMPARE(*second.plan == *first.plan, true);
        // Byte-identical on the second save: the writer is deterministic.
        QCOMPARE(serializePlan(*second.plan), serializePlan(*first.plan));
    }

    void everySetting_roundTripsKnownUnknownAndNotApplicable()
    {
        Plan plan;
        plan.info.title = u"Round trip ‘quotes’ and ünïcode"_s;
        plan.topology.organization.name = u"Contoso"_s;
        plan.topology.organization.expressCertPrincipalName = u"msstd:*.contoso.com"_s;
        plan.topology.sites.append({u"HQ"_s, true});
        Server legacy;
        legacy.name = u"EX2010"_s;
        legacy.site = u"HQ"_s;
        legacy.version = ExchangeVersion::Ex2010;
        legacy.build = *BuildNumber::parse(u"Version 14.3 (Build 123.4)"_s);
        legacy.rollup = 11;
        legacy.roles.clientAccess = true;
        legacy.operatingSystem = WindowsServer::WS2008R2;
        legacy.outlookAnywhere = unknownOutlookAnywhereSettings(legacy.version);
        legacy.outlookAnywhere.enabled = true;
        legacy.outlookAnywhere.clientAuthenticationMethod = AuthMethod::NegoEx;
        legacy.outlookAnywhere.iisAuthenticationMethods = AuthMethodSet{};
        legacy.current = CapturedState{unknownOutlookAnywhereSettings(legacy.version), u"https://x/a.xml"_s};
        plan.topology.servers.append(legacy);
        Server modern;
        modern.name = u"EX2013"_s;
        modern.version = ExchangeVersion::Ex2013;
        modern.roles = {true, true, false};
        modern.outlookAnywhere = defaultOutlookAnywhereSettings(modern.version, u"ex2013.contoso.local"_s);
        plan.topology.servers.append(modern);
        plan.topology.clientGroups.append(
            {u"Sales"_s, OutlookVersion::Outlook2010, 2, ClientLocation::Both, {u"EX2010"_s}, 12, {}});
        plan.checklist.insert(u"legacy-oa-EX2010"_s, {true, u"Ana"_s, u"2026-11-24"_s, u"AB"_s, u"done"_s, {}});
        // Issue 17: the tier-2 values and a connectivity test's result.
        plan.topology.organization.servicePrincipalNames
            = QList<ServicePrincipalName>{{u"http/mail.contoso.com"_s, u"CONTOSO\\EXCH2013ASA$"_s}, {u"http/x"_s, {}}};
        plan.topology.organization.remotePublicFolderMailboxes = QList<PublicFolderProxyMailbox>{};
        plan.topology.servers[0].alternateServiceAccount = QString();
        plan.topology.servers[0].extendedProtection = ExtendedProtection::Allow;
        plan.topology.servers[0].kb3140410Installed = false;
        plan.topology.servers[0].requestQueueLimit = 65535;
        plan.topology.clientGroups[0].kerberosCoexistenceUpdate = true;
        plan.checklist.insert(u"test/Sales/external/EX2010"_s, {false, {}, {}, {}, {}, u"RCA passed, Authn Clear*"_s});

        const PlanLoadResult back = parsePlan(serializePlan(plan));
        QVERIFY2(back.ok(), qPrintable(back.error ? back.error->toString() : QString()));
        QVERIFY(*back.plan == plan);
        const Server &s = back.plan->topology.servers.at(0);
        QVERIFY(s.outlookAnywhere.internalHostname.isNotApplicable());
        QVERIFY(s.outlookAnywhere.sslOffloading.isUnknown());
        QVERIFY(s.outlookAnywhere.iisAuthenticationMethods.isKnown());
        QVERIFY(s.outlookAnywhere.iisAuthenticationMethods.value().isEmpty());
        // Known and empty stays known (none configured), not unknown.
        QVERIFY(s.alternateServiceAccount.isKnown());
        QVERIFY(back.plan->topology.organization.remotePublicFolderMailboxes.isKnown());
        QVERIFY(back.plan->topology.servers.at(1).kb3140410Installed.isUnknown());
    }

    void badPlan_reportsThePlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedPlace");
        QTest::addColumn<QString>("expectedWords");

        const QByteArray head = "{\"format\":\"coexplan\",\"formatVersion\":1,";
        QTest::addRow("malformed JSON") << QByteArray("{\n  \"format\": \"coexplan\",\n  oops\n}") << u":3:"_s
                                        << u"not valid JSON"_s;
        QTest::addRow("empty file") << QByteArray() << u":1:"_s << u"not valid JSON: the file is empty"_s;
        // Issue 14: the problem in words, at its line and column, never the parser's text.
        QTest::addRow("trailing comma") << QByteArray("{\n  \"format\": \"coexplan\",\n}") << u":3:1:"_s
                                        << u"a comma before the closing \"}\""_s;
        QTest::addRow("unquoted name") << QByteArray("{\n  format: 1}") << u":2:3:"_s
                                       << u"unexpected text \"format\": names and text values need double quotes"_s;
        QTest::addRow("single quotes") << QByteArray("{'format': 1}") << u":1:2:"_s << u"a single quote"_s;
        QTest::addRow("cut short") << QByteArray("{\"format\": \"coexplan\", \"servers\": [") << u":1:"_s
                                   << u"the plan ends too early"_s;
        QTest::addRow("not an object") << QByteArray("[1,2]") << u"/"_s << u"expected an object"_s;
        QTest::addRow("wrong format name")
            << QByteArray("{\"format\":\"other\",\"formatVersion\":1}") << u"/format"_s << u"not a CoexPlan plan"_s;
        QTest::addRow("newer format version") << QByteArray("{\"format\":\"coexplan\",\"formatVersion\":7}")
                                              << u"/formatVersion"_s << u"newer CoexPlan"_s;
        QTest::addRow("wrong type") << head + "\"servers\":{}}" << u"/servers"_s << u"expected an array"_s;
        QTest::addRow("unknown member") << head + "\"servers\":[{\"name\":\"A\",\"version\":\"2013\",\"colour\":1}]}"
                                        << u"/servers/0/colour"_s << u"unknown member"_s;
        QTest::addRow("unknown version token") << head + "\"servers\":[{\"name\":\"A\",\"version\":\"2022\"}]}"
                                               << u"/servers/0/version"_s << u"unknown value"_s;
        QTest::addRow("build with an unknown version")
            << head + "\"servers\":[{\"name\":\"A\",\"version\":\"unknown\",\"build\":\"14.3.123.4\"}]}"
            << u"/servers/0/build"_s << u"set \"version\" to 2010"_s;
        QTest::addRow("2019 build on an SE server")
            << head + "\"servers\":[{\"name\":\"A\",\"version\":\"SE\",\"build\":\"15.2.1748.10\"}]}"
            << u"/servers/0/build"_s << u"not an Exchange SE build"_s;
        QTest::addRow("Outlook Anywhere values on Exchange 2003") << head
                + "\"servers\":[{\"name\":\"A\",\"version\":\"2003\",\"outlookAnywhere\":{\"externalHostname\":"
                  "\"x\"}}]}" << u"/servers/0/outlookAnywhere/externalHostname"_s
                                                                  << u"does not exist"_s;
        QTest::addRow("unknown auth method")
            << head
                + "\"servers\":[{\"name\":\"A\",\"version\":\"2013\",\"outlookAnywhere\":{\"iisAuthenticationMethods\":"
                  "[\"Basic\",\"Kerberos\"]}}]}"
            << u"/servers/0/outlookAnywhere/iisAuthenticationMethods/1"_s << u"Kerberos"_s;
        QTest::addRow("field absent on version") << head
                + "\"servers\":[{\"name\":\"A\",\"version\":\"2010\",\"outlookAnywhere\":{\"internalHostname\":\"x\"}}]"
                  "}" << u"/servers/0/outlookAnywhere/internalHostname"_s
                                                 << u"does not exist"_s;
        QTest::addRow("build of another version")
            << head + "\"servers\":[{\"name\":\"A\",\"version\":\"2010\",\"build\":\"15.0.1497.2\"}]}"
            << u"/servers/0/build"_s << u"not an Exchange 2010 build"_s;
        QTest::addRow("duplicate server")
            << head + "\"servers\":[{\"name\":\"EX1\",\"version\":\"2013\"},{\"name\":\"ex1\",\"version\":\"2010\"}]}"
            << u"/servers/1/name"_s << u"duplicate"_s;
        QTest::addRow("dangling client group server") << head
                + "\"servers\":[{\"name\":\"EX1\",\"version\":\"2013\"}],\"clientGroups\":[{\"name\":\"G\",\"outlook\":"
                  "\"2016\",\"location\":\"internal\",\"mailboxServers\":[\"EX9\"]}]}"
                                                      << u"/clientGroups/0/mailboxServers/0"_s << u"EX9"_s;
        QTest::addRow("dangling site") << head
                + "\"servers\":[{\"name\":\"EX1\",\"version\":\"2013\",\"site\":\"Mars\"}]}"
                                       << u"/servers/0/site"_s << u"Mars"_s;
        QTest::addRow("alternate service account on 2007")
            << head + "\"servers\":[{\"name\":\"A\",\"version\":\"2007\",\"alternateServiceAccount\":\"X$\"}]}"
            << u"/servers/0/alternateServiceAccount"_s << u"Exchange 2007"_s;
        QTest::addRow("unknown extended protection")
            << head + "\"servers\":[{\"name\":\"A\",\"version\":\"2013\",\"extendedProtection\":\"On\"}]}"
            << u"/servers/0/extendedProtection"_s << u"None, Allow or Require"_s;
        QTest::addRow("dangling proxy mailbox database")
            << head + "\"organization\":{\"remotePublicFolderMailboxes\":[{\"name\":\"P\",\"database\":\"DB9\"}]}}"
            << u"/organization/remotePublicFolderMailboxes/0/database"_s << u"DB9"_s;
        QTest::addRow("spn without a name")
            << head + "\"organization\":{\"servicePrincipalNames\":[{\"account\":\"X$\"}]}}"
            << u"/organization/servicePrincipalNames/0/name"_s << u"name"_s;
        QTest::addRow("hostile name is just data")
            << head + "\"servers\":[{\"name\":\"A','$(rm -rf /)'\",\"version\":\"9\"}]}" << u"/servers/0/version"_s
            << u"unknown value"_s;
    }
    void badPlan_reportsThePlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedPlace);
        QFETCH(QString, expectedWords);
        const PlanLoadResult r = parsePlan(json, u"bad.coexplan"_s);
        QVERIFY(!r.ok());
        QVERIFY(r.error.has_value());
        const QString text = r.error->toString();
        QVERIFY2(text.startsWith(u"bad.coexplan"_s), qPrintable(text));
        QVERIFY2(text.contains(expectedPlace), qPrintable(text));
        QVERIFY2(text.contains(expectedWords), qPrintable(text));
        QVERIFY2(!text.contains(u"json.exception"_s) && !text.contains(u"parse error"_s), qPrintable(text));
    }

    void failedSave_leavesPreviousFileIntact()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(u"plan.coexplan"_s);
        Plan plan;
        plan.info.title = u"first"_s;
        QCOMPARE(savePlanFile(plan, path), std::nullopt);
        const QByteArray before = readFileOrFail(path);

        // A file-size limit makes the write fail half-way, even for root (a read-only
        // directory would not stop root).
        plan.info.notes = QString(9000, u'x'); // under the note limit, over the file-size limit
        struct rlimit old
        {
        };
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto previousHandler = signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = old;
        small.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const std::optional<QString> error = savePlanFile(plan, path);
        setrlimit(RLIMIT_FSIZE, &old);
        signal(SIGXFSZ, previousHandler);

        QVERIFY2(error.has_value(), "a save past the file-size limit must fail");
        QVERIFY2(error->contains(path), qPrintable(*error));
        QCOMPARE(readFileOrFail(path), before);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files), QStringList{u"plan.coexplan"_s});
    }

    // Issue 18, defect 1: the one write path through its failure seam (a full disk).
    void injectedWriteFailure_leavesPreviousFileByteIdentical()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(u"plan.coexplan"_s);
        Plan plan;
        plan.info.title = u"first"_s;
        QCOMPARE(savePlanFile(plan, path), std::nullopt);
        const QByteArray before = readFileOrFail(path);
        plan.info.title = u"second"_s;
        setWriteFaultForTesting([](const QString &) { return std::optional<QString>(u"No space left on device"_s); });
        const std::optional<QString> error = savePlanFile(plan, path);
        const std::optional<QString> scriptError = writeFileAtomically(tmp.filePath(u"x.ps1"_s), "bytes");
        setWriteFaultForTesting({});
        QVERIFY(error.has_value());
        QVERIFY2(error->contains(path) && error->contains(u"No space left on device"_s)
                     && error->contains(u"previous file is unchanged"_s),
                 qPrintable(*error));
        QVERIFY(scriptError.has_value());
        QCOMPARE(readFileOrFail(path), before);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files), QStringList{u"plan.coexplan"_s});
    }

    // Issue 18, defect 4: what is saved is what loads again, or nothing is saved.
    void save_refusesAPlanItWouldNotLoad_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::addRow("lone surrogate") << QString(QChar(0xd800)) + u"EX1"_s << u"cannot be stored"_s;
        QTest::addRow("NUL") << u"EX\u0000A"_s << u"/servers/0/name: control character U+0000"_s;
        QTest::addRow("ESC") << u"EX\u001b[31m"_s << u"/servers/0/name: control character U+001B"_s;
        QTest::addRow("256 characters") << QString(256, u'n') << u"/servers/0/name: the value is longer than 255"_s;
    }
    void save_refusesAPlanItWouldNotLoad()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(u"plan.coexplan"_s);
        Plan plan;
        Server server;
        server.name = name;
        plan.topology.servers.append(server);
        const std::optional<QString> error = savePlanFile(plan, path);
        QVERIFY(error.has_value());
        QVERIFY2(error->contains(reason), qPrintable(*error));
        QVERIFY(!QFile::exists(path));
    }

    // Issue 18, defects 7 and 10: what each kind of value may hold.
    void valueLimits_dependOnTheKindOfValue_data()
    {
        QTest::addColumn<QByteArray>("info");
        QTest::addColumn<QString>("error"); // empty: loads
        QTest::addRow("title with a tab") << QByteArray("{\"title\":\"a\\tb\"}") << QString();
        QTest::addRow("title with a line feed")
            << QByteArray("{\"title\":\"a\\nb\"}") << u"/info/title: control character U+000A"_s;
        QTest::addRow("notes with lines and tabs") << QByteArray("{\"notes\":\"a\\r\\n\\tb\"}") << QString();
        QTest::addRow("notes with ESC") << QByteArray("{\"notes\":\"a\\u001bb\"}")
                                        << u"/info/notes: control character U+001B"_s;
        QTest::addRow("notes with DEL") << QByteArray("{\"notes\":\"a\\u007fb\"}")
                                        << u"/info/notes: control character U+007F"_s;
        QTest::addRow("title of 1,024") << "{\"title\":\"" + QByteArray(1024, 't') + "\"}" << QString();
        QTest::addRow("title of 1,025") << "{\"title\":\"" + QByteArray(1025, 't') + "\"}"
                                        << u"/info/title: the value is longer than 1024 characters"_s;
        QTest::addRow("notes of 10,000") << "{\"notes\":\"" + QByteArray(10000, 'n') + "\"}" << QString();
        QTest::addRow("notes of 10,000 three-byte characters")
            << "{\"notes\":\"" + QString(10000, QChar(0x20ac)).toUtf8() + "\"}" << QString();
        QTest::addRow("notes of 10,001") << "{\"notes\":\"" + QByteArray(10001, 'n') + "\"}"
                                         << u"/info/notes: the value is longer than 10000 characters"_s;
    }
    void valueLimits_dependOnTheKindOfValue()
    {
        QFETCH(QByteArray, info);
        QFETCH(QString, error);
        const PlanLoadResult r = parsePlan("{\"format\":\"coexplan\",\"formatVersion\":1,\"info\":" + info + "}");
        if (error.isEmpty()) {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->toString()));
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(r.error->toString().contains(error), qPrintable(r.error->toString()));
        }
    }

    // Issue 18, defect 9: nesting is bounded before the parser builds anything.
    void deepNesting_isRefusedWithItsPlace()
    {
        const QByteArray ok
            = "{\"format\":\"coexplan\",\"formatVersion\":1,\"x\":" + QByteArray(62, '[') + QByteArray(62, ']') + "}";
        QVERIFY(parsePlan(ok).error->message.contains(u"unknown member"_s)); // depth 63 reaches the reader
        const PlanLoadResult deep = parsePlan("\n" + QByteArray(65, '['));
        QVERIFY(!deep.ok());
        QCOMPARE(deep.error->line, 2);
        QCOMPARE(deep.error->column, 65);
        QVERIFY2(deep.error->message.contains(u"nested deeper than 64"_s), qPrintable(deep.error->message));
        // Brackets inside strings do not count.
        const QByteArray inString
            = "{\"format\":\"coexplan\",\"formatVersion\":1,\"info\":{\"notes\":\"" + QByteArray(100, '[') + "\\\"\"}}";
        const PlanLoadResult r = parsePlan(inString);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->toString()));
    }

    void missingFile_reportsThePath()
    {
        const PlanLoadResult r = loadPlanFile(u"/nonexistent/dir/plan.coexplan"_s);
        QVERIFY(!r.ok());
        QVERIFY(r.error->toString().contains(u"/nonexistent/dir/plan.coexplan"_s));
    }
};

QTEST_GUILESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
