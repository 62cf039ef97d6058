// SentenceTemplate (flowsentence.h): filling a split sentence must give exactly what
// QString::arg gives for the same pattern and arguments, whatever the translation
// does with the placeholders.
#include "flows/flowsentence.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wizard;

class TestSentenceTemplate : public QObject
{
    Q_OBJECT

private slots:
    void fill_matchesArg_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("args");
        QTest::addRow("one argument") << u"Both roles are on %1."_s << QStringList{u"EX01"_s};
        QTest::addRow("argument first and last") << u"%1 proxies to %2"_s << QStringList{u"A"_s, u"B"_s};
        QTest::addRow("translation swaps the order") << u"to %2 from %1."_s << QStringList{u"A"_s, u"B"_s};
        QTest::addRow("placeholder repeated") << u"%1 and %1 again, then %2"_s << QStringList{u"x"_s, u"y"_s};
        QTest::addRow("three arguments") << u"No Exchange %1 CAS is in site %2, so %3 is assumed (U8)."_s
                                         << QStringList{u"2010"_s, u"Site-001"_s, u"CAS10-00002"_s};
        QTest::addRow("numbers with gaps") << u"%3 then %7"_s << QStringList{u"low"_s, u"high"_s};
        QTest::addRow("single argument takes the lowest number only") << u"%2 before %1"_s << QStringList{u"one"_s};
        QTest::addRow("empty and null arguments") << u"[%1|%2]"_s << QStringList{QString(), u""_s};
        QTest::addRow("arguments that look like placeholders") << u"%1 / %2"_s << QStringList{u"%2"_s, u"%1 %%"_s};
        QTest::addRow("percent signs that are not placeholders")
            << u"100% of %1, %a and %"_s << QStringList{u"users"_s};
        QTest::addRow("localized placeholder") << u"%L1 servers"_s << QStringList{u"12"_s};
        QTest::addRow("pattern holds a marker character") << u"\ue000 %1 \ue001 %2"_s << QStringList{u"a"_s, u"b"_s};
        QTest::addRow("argument holds a marker character") << u"<%1>"_s << QStringList{u"\ue000"_s};
    }
    void fill_matchesArg()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, args);
        QString expected;
        if (args.size() == 1)
            expected = pattern.arg(args.at(0));
        else if (args.size() == 2)
            expected = pattern.arg(args.at(0), args.at(1));
        else
            expected = pattern.arg(args.at(0), args.at(1), args.at(2));
        const SentenceTemplate sentence(pattern, args.size());
        QString filled;
        if (args.size() == 1)
            filled = sentence.fill({args.at(0)});
        else if (args.size() == 2)
            filled = sentence.fill({args.at(0), args.at(1)});
        else
            filled = sentence.fill({args.at(0), args.at(1), args.at(2)});
        QCOMPARE(filled, expected);
        // Filled again with other arguments: the template holds no trace of the first.
        QStringList other;
        for (const QString &a : std::as_const(args))
            other.append(a + u"!"_s);
        if (other.size() == 1)
            QCOMPARE(sentence.fill({other.at(0)}), pattern.arg(other.at(0)));
        else if (other.size() == 2)
            QCOMPARE(sentence.fill({other.at(0), other.at(1)}), pattern.arg(other.at(0), other.at(1)));
        else
            QCOMPARE(sentence.fill({other.at(0), other.at(1), other.at(2)}),
                     pattern.arg(other.at(0), other.at(1), other.at(2)));
    }
};

QTEST_GUILESS_MAIN(TestSentenceTemplate)
#include "tst_sentencetemplate.moc"
