// Issue 18, defect 5: plan values went raw into the <title> of the diagram and matrix
// SVGs (live markup in a browser), and control characters made the SVG not
// well-formed. Every SVG here is read by QXmlStreamReader.
#include "connectionmatrix.h"
#include "diagramexport.h"
#include "diagramlayout.h"
#include "diagrampainter.h"
#include "exports/checklist.h"
#include "exports/checklistformats.h"
#include "flowfixtures.h"
#include "svgtext.h"
#include "textmeasure.h"

#include <QDate>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
struct ParsedSvg
{
    QString error; // empty when well-formed
    QString title;
    QStringList texts;
    QStringList elements;
};

ParsedSvg parse(const QByteArray &svg)
{
    ParsedSvg p;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        p.elements << name;
        if (name == u"title"_s)
            p.title = xml.readElementText();
        else if (name == u"text"_s)
            p.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    if (xml.hasError())
        p.error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return p;
}

// What a value looks like once in XML: control characters XML cannot hold are U+FFFD.
QString asXmlText(const QString &value)
{
    QString t;
    for (const QChar c : value)
        t += (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c.isSurrogate() ? QChar(0xfffd) : c;
    return t;
}
} // namespace

class TestSvgText : public QObject
{
    Q_OBJECT

private slots:
    void xmlEscaped_escapesMarkupAndReplacesWhatXmlCannotHold_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << u"EX2013CAS"_s << u"EX2013CAS"_s;
        QTest::addRow("markup") << u"<script>a&b</script>"_s << u"&lt;script&gt;a&amp;b&lt;/script&gt;"_s;
        QTest::addRow("quotes") << u"\"'"_s << u"&quot;&apos;"_s;
        QTest::addRow("C0 controls") << u"a\u0001b\u001bc"_s << u"a\ufffdb\ufffdc"_s;
        QTest::addRow("NUL") << QString(QChar(0)) << u"\ufffd"_s;
        QTest::addRow("tab and line breaks kept") << u"a\tb\nc\r"_s << u"a\tb\nc&#13;"_s;
        QTest::addRow("lone surrogate") << QString(QChar(0xd800)) << u"\ufffd"_s;
        QTest::addRow("surrogate pair kept") << u"\U0001F600"_s << u"\U0001F600"_s;
        QTest::addRow("U+FFFF") << QString(QChar(0xffff)) << u"\ufffd"_s;
    }
    void xmlEscaped_escapesMarkupAndReplacesWhatXmlCannotHold()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(render::xmlEscaped(value), expected);
    }

    void hostileValues_stayTextInWellFormedSvg_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addRow("script element") << u"<script>alert(1)</script>"_s;
        QTest::addRow("attribute break-out") << u"\"><img src=x onerror=alert(1)>"_s;
        QTest::addRow("ampersand and less-than") << u"a & b < c"_s;
        QTest::addRow("C0 controls") << u"a\u0001\u001b[31m\u0000b"_s;
        QTest::addRow("CDATA end and comment") << u"]]> <!-- x -->"_s;
    }
    void hostileValues_stayTextInWellFormedSvg()
    {
        QFETCH(QString, value);
        const render::TextMeasure measure = render::fontTextMeasure();
        wizard::Flow flow = fixtures::externalLegacyFlow();
        flow.clientGroup = value;
        const wizard::Topology topology = fixtures::contoso();
        const QList<QByteArray> svgs{
            render::renderSvg(render::layoutFlowDiagram(flow, topology, measure), measure, value),
            render::renderSvg(render::layoutTopologyOverview(topology, &flow, measure), measure, value),
            render::renderSvg(render::layoutConnectionMatrix({flow}, value, measure), measure, value)};
        for (const QByteArray &svg : svgs) {
            const ParsedSvg p = parse(svg);
            QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
            QCOMPARE(p.title, asXmlText(value));
            QVERIFY2(!p.elements.contains(u"script"_s) && !p.elements.contains(u"img"_s),
                     qPrintable(p.elements.join(u' ')));
        }
        // The diagram and the matrix draw the group's name as text, whole.
        for (const QByteArray &svg : {svgs[0], svgs[2]}) {
            const ParsedSvg p = parse(svg);
            QVERIFY2(p.texts.join(u'\n').contains(asXmlText(value).simplified().left(8)),
                     qPrintable(p.texts.join(u'|')));
        }
    }

    // Any byte string as a plan value (a fuzz-style property over seeded random bytes
    // and the bytes that matter to XML, HTML and Markdown): every SVG parses as XML and
    // holds the value as its title, the HTML and Markdown checklists never carry a
    // value's markup raw.
    void anyByteString_staysTextInEveryWriter()
    {
        const render::TextMeasure measure = render::fontTextMeasure();
        const wizard::Topology topology = fixtures::contoso();
        const QByteArray special("<>&\"'`*_[]()#|\\!\x00\x01\x1b\x7f\n\r\t]]>-->");
        QRandomGenerator random(18);
        const QSet<QString> svgElements{u"svg"_s,     u"title"_s,  u"desc"_s,     u"defs"_s,  u"g"_s,
                                        u"text"_s,    u"path"_s,   u"polyline"_s, u"rect"_s,  u"line"_s,
                                        u"ellipse"_s, u"circle"_s, u"polygon"_s,  u"image"_s, u"tspan"_s};
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes;
            const int length = 1 + int(random.bounded(40));
            for (int i = 0; i < length; ++i) {
                bytes += random.bounded(2) ? special[int(random.bounded(int(special.size())))]
                                           : char(random.bounded(256));
            }
            const QString value = u"v"_s + QString::fromUtf8(bytes);
            wizard::Flow flow = fixtures::externalLegacyFlow();
            flow.clientGroup = value;
            for (const QByteArray &svg :
                 {render::renderSvg(render::layoutFlowDiagram(flow, topology, measure), measure, value),
                  render::renderSvg(render::layoutConnectionMatrix({flow}, value, measure), measure, value)}) {
                const ParsedSvg p = parse(svg);
                QVERIFY2(p.error.isEmpty(), qPrintable(p.error + u" for "_s + QString::fromLatin1(bytes.toHex())));
                QCOMPARE(p.title, asXmlText(value));
                for (const QString &e : p.elements)
                    QVERIFY2(svgElements.contains(e), qPrintable(e));
            }
            wizard::Plan plan;
            plan.info.title = value;
            plan.topology = topology;
            plan.topology.organization.name = value;
            const wizard::Checklist checklist = wizard::buildChecklist(plan, {}, QDate(2026, 12, 3));
            const QString html = wizard::checklistHtml(checklist);
            const QString markdown = wizard::checklistMarkdown(checklist);
            // The value is there, as text; its markup is not.
            QVERIFY2(html.contains(value.toHtmlEscaped()), qPrintable(QString::fromLatin1(bytes.toHex())));
            if (value.contains(u'<')) {
                QVERIFY2(!html.contains(value), qPrintable(QString::fromLatin1(bytes.toHex())));
                QVERIFY2(!markdown.contains(value), qPrintable(QString::fromLatin1(bytes.toHex())));
            }
        }
    }
};

QTEST_MAIN(TestSvgText)
#include "tst_svgtext.moc"
