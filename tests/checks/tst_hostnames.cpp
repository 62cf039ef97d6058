// sameHostName: the allocation-free ASCII path must agree with comparing hostNameKey
// (trimmed, lower case, no trailing dot) for every input.
#include "checks/outlookanywherecommands.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wizard;

class TestHostNames : public QObject
{
    Q_OBJECT

private slots:
    void sameHostName_agreesWithHostNameKey_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::addRow("identical") << u"mail.contoso.com"_s << u"mail.contoso.com"_s << true;
        QTest::addRow("case") << u"Mail.Contoso.COM"_s << u"mail.contoso.com"_s << true;
        QTest::addRow("trailing dot") << u"mail.contoso.com."_s << u"MAIL.contoso.com"_s << true;
        QTest::addRow("blanks and dot") << u"  mail.contoso.com.\t"_s << u"mail.contoso.com"_s << true;
        QTest::addRow("only one dot is chopped") << u"mail.contoso.com.."_s << u"mail.contoso.com"_s << false;
        QTest::addRow("different") << u"mail.contoso.com"_s << u"owa.contoso.com"_s << false;
        QTest::addRow("prefix") << u"mail.contoso.co"_s << u"mail.contoso.com"_s << false;
        QTest::addRow("both empty") << QString() << u"  "_s << true;
        QTest::addRow("dot only") << u"."_s << QString() << true;
        QTest::addRow("non-breaking space is trimmed") << u"\u00a0mail.contoso.com"_s << u"mail.contoso.com"_s << true;
        QTest::addRow("Latin-1 case") << u"M\u00dcNCHEN.example"_s << u"m\u00fcnchen.example"_s << true;
        QTest::addRow("Kelvin sign lowers to k") << u"\u212Aey.example"_s << u"key.example"_s << true;
        QTest::addRow("dotted capital I lowers to two characters")
            << u"\u0130stanbul.example"_s << u"istanbul.example"_s << false;
        QTest::addRow("final sigma is not sigma") << u"\u03c2.example"_s << u"\u03c3.example"_s << false;
    }
    void sameHostName_agreesWithHostNameKey()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(hostNameKey(a) == hostNameKey(b), same);
        QCOMPARE(sameHostName(a, b), same);
        QCOMPARE(sameHostName(b, a), same);
    }
};

QTEST_GUILESS_MAIN(TestHostNames)
#include "tst_hostnames.moc"
