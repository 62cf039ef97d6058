// NameKey (topology/namekey.h): names the checks and flows look up case-insensitively.
// Keys that compare equal must hash alike, whether their text is folded four ASCII
// units at a time or unit by unit (non-ASCII), else an index misses a name the plan has.
#include "topology/namekey.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wizard;

class TestNameKey : public QObject
{
    Q_OBJECT

private slots:
    void equalKeys_hashAlike_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::addRow("identical") << u"EX13-00001"_s << u"EX13-00001"_s << true;
        QTest::addRow("case, whole words") << u"EX13-00001.contoso.local"_s << u"ex13-00001.CONTOSO.LOCAL"_s << true;
        QTest::addRow("case, short tail") << u"Site-7"_s << u"SITE-7"_s << true;
        QTest::addRow("case, shorter than a word") << u"Ab"_s << u"aB"_s << true;
        QTest::addRow("Kelvin sign folds to k, in the overlapping last word")
            << u"abcdef\u212A"_s << u"ABCDEFk"_s << true;
        QTest::addRow("Kelvin sign folds to k, shorter than a word") << u"o\u212A"_s << u"OK"_s << true;
        QTest::addRow("letters next to the upper-case range") << u"@[`{AZaz"_s << u"@[`{azAZ"_s << true;
        QTest::addRow("@ and [ are not letters") << u"@[`{"_s << u"`{@["_s << false;
        QTest::addRow("different") << u"EX13-00001"_s << u"EX13-00002"_s << false;
        QTest::addRow("prefix") << u"mail.contoso.co"_s << u"mail.contoso.com"_s << false;
        QTest::addRow("empty") << QString() << u""_s << true;
        QTest::addRow("Latin-1 case") << u"M\u00dcNCHEN.example"_s << u"m\u00fcnchen.EXAMPLE"_s << true;
        QTest::addRow("Kelvin sign folds to k, in a later word")
            << u"abcdefg\u212Aey.example"_s << u"abcdefgkey.example"_s << true;
        QTest::addRow("Kelvin sign folds to k, in the first word") << u"\u212Aey.example"_s << u"KEY.example"_s << true;
        QTest::addRow("Deseret capital and small letter") << u"\U00010400bcd-site"_s << u"\U00010428BCD-site"_s << true;
        QTest::addRow("final sigma folds to sigma") << u"\u03c2.example"_s << u"\u03a3.EXAMPLE"_s << true;
    }
    void equalKeys_hashAlike()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(NameKey{a} == NameKey{b}, same);
        QCOMPARE(NameKey{b} == NameKey{a}, same);
        if (same) {
            for (const size_t seed : {size_t(0), size_t(1), size_t(0x5eed5eed)})
                QCOMPARE(qHash(NameKey{a}, seed), qHash(NameKey{b}, seed));
        }
    }

    void differentNames_spreadOverBuckets()
    {
        // QHash takes buckets from the low bits: 1,000 server names must not crowd them.
        QSet<size_t> lowBits;
        for (int i = 0; i < 1000; ++i)
            lowBits.insert(qHash(NameKey{u"EX13-%1"_s.arg(i, 5, 10, QChar(u'0'))}, 0) & 1023);
        QVERIFY2(lowBits.size() > 550, qPrintable(u"%1 of 1024 buckets used"_s.arg(lowBits.size())));
    }
};

QTEST_GUILESS_MAIN(TestNameKey)
#include "tst_namekey.moc"
