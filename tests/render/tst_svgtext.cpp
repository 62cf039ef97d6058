// Issue 18, defect 5: plan values went raw into the <title> of the diagram and matrix
// SVGs (live markup in a browser), and control characters made the SVG not
// well-formed. Every SVG here is read by QXmlStreamReader.
#include "connectionmatrix.h"
#include "diagramexport.h"
#include "diagramlayout.h"
#include "diagrampainter.h"
#include "flowfixtures.h"
#include "svgtext.h"
#include "textmeasure.h"

#include <QGuiApplication>
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
        QTest::addRow("tab and line breaks kept") << u"a\tb\nc\r"_s << u"a\tb\nc\r"_s;
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
};

QTEST_MAIN(TestSvgText)
#include "tst_svgtext.moc"
