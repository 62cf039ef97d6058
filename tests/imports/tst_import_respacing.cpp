// Property: how a paste was spaced, encoded or wrapped in prompts and fences does not
// change what is imported (issue 12). Every golden input is re-spaced (double spacing,
// no blank lines, CRLF, UTF-16LE, non-breaking spaces, prompts and fences added, all of
// them together) and must give the same plan as the original.
#include "imports/autodiscoverxml.h"
#include "imports/importreport.h"
#include "imports/planimport.h"
#include "imports/textdecoding.h"

#include "goldenimportcase.h"

#include <QTest>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
struct Variant
{
    QString text;
    bool utf16 = false;
};

using Respacer = std::function<Variant(const QString &text)>;

bool hasTable(const QString &text)
{
    // A Format-Table's row of dashes: its cells are cut by position and its blank line
    // ends it, so its rows cannot be double-spaced (no shell or mail client does that).
    return text.contains(u"\n---"_s) || text.startsWith(u"---"_s);
}

QString joinLines(const QStringList &lines, const QString &eol)
{
    return lines.join(eol) + eol;
}

QStringList linesOf(const QString &text)
{
    QStringList lines = QString(text).replace(u"\r\n"_s, u"\n"_s).split(u'\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

Variant doubleSpaced(const QString &text)
{
    if (hasTable(text))
        return {text};
    QStringList out;
    for (const QString &l : linesOf(text))
        out << l << QString();
    return {joinLines(out, u"\n"_s)};
}

Variant noBlankLines(const QString &text)
{
    if (hasTable(text))
        return {text};
    QStringList lines = linesOf(text);
    lines.removeIf([](const QString &l) { return l.trimmed().isEmpty(); });
    return {joinLines(lines, u"\n"_s)};
}

Variant crlf(const QString &text)
{
    return {joinLines(linesOf(text), u"\r\n"_s)};
}

Variant utf16(const QString &text)
{
    return {joinLines(linesOf(text), u"\r\n"_s), true};
}

// Alignment padding (two or more spaces) becomes non-breaking spaces, as a web page shows it.
Variant nonBreakingSpaces(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i + 1 < out.size(); ++i) {
        if (out[i] != u' ' || out[i + 1] != u' ')
            continue;
        while (i < out.size() && out[i] == u' ')
            out[i++] = QChar(0x00A0);
    }
    return {out};
}

Variant promptsAndFences(const QString &text)
{
    return {u"Here is the output:\n\n```\n[PS] C:\\Windows\\system32>Get-OutlookAnywhere | fl\n"_s + text
            + u"\nPS C:\\Users\\admin> exit\n```\n"_s};
}

Variant everything(const QString &text)
{
    return utf16(promptsAndFences(nonBreakingSpaces(doubleSpaced(text).text).text).text);
}

wizard::TextDecodeResult encode(const Variant &v)
{
    if (!v.utf16)
        return wizard::decodeImportBytes(v.text.toUtf8());
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char *>(v.text.utf16()), v.text.size() * 2);
    return wizard::decodeImportBytes(bytes);
}
} // namespace

class TestImportRespacing : public QObject
{
    Q_OBJECT

private slots:
    void respacedInput_importsTheSamePlan_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("respacer");
        const QStringList names = {u"double spacing"_s,      u"no blank lines"_s,     u"CRLF"_s,        u"UTF-16LE"_s,
                                   u"non-breaking spaces"_s, u"prompts and fences"_s, u"all together"_s};
        const QDir dir(QStringLiteral(COEXPLAN_TEST_DATA) + u"/imports"_s);
        for (const QString &c : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            // Refusal cases have no plan to compare.
            const GoldenImportCase original = loadGoldenImportCase(dir.filePath(c));
            if (!wizard::importIntoPlan(original.sources, original.base, original.options).result.succeeded())
                continue;
            for (int k = 0; k < names.size(); ++k)
                QTest::addRow("%s / %s", qPrintable(c), qPrintable(names[k])) << dir.filePath(c) << k;
        }
    }
    void respacedInput_importsTheSamePlan()
    {
        QFETCH(QString, folder);
        QFETCH(int, respacer);
        static const std::array<Respacer, 7> respacers
            = {doubleSpaced, noBlankLines, crlf, utf16, nonBreakingSpaces, promptsAndFences, everything};
        const GoldenImportCase original = loadGoldenImportCase(folder);
        const wizard::ImportOutcome expected
            = wizard::importIntoPlan(original.sources, original.base, original.options);
        QVERIFY(expected.result.succeeded());

        QList<wizard::ImportSource> respaced;
        int changed = 0;
        for (const wizard::ImportSource &s : original.sources) {
            if (!s.text.decoded || wizard::looksLikeAutodiscoverXml(s.text.decoded->text)) {
                respaced.append(s); // XML is not console output
                continue;
            }
            const Variant v = respacers[size_t(respacer)](s.text.decoded->text);
            changed += v.text != s.text.decoded->text || v.utf16;
            respaced.append(wizard::ImportSource{s.name, encode(v)});
        }
        const wizard::ImportOutcome actual = wizard::importIntoPlan(respaced, original.base, original.options);
        QVERIFY2(actual.result.succeeded(),
                 qPrintable(u"re-spaced input refused (%1 inputs changed):\n"_s.arg(changed)
                            + wizard::importReportText(actual.result)));
        QCOMPARE(actual.plan, expected.plan);
        QCOMPARE(actual.result.servers, expected.result.servers);
    }
};

QTEST_GUILESS_MAIN(TestImportRespacing)
#include "tst_import_respacing.moc"
