#include "checklistitemtext.h"

#include "exports/checklistformats.h"
#include "exports/checklistsources.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace render {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("render", text);
}

// Qt's line breaking of a word wider than the column costs more than linear time in
// the word's length (a 10,000-character value without spaces took seconds): a zero-width
// space every 80 characters of an unbroken run gives the layout a place to break.
QString breakable(const QString &text)
{
    constexpr qsizetype run = 80;
    // Nearly every text has no such run: it is returned as it is, without a copy.
    qsizetype length = 0;
    const auto needsBreak = [&length](QChar c) {
        length = c.isSpace() ? 0 : length + 1;
        return length > run && !c.isLowSurrogate();
    };
    if (std::none_of(text.cbegin(), text.cend(), needsBreak))
        return text;
    QString out;
    out.reserve(text.size() + text.size() / run);
    qsizetype unbroken = 0;
    for (const QChar c : text) {
        unbroken = c.isSpace() ? 0 : unbroken + 1;
        if (unbroken > run && !c.isLowSurrogate()) {
            out += QChar(0x200b);
            unbroken = 1;
        }
        out += c;
    }
    return out;
}

QString h(const QString &text)
{
    return checklistHtml(text);
}

// An item's text as HTML paragraphs, one <p> each (each one block of a QTextDocument),
// every one with a top margin of 0. Margins below are in CSS pixels as QTextDocument
// scales them on the 600 dpi device (chosen by looking at the rendered pages).
QStringList itemParagraphs(const wizard::ChecklistItem &item)
{
    QStringList out;
    QString title = u"<p style=\"margin-top:0; margin-bottom:6px\"><b>"_s;
    if (item.fromFinding) {
        const QString colour = item.severity == wizard::Severity::Error
            ? u"#a4262c"_s
            : (item.severity == wizard::Severity::Warning ? u"#b35900"_s : u"#51606f"_s);
        title += u"<span style=\"color:%1\">[%2]</span> "_s.arg(colour, h(wizard::severityLabel(item.severity)));
    }
    out += title + h(item.title) + u"</b></p>"_s;
    const auto para = [&out](const QString &label, const QString &text, const QString &extra = {}) {
        if (text.isEmpty())
            return;
        out += u"<p style=\"margin-top:0; margin-bottom:9px\"><b>%1</b> %2%3</p>"_s.arg(h(label), h(text), extra);
    };
    para(tr("What to do:"), item.action);
    for (const wizard::ChecklistDetail &detail : item.details) {
        out += u"<p style=\"margin-top:0; margin-bottom:3px\"><b>%1</b></p>"_s.arg(h(detail.label));
        for (const QString &line : detail.lines) {
            out += u"<p style=\"margin-top:0; margin-bottom:3px; margin-left:30px\">\u2022 %1</p>"_s.arg(h(line));
        }
        out += u"<p style=\"margin-top:0; margin-bottom:6px\"></p>"_s;
    }
    const QString refs = wizard::checklistReferenceText(item);
    para(tr("Why:"), item.why,
         refs.isEmpty() ? QString() : u" <span style=\"color:#555555\">(%1)</span>"_s.arg(h(refs)));
    if (const QStringList urls = wizard::checklistSourceUrls(item); !urls.isEmpty()) {
        QStringList links;
        for (const QString &url : urls)
            links.append(u"<a href=\"%1\" style=\"color:#2b5797\">%2</a>"_s.arg(url.toHtmlEscaped(), h(url)));
        out += u"<p style=\"margin-top:0; margin-bottom:9px; font-size:7pt\"><b>%1</b> %2</p>"_s.arg(
            h(tr("Sources:")), links.join(u", "_s));
    }
    const auto code = [&out](const QString &command) {
        for (const QString &line : command.split(u'\n')) {
            if (line.isEmpty())
                continue;
            out += u"<p style=\"font-family:'DejaVu Sans Mono'; font-size:7pt; white-space:pre-wrap; "
                   u"background-color:#f4f4f4; margin-top:0; margin-bottom:9px\">%1</p>"_s.arg(h(line));
        }
    };
    para(tr("Run in:"), item.shell);
    code(item.command);
    para(tr("How to verify:"), item.verify);
    code(item.verifyCommand);
    para(tr("Note:"), item.state.note);
    out += u"<p style=\"color:#888888; font-size:6.5pt; margin-top:0; margin-bottom:0\">%1</p>"_s.arg(
        h(tr("Item id: %1").arg(item.id)));
    return out;
}

// An empty paragraph goes with the one that follows it, as one unit.
QStringList textUnits(const QStringList &paragraphs)
{
    QStringList units;
    QString pending;
    for (const QString &paragraph : paragraphs) {
        pending += paragraph;
        if (!paragraph.endsWith(u"\"></p>"_s)) // every paragraph opens with a style
            units.append(std::exchange(pending, QString()));
    }
    if (!pending.isEmpty())
        units.append(pending);
    return units;
}

// The blocks a unit becomes: one per paragraph (text never holds "<p ": it is escaped).
int blockCount(const QString &unit)
{
    return int(unit.count(u"<p "_s));
}
} // namespace

QString checklistHtml(const QString &text)
{
    QString out = breakable(text);
    // What toHtmlEscaped() replaces; most texts have none of it and are kept as they are.
    const auto special = [](QChar c) { return c == u'<' || c == u'>' || c == u'&' || c == u'"'; };
    if (std::any_of(out.cbegin(), out.cend(), special))
        return out.toHtmlEscaped();
    return out;
}

std::unique_ptr<QTextDocument> checklistTextDocument(const QString &html, qreal width, QPaintDevice *device,
                                                     qreal pointSize)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(pointSize);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    // No layout while the text goes in: a null page size stops it.
    doc->setPageSize(QSizeF(0, 0));
    doc->documentLayout()->setPaintDevice(device);
    doc->setHtml(html);
    // Keep each paragraph's shaped glyphs from the layout for the painting: by default a
    // text layout drops them after line breaking and shapes the text again to draw it.
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
    // The width last: the one layout, with the device's metrics.
    doc->setTextWidth(width);
    return doc;
}

ChecklistItemTexts::ChecklistItemTexts(QPaintDevice *device, qreal width)
    : m_device(device)
    , m_width(width)
{ }

void ChecklistItemTexts::add(const wizard::ChecklistItem &item)
{
    ItemText text;
    text.units = textUnits(itemParagraphs(item));
    for (const QString &unit : std::as_const(text.units))
        ++m_unitUses[unit];
    m_texts.push_back(std::move(text));
}

qreal ChecklistItemTexts::height(qsizetype index)
{
    return laidOut(index).height;
}

ChecklistItemTexts::ItemText &ChecklistItemTexts::laidOut(qsizetype index)
{
    ItemText &text = m_texts[size_t(index)];
    if (text.height < 0)
        layOut(text, std::exchange(text.units, QStringList()));
    return text;
}

// The space QTextDocument leaves after a paragraph with this bottom margin (CSS pixels)
// when the next has a top margin of 0: the margin scaled to the device's resolution and
// rounded, as its layout does. Measured once per margin, so it is the layout's own
// arithmetic.
qreal ChecklistItemTexts::marginAsLaidOut(qreal cssPixels) const
{
    if (cssPixels <= 0)
        return 0;
    if (const auto it = m_margins.constFind(cssPixels); it != m_margins.constEnd())
        return *it;
    const QString p = u"<p style=\"margin-top:0; margin-bottom:%1px\">x</p>"_s;
    const auto one = document(p.arg(0));
    const auto two = document(p.arg(cssPixels) + p.arg(0));
    const qreal gap = two->lastBlock().layout()->position().y() - one->size().height();
    m_margins.insert(cssPixels, gap);
    return gap;
}

const ChecklistItemTexts::SharedText &ChecklistItemTexts::sharedText(const QString &unit)
{
    SharedText &shared = m_sharedTexts[unit];
    if (!shared.document) {
        std::shared_ptr<QTextDocument> doc = document(unit);
        shared.height = doc->size().height(); // the whole layout, not only its first step
        shared.gapAfter = marginAsLaidOut(doc->lastBlock().blockFormat().bottomMargin());
        shared.document = std::move(doc);
    }
    return shared;
}

void ChecklistItemTexts::layOut(ItemText &text, const QStringList &units)
{
    QString ownHtml;
    int ownBlocks = 0;
    for (const QString &unit : units) {
        if (m_unitUses.value(unit) < 2) {
            ownHtml += unit;
            ownBlocks += blockCount(unit);
        }
    }
    std::shared_ptr<QTextDocument> own;
    qreal ownHeight = 0;
    if (!ownHtml.isEmpty()) {
        own = document(ownHtml);
        ownHeight = own->size().height();
        if (own->blockCount() != ownBlocks) {
            // Not one block per paragraph: the whole text as one document, shared with none.
            own = document(units.join(QString()));
            text.height = own->size().height();
            text.spans = {Span{own, 0, own->blockCount(), 0}};
            return;
        }
    }
    qreal y = 0, gap = 0;
    int nextOwn = 0; // the own document's next block
    for (qsizetype i = 0; i < units.size();) {
        if (i > 0)
            y += gap;
        if (m_unitUses.value(units[i]) >= 2) {
            const SharedText &shared = sharedText(units[i]);
            text.spans.push_back(Span{shared.document, 0, shared.document->blockCount(), y});
            y += shared.height;
            gap = shared.gapAfter;
            ++i;
            continue;
        }
        // A run of this item's own paragraphs: as they lie in the own document.
        int blocks = 0;
        for (; i < units.size() && m_unitUses.value(units[i]) < 2; ++i)
            blocks += blockCount(units[i]);
        const QTextBlock first = own->findBlockByNumber(nextOwn);
        const QTextBlock last = own->findBlockByNumber(nextOwn + blocks - 1);
        const QTextBlock after = last.next();
        gap = marginAsLaidOut(last.blockFormat().bottomMargin());
        const qreal top = first.layout()->position().y();
        const qreal bottom = after.isValid() ? after.layout()->position().y() - gap : ownHeight;
        text.spans.push_back(Span{own, nextOwn, blocks, y - top});
        y += bottom - top;
        nextOwn += blocks;
    }
    text.height = y;
}

// Paints as QTextDocument::drawContents() paints a document: each paragraph's
// background, then its lines in the palette's text colour. Each span is moved down
// through the layout's draw position, not the painter's transform, so every glyph gets
// the coordinates it had in one document of the whole item (the PDF engine writes a
// transform with fewer digits than a position carries).
void ChecklistItemTexts::paint(QPainter &painter, qsizetype index, qreal x, qreal y)
{
    ItemText &text = laidOut(index);
    painter.save();
    painter.translate(x, y);
    const QColor textColour = QAbstractTextDocumentLayout::PaintContext().palette.color(QPalette::Text);
    for (const Span &span : text.spans) {
        const QPointF offset(0, span.dy);
        QTextBlock block = span.document->findBlockByNumber(span.firstBlock);
        for (int n = 0; n < span.blocks && block.isValid(); ++n, block = block.next()) {
            const QTextLayout *layout = block.layout();
            if (const QBrush background = block.blockFormat().background(); background != Qt::NoBrush) {
                const QRectF rect = layout->boundingRect().translated(offset + layout->position());
                painter.save();
                painter.setBrushOrigin(rect.topLeft());
                painter.fillRect(rect, background);
                painter.restore();
            }
            const QPen pen = painter.pen();
            painter.setPen(textColour);
            layout->draw(&painter, offset);
            painter.setPen(pen);
        }
    }
    painter.restore();
    text.spans.clear(); // painted: a shared paragraph goes with its last item
}

QList<qsizetype> ChecklistItemTexts::layoutMismatches()
{
    QList<qsizetype> out;
    for (qsizetype index = 0; index < qsizetype(m_texts.size()); ++index) {
        const QString html = m_texts[size_t(index)].units.join(QString());
        const ItemText &text = laidOut(index);
        const auto whole = document(html);
        const qreal wholeHeight = whole->size().height();
        QList<std::tuple<qreal, int, QList<qreal>>> a, b; // block y, lines, each line's y and height
        const auto add = [](QList<std::tuple<qreal, int, QList<qreal>>> &list, const QTextBlock &block, qreal dy) {
            const QTextLayout *l = block.layout();
            QList<qreal> lines;
            for (int i = 0; i < l->lineCount(); ++i)
                lines << l->lineAt(i).y() << l->lineAt(i).height() << l->lineAt(i).naturalTextWidth();
            list.append({dy + l->position().y(), l->lineCount(), lines});
        };
        for (QTextBlock block = whole->begin(); block.isValid(); block = block.next())
            add(a, block, 0);
        for (const Span &span : text.spans) {
            QTextBlock block = span.document->findBlockByNumber(span.firstBlock);
            for (int i = 0; i < span.blocks; ++i, block = block.next())
                add(b, block, span.dy);
        }
        if (a != b || wholeHeight != text.height)
            out.append(index);
    }
    return out;
}

} // namespace render
