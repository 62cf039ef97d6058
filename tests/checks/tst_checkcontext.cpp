// CheckContext: the indexes rules use to stay linear in the plan size.
#include "checks/checkcontext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wizard;

namespace {
Server server(const QString &name, ExchangeVersion version, const QString &site, bool cas, bool mailbox)
{
    Server s;
    s.name = name;
    s.version = version;
    s.site = site;
    s.roles.clientAccess = cas;
    s.roles.mailbox = mailbox;
    return s;
}

// HQ and Branch with 2007, 2010 and 2013 servers, one 2010 mailbox server with no site.
Topology mixedTopology()
{
    Topology t;
    t.servers = {
        server(u"E10-HQ-MBX1"_s, ExchangeVersion::Ex2010, u"HQ"_s, false, true),
        server(u"E10-HQ-CAS"_s, ExchangeVersion::Ex2010, u"HQ"_s, true, false),
        server(u"E10-NOSITE-MBX"_s, ExchangeVersion::Ex2010, QString(), false, true),
        server(u"E10-BR-COMBINED"_s, ExchangeVersion::Ex2010, u"Branch"_s, true, true),
        server(u"E07-HQ-MBX"_s, ExchangeVersion::Ex2007, u"HQ"_s, false, true),
        server(u"E07-HQ-CAS"_s, ExchangeVersion::Ex2007, u"hq"_s, true, false),
        server(u"E10-HQ-MBX2"_s, ExchangeVersion::Ex2010, u"hq"_s, false, true),
        server(u"E13-HQ"_s, ExchangeVersion::Ex2013, u"HQ"_s, true, true),
        server(u"E10-NOSITE-CAS"_s, ExchangeVersion::Ex2010, QString(), true, false),
    };
    return t;
}
} // namespace

class TestCheckContext : public QObject
{
    Q_OBJECT

private slots:
    void foldedKey_equalIgnoringCase_hashesEqually_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        QTest::addRow("ASCII") << u"EX2010CAS"_s << u"ex2010cas"_s << true;
        QTest::addRow("FQDN") << u"Ex2010Cas.Contoso.LOCAL"_s << u"ex2010cas.contoso.local"_s << true;
        QTest::addRow("Latin-1") << u"MÜNCHEN"_s << u"münchen"_s << true;
        QTest::addRow("Kelvin sign folds to k") << QString(QChar(0x212A)) << u"k"_s << true;
        QTest::addRow("outside the BMP (Deseret)")
            << QString::fromUcs4(U"\U00010400") << QString::fromUcs4(U"\U00010428") << true;
        QTest::addRow("different names") << u"EX2010CAS"_s << u"EX2010CAS2"_s << false;
        QTest::addRow("empty and blank") << QString() << u" "_s << false;
    }
    void foldedKey_equalIgnoringCase_hashesEqually()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        QCOMPARE(NameKey{a} == NameKey{b}, equal);
        QCOMPARE(QStringView(a).compare(b, Qt::CaseInsensitive) == 0, equal);
        if (equal)
            QCOMPARE(qHash(NameKey{a}, 7), qHash(NameKey{b}, 7));
    }

    void lowerCase_isToLower_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("upper-case ASCII") << u"EX2010-CAS01.CONTOSO.LOCAL"_s;
        QTest::addRow("mixed ASCII") << u"Ex2010Cas.Contoso.local"_s;
        QTest::addRow("lower-case ASCII") << u"mail.contoso.com"_s;
        QTest::addRow("ASCII punctuation around letters") << u"@[A-Z]`{a-z}"_s;
        QTest::addRow("Latin-1") << u"M\u00dcNCHEN"_s;
        QTest::addRow("Kelvin sign lowers to ASCII k") << u"\u212AEY.example"_s;
        QTest::addRow("capital I with dot above") << u"\u0130STANBUL"_s;
        QTest::addRow("outside the BMP (Deseret)") << QString::fromUcs4(U"\U00010400X");
        QTest::addRow("empty") << u""_s;
        QTest::addRow("null") << QString();
    }
    void lowerCase_isToLower()
    {
        QFETCH(QString, text);
        const QString lower = lowerCase(text);
        QCOMPARE(lower, text.toLower());
        QCOMPARE(lower.isNull(), text.toLower().isNull());
    }

    void server_findsNamesAndFqdnsIgnoringCase()
    {
        Topology topology = mixedTopology();
        topology.servers[1].fqdn = u"E10-HQ-CAS.contoso.local"_s;
        const CheckContext context(topology);
        QCOMPARE(context.server(u"e10-hq-cas"_s), &topology.servers[1]);
        QCOMPARE(context.serverByFqdn(u"e10-hq-cas.CONTOSO.local"_s), &topology.servers[1]);
        QCOMPARE(context.server(u"e10-hq-cas.contoso.local"_s), nullptr);
        QCOMPARE(context.serverByFqdn(u"nowhere.contoso.local"_s), nullptr);
    }

    void legacyMailboxServersServedBy_sameVersionSameSiteOrUnknownSite_data()
    {
        QTest::addColumn<QString>("cas");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("2010 CAS in HQ: HQ and site-less 2010 mailboxes, in plan order")
            << u"E10-HQ-CAS"_s << QStringList{u"E10-HQ-MBX1"_s, u"E10-NOSITE-MBX"_s, u"E10-HQ-MBX2"_s};
        QTest::addRow("combined 2010 server in Branch serves itself and the site-less one")
            << u"E10-BR-COMBINED"_s << QStringList{u"E10-NOSITE-MBX"_s, u"E10-BR-COMBINED"_s};
        QTest::addRow("2007 CAS: 2007 mailboxes only, site compared case-insensitively")
            << u"E07-HQ-CAS"_s << QStringList{u"E07-HQ-MBX"_s};
        QTest::addRow("2010 CAS without a site: every 2010 mailbox server")
            << u"E10-NOSITE-CAS"_s
            << QStringList{u"E10-HQ-MBX1"_s, u"E10-NOSITE-MBX"_s, u"E10-BR-COMBINED"_s, u"E10-HQ-MBX2"_s};
        QTest::addRow("a 2013 CAS is not a legacy CAS") << u"E13-HQ"_s << QStringList{};
        QTest::addRow("a mailbox-only server is not a CAS") << u"E10-HQ-MBX1"_s << QStringList{};
    }
    void legacyMailboxServersServedBy_sameVersionSameSiteOrUnknownSite()
    {
        QFETCH(QString, cas);
        QFETCH(QStringList, expected);
        const Topology topology = mixedTopology();
        const CheckContext context(topology);
        const Server *subject = context.server(cas);
        QVERIFY(subject);
        QStringList actual;
        for (const Server *s : context.legacyMailboxServersServedBy(*subject))
            actual.append(s->name);
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestCheckContext)
#include "tst_checkcontext.moc"
