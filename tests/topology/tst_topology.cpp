#include "powershell/psquote.h"
#include "topology/topology.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wizard;

class TestTopology : public QObject
{
    Q_OBJECT

private slots:
    void buildNumber_parsesCmdletAndDottedForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("level");
        QTest::addRow("2010 SP3 AdminDisplayVersion") << u"Version 14.3 (Build 123.4)"_s << u"14.3.123.4"_s << u"SP3"_s;
        QTest::addRow("2007 SP3 AdminDisplayVersion") << u"Version 8.3 (Build 83.6)"_s << u"8.3.83.6"_s << u"SP3"_s;
        QTest::addRow("2013 CU3 from the F34 sample")
            << u"Version 15.0 (Build 775.38)"_s << u"15.0.775.38"_s << u"CU3"_s;
        QTest::addRow("2013 CU23 dotted") << u"15.0.1497.2"_s << u"15.0.1497.2"_s << u"CU23"_s;
        QTest::addRow("2013 CU2 floor") << u"15.0.712.24"_s << u"15.0.712.24"_s << u"CU2"_s;
        QTest::addRow("2013 RTM") << u"15.0.516.32"_s << u"15.0.516.32"_s << u"RTM"_s;
        QTest::addRow("2016 CU23 zero padded") << u"15.01.2507.006"_s << u"15.1.2507.6"_s << u"CU23"_s;
        // Outside the CU table: recognised, no level named.
        QTest::addRow("2003 SP2 names its service pack")
            << u"Version 6.5 (Build 7638.2: Service Pack 2)"_s << u"6.5.7638.2"_s << QString();
        QTest::addRow("2019 CU15") << u"Version 15.2 (Build 1748.10)"_s << u"15.2.1748.10"_s << QString();
        QTest::addRow("Subscription Edition RTM") << u"15.2.2562.17"_s << u"15.2.2562.17"_s << QString();
        QTest::addRow("2010 RTM no revision") << u"14.0.639"_s << u"14.0.639.0"_s << u"RTM"_s;
        // Dotted forms with blanks go through the regular expression, not the plain reader.
        QTest::addRow("dotted with blanks") << u" 15.0.1497.2 "_s << u"15.0.1497.2"_s << u"CU23"_s;
        QTest::addRow("dotted with a final line feed") << u"15.0.1497.2\n"_s << u"15.0.1497.2"_s << u"CU23"_s;
        QTest::addRow("widest fields") << u"15.00.99999.99999"_s << u"15.0.99999.99999"_s << u"CU23"_s;
    }
    void buildNumber_parsesCmdletAndDottedForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QString, level);
        const auto b = BuildNumber::parse(text);
        QVERIFY(b.has_value());
        QCOMPARE(b->toString(), expected);
        QCOMPARE(releaseLevelName(*versionOfBuild(*b), *b), level);
    }

    void buildNumber_rejectsNonBuilds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("ExchangeVersion schema string") << u"0.20 (15.0.0.0)"_s;
        QTest::addRow("empty") << QString();
        QTest::addRow("words") << u"Version fourteen"_s;
        QTest::addRow("unknown major") << u"12.0.1.1"_s;
        QTest::addRow("Exchange 2000") << u"Version 6.0 (Build 6249.4: Service Pack 3)"_s;
        QTest::addRow("15.3 is no release") << u"15.3.1.1"_s;
        QTest::addRow("three-digit major") << u"015.0.1497.2"_s;
        QTest::addRow("six-digit build") << u"15.0.149700.2"_s;
        QTest::addRow("six-digit revision") << u"15.0.1497.200000"_s;
        QTest::addRow("five fields") << u"15.0.1497.2.1"_s;
        QTest::addRow("two fields") << u"15.0"_s;
        QTest::addRow("empty field") << u"15..1497.2"_s;
        QTest::addRow("final dot") << u"15.0.1497."_s;
        QTest::addRow("leading dot") << u".15.0.1497"_s;
        QTest::addRow("Arabic-Indic digits") << u"\u0661\u0665.0.1497.2"_s;
    }
    void buildNumber_rejectsNonBuilds()
    {
        QFETCH(QString, text);
        QVERIFY(!BuildNumber::parse(text).has_value());
    }

    // 15.2 is Exchange 2019 up to CU15 (15.2.1748) and Subscription Edition from its RTM
    // (15.2.2562.17): "Exchange Server build numbers and release dates" (FACTS [S55]).
    void versionOfBuild_tellsEveryProduct_data()
    {
        QTest::addColumn<QString>("build");
        QTest::addColumn<QString>("token");
        QTest::addRow("2003") << u"6.5.7638.2"_s << u"2003"_s;
        QTest::addRow("2007") << u"8.3.83.6"_s << u"2007"_s;
        QTest::addRow("2010") << u"14.3.123.4"_s << u"2010"_s;
        QTest::addRow("2013") << u"15.0.1497.2"_s << u"2013"_s;
        QTest::addRow("2016") << u"15.1.2507.6"_s << u"2016"_s;
        QTest::addRow("2019 RTM") << u"15.2.221.12"_s << u"2019"_s;
        QTest::addRow("2019 CU15") << u"15.2.1748.10"_s << u"2019"_s;
        QTest::addRow("SE RTM") << u"15.2.2562.17"_s << u"SE"_s;
    }
    void versionOfBuild_tellsEveryProduct()
    {
        QFETCH(QString, build);
        QFETCH(QString, token);
        QCOMPARE(exchangeVersionToken(*versionOfBuild(*BuildNumber::parse(build))), token);
    }

    void versionTokens_roundTrip()
    {
        for (ExchangeVersion v : allExchangeVersions)
            QCOMPARE(parseExchangeVersionToken(exchangeVersionToken(v)), std::optional(v));
        QCOMPARE(parseExchangeVersionToken(u"2022"_s), std::nullopt);
        QCOMPARE(exchangeVersionDisplayName(ExchangeVersion::ExSE), u"Exchange Server SE"_s);
    }

    // Unknown version: every Outlook Anywhere field may exist; 2003 has none.
    void unknownVersion_hasEveryFieldUnknown()
    {
        const OutlookAnywhereSettings unknown = unknownOutlookAnywhereSettings(ExchangeVersion::Unknown);
        QVERIFY(unknown.enabled.isUnknown() && unknown.clientAuthenticationMethod.isUnknown()
                && unknown.internalHostname.isUnknown() && unknown.externalClientsRequireSsl.isUnknown());
        const OutlookAnywhereSettings e2003 = unknownOutlookAnywhereSettings(ExchangeVersion::Ex2003);
        QVERIFY(e2003.externalHostname.isNotApplicable() && e2003.iisAuthenticationMethods.isNotApplicable());
    }

    // The version chosen for a server of unknown version keeps what both have.
    void changeServerVersion_keepsSharedValues()
    {
        Server s;
        s.name = u"EX1"_s;
        s.version = ExchangeVersion::Unknown;
        s.outlookAnywhere = unknownOutlookAnywhereSettings(ExchangeVersion::Unknown);
        s.outlookAnywhere.externalHostname = u"legacy.contoso.com"_s;
        s.outlookAnywhere.externalClientsRequireSsl = true;
        changeServerVersion(s, ExchangeVersion::Ex2010);
        QCOMPARE(s.version, ExchangeVersion::Ex2010);
        QCOMPARE(s.outlookAnywhere.externalHostname.valueOr(QString()), u"legacy.contoso.com"_s);
        QVERIFY(s.outlookAnywhere.externalClientsRequireSsl.isNotApplicable());
        QVERIFY(s.outlookAnywhere.enabled.isUnknown());
        s.build = *BuildNumber::parse(u"14.3.123.4"_s);
        changeServerVersion(s, ExchangeVersion::Ex2013);
        QVERIFY(s.build.isUnknown()); // a 2010 build is not a 2013 one
    }

    void buildNumber_ordersNumerically()
    {
        QVERIFY(*BuildNumber::parse(u"8.3.83.6"_s) < *BuildNumber::parse(u"8.3.298.3"_s));
        QVERIFY(*BuildNumber::parse(u"14.3.266.2"_s) > *BuildNumber::parse(u"14.3.123.4"_s));
    }

    void authMethod_parsesCaseInsensitively()
    {
        QCOMPARE(parseAuthMethod(u"NTLM"), AuthMethod::Ntlm);
        QCOMPARE(parseAuthMethod(u" negotiate "), AuthMethod::Negotiate);
        QVERIFY(!parseAuthMethod(u"Kerberos").has_value());
        const AuthMethodSet set{AuthMethod::Negotiate, AuthMethod::Basic};
        QCOMPARE(set.toDisplayString(), u"Basic, Negotiate"_s);
        QCOMPARE(set.size(), 2);
    }

    void settings_followTheVersionSchema()
    {
        const OutlookAnywhereSettings legacy = unknownOutlookAnywhereSettings(ExchangeVersion::Ex2007);
        QVERIFY(legacy.enabled.isUnknown());
        QVERIFY(legacy.clientAuthenticationMethod.isUnknown());
        QVERIFY(legacy.internalHostname.isNotApplicable());
        QVERIFY(legacy.externalClientsRequireSsl.isNotApplicable());
        const OutlookAnywhereSettings modern = defaultOutlookAnywhereSettings(ExchangeVersion::Ex2013, u"a.b"_s);
        QVERIFY(modern.enabled.isNotApplicable());
        QVERIFY(modern.clientAuthenticationMethod.isNotApplicable());
        QCOMPARE(modern.internalHostname.value(), u"a.b"_s);
        QVERIFY(modern.iisAuthenticationMethods.value().contains(AuthMethod::Negotiate));
        QCOMPARE(defaultOutlookAnywhereSettings(ExchangeVersion::Ex2010, {}).enabled.value(), false);
    }

    void certificate_coversExactAndOneLabelWildcard_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("covered");
        QTest::addRow("exact") << QStringList{u"mail.contoso.com"_s} << u"MAIL.contoso.com"_s << true;
        QTest::addRow("wildcard one label") << QStringList{u"*.contoso.com"_s} << u"mail.contoso.com"_s << true;
        QTest::addRow("wildcard not two labels") << QStringList{u"*.contoso.com"_s} << u"a.mail.contoso.com"_s << false;
        QTest::addRow("wildcard not apex") << QStringList{u"*.contoso.com"_s} << u"contoso.com"_s << false;
        QTest::addRow("other name") << QStringList{u"mail.contoso.com"_s} << u"autodiscover.contoso.com"_s << false;
        QTest::addRow("empty host") << QStringList{u"mail.contoso.com"_s} << QString() << false;
    }
    void certificate_coversExactAndOneLabelWildcard()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, host);
        QFETCH(bool, covered);
        Certificate c;
        c.names = names;
        QCOMPARE(c.covers(host), covered);
    }

    void psQuote_keepsHostileValuesInOneLiteral_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("quoted");
        QTest::addRow("plain") << u"EX1"_s << u"'EX1'"_s;
        QTest::addRow("apostrophe") << u"O'Neil"_s << u"'O''Neil'"_s;
        QTest::addRow("subexpression") << u"$(Remove-Item C:\\)"_s << u"'$(Remove-Item C:\\)'"_s;
        QTest::addRow("typographic quotes")
            << u"a\u2018b\u2019c\u201Ad\u201Be"_s << u"'a\u2018\u2018b\u2019\u2019c\u201A\u201Ad\u201B\u201Be'"_s;
        QTest::addRow("double quotes stay") << u"say \"hi\""_s << u"'say \"hi\"'"_s;
    }
    void psQuote_keepsHostileValuesInOneLiteral()
    {
        QFETCH(QString, value);
        QFETCH(QString, quoted);
        QCOMPARE(psQuote(value), quoted);
    }

    void topology_findsServersCaseInsensitively()
    {
        Topology t;
        Server s;
        s.name = u"EX2010CAS"_s;
        t.servers.append(s);
        QVERIFY(t.findServer(u"ex2010cas") != nullptr);
        QVERIFY(t.findServer(u"EX2013") == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
