// Any byte string as a plan value, through every writer that puts plan values into a
// document (issue 18): the diagram, overview and matrix SVGs, the HTML checklist and the
// Markdown checklist. Each output is read back by a real parser — QXmlStreamReader for
// SVG, Qt's HTML reader and its Markdown reader (md4c, GitHub dialect) for the
// checklists — and must hold the value as text, never as markup.
//
// The value goes where a user's words go: the plan's title, the organization, a client
// group's name, a checklist item's owner and note; the sample plan supplies the rest, and
// the real engine (checkPlan) computes the findings and flows the writers draw.
#include "connectionmatrix.h"
#include "diagramexport.h"
#include "diagramlayout.h"
#include "diagrampainter.h"
#include "exports/checklist.h"
#include "exports/checklistformats.h"
#include "flows/plancheck.h"
#include "planfile/planfile.h"
#include "renderplatform.h"
#include "textmeasure.h"

#include <QDate>
#include <QGuiApplication>
#include <QSet>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_writers: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

// What a value looks like once in XML: the characters XML cannot hold become U+FFFD
// (render::xmlEscaped).
QString asXmlText(const QString &value)
{
    QString t;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        // A character beyond the BMP (a surrogate pair: U+1F600, or an unassigned plane-8
        // code point a random UTF-8 sequence makes) is XML text; only a lone half is not.
        if (c.isHighSurrogate() && i + 1 < value.size() && value[i + 1].isLowSurrogate()) {
            t += c;
            t += value[++i];
            continue;
        }
        const bool cannot = (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c.isSurrogate()
            || c.unicode() == 0xfffe || c.unicode() == 0xffff;
        t += cannot ? QChar(0xfffd) : c;
    }
    return t;
}

void checkSvg(const QByteArray &svg, const QString &title)
{
    static const QSet<QString> allowed{
        u"svg"_s,      u"title"_s,          u"desc"_s, u"defs"_s,     u"g"_s,      u"text"_s,    u"path"_s,
        u"polyline"_s, u"rect"_s,           u"line"_s, u"ellipse"_s,  u"circle"_s, u"polygon"_s, u"image"_s,
        u"tspan"_s,    u"linearGradient"_s, u"stop"_s, u"clipPath"_s, u"marker"_s};
    QXmlStreamReader xml(svg);
    bool sawTitle = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        if (!allowed.contains(name))
            fail("element in SVG", name);
        if (name == u"title"_s && !sawTitle) {
            sawTitle = true;
            const QString text = xml.readElementText();
            if (text != asXmlText(title))
                fail("SVG title is not the value", text);
        }
    }
    if (xml.hasError())
        fail("SVG is not well-formed", u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber()));
    if (!sawTitle)
        fail("SVG has no title", {});
}

// The text a reader sees, whitespace collapsed: what "holds the value as text" means for
// HTML and Markdown, where runs of white space are one space.
QString collapsed(const QString &s)
{
    return s.simplified();
}

bool printable(const QString &value)
{
    for (const QChar c : value) {
        if (!c.isPrint() && !c.isSpace())
            return false;
    }
    return true;
}

std::optional<wizard::Plan> sample;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    render::ensurePrivateRuntimeDirectory();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    const wizard::PlanLoadResult loaded = wizard::loadPlanFile(QStringLiteral(COEXPLAN_FUZZ_SAMPLE));
    if (!loaded.ok())
        fail("cannot load the sample plan", loaded.error->toString());
    sample = *loaded.plan;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 512)
        return 0; // a value, not a document: longer values are refused at load (value kinds)
    const QString value
        = u"v"_s + QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)); // never empty

    wizard::Plan plan = *sample;
    plan.info.title = value;
    plan.topology.organization.name = value;
    if (!plan.topology.clientGroups.isEmpty())
        plan.topology.clientGroups.first().name = value;
    const wizard::PlanCheck check = wizard::checkPlan(plan.topology);

    const render::TextMeasure measure = render::fontTextMeasure();
    if (!check.flows.isEmpty()) {
        checkSvg(
            render::renderSvg(render::layoutFlowDiagram(check.flows.first(), plan.topology, measure), measure, value),
            value);
        checkSvg(render::renderSvg(render::layoutTopologyOverview(plan.topology, &check.flows.first(), measure),
                                   measure, value),
                 value);
    }
    checkSvg(render::renderSvg(render::layoutConnectionMatrix(check.flows, value, measure), measure, value), value);

    wizard::Checklist list = wizard::buildChecklist(plan, check.findings, QDate(2026, 12, 3));
    if (!list.phases.isEmpty() && !list.phases.first().items.isEmpty()) {
        list.phases.first().items.first().state.owner = value;
        list.phases.first().items.first().state.note = value;
    }
    if (!printable(value))
        return 0; // control characters: the SVG checks above; HTML and Markdown readers drop them

    const QString expected = collapsed(value);
    QTextDocument html;
    html.setHtml(wizard::checklistHtml(list));
    const QString htmlText = collapsed(html.toRawText());
    // Title (h1), organization, the item's owner and note: the value as text each time.
    if (htmlText.count(expected) < 4)
        fail("HTML does not hold the value as text 4 times", expected + u"\n--- in ---\n"_s + htmlText.left(2000));

    QTextDocument markdown;
    markdown.setMarkdown(wizard::checklistMarkdown(list), QTextDocument::MarkdownDialectGitHub);
    const QString mdText = collapsed(markdown.toRawText());
    if (mdText.count(expected) < 4)
        fail("Markdown does not hold the value as text 4 times", expected + u"\n--- in ---\n"_s + mdText.left(2000));
    return 0;
}
