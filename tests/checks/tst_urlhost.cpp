// plainHttpsHost / urlHostMatches: NS-004's fast path for "https://host/path" must give
// exactly what QUrl(url, QUrl::StrictMode).host() gives, and leave every other shape
// to QUrl.
#include "checks/urlhost.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace wizard;

class TestUrlHost : public QObject
{
    Q_OBJECT

private slots:
    void plainHttpsHost_appliesOnlyToPlainShapes_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("plainHost"); // empty: the fast path must decline
        const auto plain
            = [](const char *name, const QString &url, const QString &host) { QTest::newRow(name) << url << host; };
        const auto parsed = [](const char *name, const QString &url) { QTest::newRow(name) << url << QString(); };
        plain("SCP", u"https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml"_s,
              u"autodiscover.contoso.com"_s);
        plain("no path", u"https://mail.contoso.com"_s, u"mail.contoso.com"_s);
        plain("root path", u"https://mail.contoso.com/"_s, u"mail.contoso.com"_s);
        plain("upper case", u"https://AutoDiscover.Contoso.COM/Autodiscover/Autodiscover.xml"_s,
              u"AutoDiscover.Contoso.COM"_s);
        plain("host a Kelvin sign folds onto", u"https://key.example/x"_s, u"key.example"_s);
        plain("single label", u"https://ex2010cas/Autodiscover/Autodiscover.xml"_s, u"ex2010cas"_s);
        plain("inner hyphens and digits", u"https://e10-hq-cas01.contoso.local/a_b~c.xml"_s,
              u"e10-hq-cas01.contoso.local"_s);
        plain("hex-looking labels before a name", u"https://0xff.10.abc/x"_s, u"0xff.10.abc"_s);
        plain("63-character label", u"https://%1.example/"_s.arg(QString(63, u'a')), QString(63, u'a') + u".example"_s);
        parsed("port", u"https://autodiscover.contoso.com:443/Autodiscover/Autodiscover.xml"_s);
        parsed("empty port", u"https://autodiscover.contoso.com:/x"_s);
        parsed("user info", u"https://user@autodiscover.contoso.com/x"_s);
        parsed("user info naming another host", u"https://autodiscover.contoso.com@evil.example/x"_s);
        parsed("trailing dot", u"https://autodiscover.contoso.com./Autodiscover/Autodiscover.xml"_s);
        parsed("leading dot", u"https://.contoso.com/x"_s);
        parsed("empty label", u"https://autodiscover..contoso.com/x"_s);
        parsed("IPv6", u"https://[2001:db8::1]/Autodiscover/Autodiscover.xml"_s);
        parsed("IPv4", u"https://192.168.0.1/Autodiscover/Autodiscover.xml"_s);
        parsed("IPv4 shorthand", u"https://10.1/x"_s);
        parsed("IDN (ACE)", u"https://xn--mnchen-3ya.example/x"_s);
        parsed("IDN (Unicode)", u"https://m\u00fcnchen.example/x"_s);
        parsed("leading hyphen", u"https://-mail.contoso.com/x"_s);
        parsed("trailing hyphen", u"https://mail-.contoso.com/x"_s);
        parsed("underscore in host", u"https://mail_1.contoso.com/x"_s);
        parsed("64-character label", u"https://%1.example/"_s.arg(QString(64, u'a')));
        parsed("upper-case scheme", u"HTTPS://autodiscover.contoso.com/x"_s);
        parsed("http", u"http://autodiscover.contoso.com/x"_s);
        parsed("query", u"https://autodiscover.contoso.com/x?a=1"_s);
        parsed("fragment", u"https://autodiscover.contoso.com/x#top"_s);
        parsed("percent in path", u"https://autodiscover.contoso.com/%41"_s);
        parsed("space in path", u"https://autodiscover.contoso.com/a b"_s);
        parsed("space in host", u"https://auto discover.contoso.com/x"_s);
        parsed("backslash", u"https://autodiscover.contoso.com\\x"_s);
        parsed("no host", u"https:///Autodiscover/Autodiscover.xml"_s);
        parsed("scheme only", u"https://"_s);
        parsed("garbage", u"not a url at all"_s);
        parsed("empty", QString());
    }
    void plainHttpsHost_appliesOnlyToPlainShapes()
    {
        QFETCH(QString, url);
        QFETCH(QString, plainHost);
        const std::optional<QStringView> host = plainHttpsHost(url);
        QCOMPARE(host.has_value(), !plainHost.isEmpty());
        if (host) {
            QCOMPARE(host->toString(), plainHost);
            // The fast path's promise: QUrl gives the same host, in lower case.
            QCOMPARE(QUrl(url, QUrl::StrictMode).host(), plainHost.toLower());
        }
    }

    void urlHostMatches_agreesWithQUrl_data() { plainHttpsHost_appliesOnlyToPlainShapes_data(); }
    void urlHostMatches_agreesWithQUrl()
    {
        QFETCH(QString, url);
        const QString parsedHost = QUrl(url, QUrl::StrictMode).host();
        const QStringList candidates{parsedHost,
                                     parsedHost.toUpper(),
                                     u"autodiscover.contoso.com"_s,
                                     u"AUTODISCOVER.contoso.com"_s,
                                     u"autodiscover.contoso.com."_s,
                                     u"evil.example"_s,
                                     u"\u212Aey.example"_s, // folds to "key.example"
                                     u"autodiscover.contoso.c\u043Em"_s, // Cyrillic o
                                     QString()};
        for (const QString &candidate : candidates) {
            const bool expected = parsedHost.compare(candidate, Qt::CaseInsensitive) == 0;
            QVERIFY2(urlHostMatches(url, candidate) == expected, qPrintable(candidate));
        }
    }
};

QTEST_GUILESS_MAIN(TestUrlHost)
#include "tst_urlhost.moc"
