// The plan loader's JsonDocument parser against nlohmann's and the JsonLimitScanner:
// the same texts accepted (within the scanner's limits), the same values (kinds,
// integers, strings, members in key order, the last of equal keys), on hand-written
// edge cases, every plan in the repository and byte mutations of a sample. The loader
// hands the scanner and nlohmann every text the fast parser refuses, so a refusal of
// valid JSON would only be slow; accepting what they refuse, or reading a value
// another way, would change a plan or a message.
#include "planfile/jsondocument.h"
#include "planfile/jsonlimits.h"

#include <nlohmann/json.hpp>

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using wizard::planjson::JsonDocument;
using wizard::planjson::JsonMember;
using wizard::planjson::JsonValue;

namespace {
QByteArray bytesOf(std::string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size())).toHex();
}

// One text per document, the same for both parsers when they agree.
QByteArray describe(const JsonValue &v)
{
    switch (v.kind()) {
    case JsonValue::Kind::Null:
        return "null";
    case JsonValue::Kind::Boolean:
        return v.boolean() ? "true" : "false";
    case JsonValue::Kind::Integer:
        return "i" + QByteArray::number(v.integer());
    case JsonValue::Kind::Unsigned:
        return "u" + QByteArray::number(quint64(v.unsignedInteger()));
    case JsonValue::Kind::Float:
        return "f";
    case JsonValue::Kind::String:
        return "s" + bytesOf(v.string());
    case JsonValue::Kind::Array: {
        QByteArray out = "[";
        for (const JsonValue &e : v.elements())
            out += describe(e) + ',';
        return out + ']';
    }
    case JsonValue::Kind::Object: {
        QByteArray out = "{";
        for (const JsonMember &m : v.members())
            out += bytesOf(m.key) + ':' + describe(m.value) + ',';
        return out + '}';
    }
    }
    return "?";
}

QByteArray describe(const nlohmann::json &v)
{
    using T = nlohmann::json::value_t;
    switch (v.type()) {
    case T::null:
        return "null";
    case T::boolean:
        return v.get<bool>() ? "true" : "false";
    case T::number_integer:
        return "i" + QByteArray::number(v.get<qint64>());
    case T::number_unsigned:
        return "u" + QByteArray::number(v.get<quint64>());
    case T::number_float:
        return "f";
    case T::string:
        return "s" + bytesOf(v.get_ref<const std::string &>());
    case T::array: {
        QByteArray out = "[";
        for (const nlohmann::json &e : v)
            out += describe(e) + ',';
        return out + ']';
    }
    case T::object: {
        QByteArray out = "{";
        for (auto it = v.begin(); it != v.end(); ++it)
            out += bytesOf(it.key()) + ':' + describe(it.value()) + ',';
        return out + '}';
    }
    default:
        return "?";
    }
}

// Empty when both parsers agree, else what differs.
QString disagreement(const QByteArray &text)
{
    std::optional<nlohmann::json> expected;
    try {
        expected = nlohmann::json::parse(text.cbegin(), text.cend());
    } catch (const std::exception &) { }
    JsonDocument document;
    const bool parsed = document.parse(text);
    const bool withinLimits = !wizard::planjson::checkJsonLimits(text).has_value();
    if (parsed && !expected)
        return u"accepted, nlohmann refuses"_s;
    if (parsed && !withinLimits)
        return u"accepted, the limit scanner refuses"_s;
    if (!parsed && expected && withinLimits && !text.startsWith("\xEF\xBB\xBF"))
        return u"refused, nlohmann accepts"_s;
    if (parsed && describe(document.root()) != describe(*expected))
        return u"read differently: %1 against %2"_s.arg(QString::fromLatin1(describe(document.root())),
                                                        QString::fromLatin1(describe(*expected)));
    if (expected && describe(JsonDocument::fromNlohmann(*expected).root()) != describe(*expected))
        return u"fromNlohmann differs"_s;
    return {};
}

QList<QString> repositoryPlans()
{
    QList<QString> paths;
    for (const char *root : {COEXPLAN_SAMPLES, COEXPLAN_TEST_DATA}) {
        QDirIterator it(QString::fromUtf8(root), {u"*.coexplan"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths.append(it.next());
    }
    std::sort(paths.begin(), paths.end());
    return paths;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestJsonDocument : public QObject
{
    Q_OBJECT

private slots:
    void edgeCase_readAsNlohmannReadsIt_data()
    {
        QTest::addColumn<QByteArray>("text");
        const char *cases[] = {"",
                               " ",
                               "{}",
                               "[]",
                               "null",
                               "true",
                               "false",
                               "nul",
                               "truex",
                               "[true false]",
                               "0",
                               "-0",
                               "01",
                               "-",
                               "1.",
                               ".5",
                               "1.5",
                               "1e5",
                               "1E+5",
                               "1e-5",
                               "1e",
                               "-1.5e-3",
                               "18446744073709551615",
                               "18446744073709551616",
                               "9223372036854775807",
                               "9223372036854775808",
                               "-9223372036854775808",
                               "-9223372036854775809",
                               "99999999999999999999999",
                               "1e400",
                               "-1e400",
                               "1e-400",
                               "1844674e4073709551616",
                               "1.7976931348623157e308",
                               "1.7976931348623159e308",
                               "[1,1e999]",
                               "[1,]",
                               "[,1]",
                               "{\"a\":1,}",
                               "{\"a\" 1}",
                               "{\"a\":}",
                               "{a:1}",
                               "{'a':1}",
                               "{\"b\":1,\"a\":2}",
                               "{\"a\":1,\"a\":2}",
                               "{\"a\":1,\"b\":0,\"a\":[3]}",
                               "{\"\":1}",
                               "\"\"",
                               "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"",
                               "\"\\u0000\"",
                               "\"\\u00e9\\u20AC\"",
                               "\"\\ud83d\\ude00\"",
                               "\"\\ud83d\"",
                               "\"\\ud83dx\"",
                               "\"\\ude00\"",
                               "\"\\ud83d\\u0041\"",
                               "\"\\u12\"",
                               "\"\\u12g4\"",
                               "\"\\x\"",
                               "\"\\\"",
                               "\"abc",
                               "\"a\tb\"",
                               "\"a\nb\"",
                               "\"a\x7f\"",
                               "\"\xc3\xa9\"",
                               "\"\xc3\"",
                               "\"\xc0\xaf\"",
                               "\"\xc1\xbf\"",
                               "\"\xe0\x9f\xbf\"",
                               "\"\xe0\xa0\x80\"",
                               "\"\xed\x9f\xbf\"",
                               "\"\xed\xa0\x80\"",
                               "\"\xef\xbf\xbf\"",
                               "\"\xf0\x8f\xbf\xbf\"",
                               "\"\xf0\x90\x80\x80\"",
                               "\"\xf4\x8f\xbf\xbf\"",
                               "\"\xf4\x90\x80\x80\"",
                               "\"\xf5\x80\x80\x80\"",
                               "\"\x80\"",
                               "\"\xff\"",
                               "\xEF\xBB\xBF{}",
                               "\xEF\xBB{}",
                               " \t\r\n{ \"a\" : [ 1 , 2 ] } \r\n",
                               "{} x",
                               "{}{}",
                               "[\"a\\u005C\"]",
                               "{\"k\\u0041\":1,\"kA\":2}",
                               "{\"\xc3\xa9\":1,\"z\":2,\"\\u00e9\":3}",
                               "[[[[[[]]]]]]"};
        int n = 0;
        for (const char *text : cases)
            QTest::addRow("%d: %s", n++, QByteArray(text).toHex().constData()) << QByteArray(text);
        QTest::addRow("NUL inside a string") << QByteArray("\"a\0b\"", 5);
        QTest::addRow("an integer of 400 digits") << QByteArray(400, '7');
        QTest::addRow("64 levels") << QByteArray(64, '[') + QByteArray(64, ']');
        QTest::addRow("65 levels") << QByteArray(65, '[') + QByteArray(65, ']');
        QTest::addRow("65 levels of objects") << "{\"a\":" + QByteArray(64, '[') + QByteArray(64, ']') + "}";
        // 2,000,000 values: the root, the array and 1,999,998 commas; one more is too many.
        QTest::addRow("2,000,000 values") << "[" + QByteArray("0,").repeated(1999998) + "0]";
        QTest::addRow("2,000,001 values") << "[" + QByteArray("0,").repeated(1999999) + "0]";
        QTest::addRow("2,000,001 values with an opening last") << "[" + QByteArray("0,").repeated(1999998) + "[]]";
    }
    void edgeCase_readAsNlohmannReadsIt()
    {
        QFETCH(QByteArray, text);
        QCOMPARE(disagreement(text), QString());
    }

    void repositoryPlan_readAsNlohmannReadsIt()
    {
        const QList<QString> paths = repositoryPlans();
        QVERIFY(paths.size() > 100);
        for (const QString &path : paths)
            QVERIFY2(disagreement(readAll(path)).isEmpty(), qPrintable(path + u": "_s + disagreement(readAll(path))));
    }

    // Every kind of slip at many places of a sample: bytes dropped, replaced and
    // inserted, the text cut short.
    void mutatedSample_readAsNlohmannReadsIt()
    {
        const QByteArray sample = readAll(QStringLiteral(COEXPLAN_SAMPLES "/contoso-before.coexplan"));
        QVERIFY(sample.size() > 1000);
        const QByteArray replacements("{}[]\",:0-9.eE+a\\/u\x01\t\n\x7f\xc3\xa9\xed\xf4 ");
        int cases = 0;
        for (qsizetype i = 0; i < sample.size(); i += 7) {
            QList<QByteArray> texts{sample.left(i), sample.left(i) + sample.mid(i + 1)};
            const char r = replacements[i % replacements.size()];
            texts.append(sample.left(i) + r + sample.mid(i + 1));
            texts.append(sample.left(i) + r + sample.mid(i));
            for (const QByteArray &text : std::as_const(texts)) {
                ++cases;
                const QString problem = disagreement(text);
                QVERIFY2(problem.isEmpty(), qPrintable(u"at byte %1: %2"_s.arg(i).arg(problem)));
            }
        }
        QVERIFY(cases > 1000);
    }
};

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
