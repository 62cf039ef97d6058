#include "checklistpdf.h"

#include "diagrampainter.h"
#include "exports/checklistformats.h"
#include "exports/checklistsources.h"
#include "planfile/atomicwrite.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <memory>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

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
    QString out = breakable(text);
    // What toHtmlEscaped() replaces; most texts have none of it and are kept as they are.
    const auto special = [](QChar c) { return c == u'<' || c == u'>' || c == u'&' || c == u'"'; };
    if (std::any_of(out.cbegin(), out.cend(), special))
        return out.toHtmlEscaped();
    return out;
}

constexpr int dpi = 600;
constexpr qreal mm(qreal v)
{
    return v * dpi / 25.4;
}
constexpr qreal pt(qreal v)
{
    return v * dpi / 72.0;
}

const QColor accent(0x2b, 0x57, 0x97);
const QColor rule(0xb9, 0xc2, 0xcf);
const QColor headerFill(0xe8, 0xed, 0xf5);

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

// Lays the checklist out on pages; paints when a painter is given, else only counts.
class ChecklistPainter
{
public:
    ChecklistPainter(const wizard::Checklist &list, QPagedPaintDevice *device, const PageProgress &progress)
        : m_list(list)
        , m_device(device)
        , m_progress(progress)
    {
        const QRect page(0, 0, device->width(), device->height());
        m_left = mm(15);
        m_right = page.width() - mm(15);
        m_top = mm(15) + pt(22); // header band
        m_bottom = page.height() - mm(15) - pt(16); // footer band
        m_pageHeight = page.height();
        const qreal width = m_right - m_left;
        m_colNum = pt(24);
        m_colBox = pt(30);
        m_colSign = mm(38);
        m_colText = width - m_colNum - m_colBox - m_colSign;
        for (const wizard::ChecklistPhase &phase : list.phases) {
            m_firstText.push_back(qsizetype(m_texts.size()));
            for (const wizard::ChecklistItem &item : phase.items) {
                ItemText text;
                text.units = textUnits(itemParagraphs(item));
                for (const QString &unit : std::as_const(text.units))
                    ++m_unitUses[unit];
                m_texts.push_back(std::move(text));
            }
        }
    }

    int run(QPainter *painter, int totalPages)
    {
        m_painter = painter;
        m_total = totalPages;
        m_page = 1;
        m_y = m_top;
        decoratePage();
        title();
        for (qsizetype p = 0; p < m_list.phases.size() && !m_cancelled; ++p)
            phaseBlock(p);
        // Every item's text is laid out: the items hold the paragraphs they share from here on.
        m_sharedTexts.clear();
        return m_page;
    }
    bool cancelled() const { return m_cancelled; }

private:
    // An item's text is laid out once, by the counting pass, and kept for the painting
    // pass, which frees it once painted. A paragraph that other items have word for word
    // (the reason, the sources, a step for every server) is laid out once for all of them,
    // in a document of its own; the paragraphs of this item alone are one document. The
    // item's paragraphs are then stacked as one QTextDocument would stack them: each starts
    // where the one before it ends plus that one's bottom margin (every top margin is 0).
    struct Span
    {
        std::shared_ptr<const QTextDocument> document;
        int firstBlock = 0;
        int blocks = 0;
        qreal dy = 0; // from the document's coordinates to the item's
    };
    struct ItemText
    {
        QStringList units; // the paragraphs until laid out (textUnits)
        std::vector<Span> spans; // in order, until painted
        qreal textHeight = 0;
        qreal rowHeight = -1;
    };
    struct SharedText
    {
        std::shared_ptr<const QTextDocument> document;
        qreal height = 0;
        qreal gapAfter = 0;
    };

    std::unique_ptr<QTextDocument> document(const QString &html, qreal width, qreal pointSize = 8.5) const
    {
        auto doc = std::make_unique<QTextDocument>();
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(pointSize);
        doc->setDefaultFont(font);
        doc->setDocumentMargin(0);
        // No layout while the text goes in: a null page size stops it.
        doc->setPageSize(QSizeF(0, 0));
        doc->documentLayout()->setPaintDevice(m_device);
        doc->setHtml(html);
        // Keep each paragraph's shaped glyphs from the layout for the painting: by default a
        // text layout drops them after line breaking and shapes the text again to draw it.
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
            block.layout()->setCacheEnabled(true);
        // The width last: the one layout, with the device's metrics.
        doc->setTextWidth(width);
        return doc;
    }

    void drawDocument(QTextDocument &doc, qreal x, qreal y)
    {
        if (!m_painter)
            return;
        m_painter->save();
        m_painter->translate(x, y);
        doc.drawContents(m_painter);
        m_painter->restore();
    }

    // Paints an item's text at (x, y) as QTextDocument::drawContents() paints a document:
    // each paragraph's background, then its lines in the palette's text colour. Each span
    // is moved down through the layout's draw position, not the painter's transform, so
    // every glyph gets the coordinates it had in one document of the whole item (the PDF
    // engine writes a transform with fewer digits than a position carries).
    void drawItemText(const ItemText &text, qreal x, qreal y)
    {
        m_painter->save();
        m_painter->translate(x, y);
        const QColor textColour = QAbstractTextDocumentLayout::PaintContext().palette.color(QPalette::Text);
        for (const Span &span : text.spans) {
            const QPointF offset(0, span.dy);
            QTextBlock block = span.document->findBlockByNumber(span.firstBlock);
            for (int n = 0; n < span.blocks && block.isValid(); ++n, block = block.next()) {
                const QTextLayout *layout = block.layout();
                if (const QBrush background = block.blockFormat().background(); background != Qt::NoBrush) {
                    const QRectF rect = layout->boundingRect().translated(offset + layout->position());
                    m_painter->save();
                    m_painter->setBrushOrigin(rect.topLeft());
                    m_painter->fillRect(rect, background);
                    m_painter->restore();
                }
                const QPen pen = m_painter->pen();
                m_painter->setPen(textColour);
                layout->draw(m_painter, offset);
                m_painter->setPen(pen);
            }
        }
        m_painter->restore();
    }

    // QPainter::drawText(rect, flags, text) for a line of text painted on many pages (a
    // label of the sign-off cell, the page header, a table header), with its layout made
    // once: QPainter lays the text out and shapes it again on every call. Placed as
    // QPainter places one line (qt_format_text): the line at the top of its box (the
    // line's ascent + descent centred for AlignVCenter), moved by its advance for
    // AlignRight and AlignHCenter, clipped to the rectangle when it does not fit.
    void drawLabel(const QRectF &r, int flags, const QString &text)
    {
        if (text.isEmpty() || m_painter->pen().style() == Qt::NoPen)
            return;
        // Line breaks, tabs and length variants (a plan's value may hold them) go through
        // QPainter, which breaks, expands and chooses them.
        const auto special = [](QChar c) {
            return c.unicode() < 0x20 || c.unicode() == 0x9c || c == QChar::LineSeparator
                || c == QChar::ParagraphSeparator;
        };
        if (std::any_of(text.cbegin(), text.cend(), special)) {
            m_painter->drawText(r, flags, text);
            return;
        }
        const QFont font = m_painter->font();
        std::unique_ptr<QTextLayout> &layout = m_labels[font.key() + QChar(0) + text];
        if (!layout) {
            layout = std::make_unique<QTextLayout>(text, font);
            QTextOption option;
            option.setTextDirection(m_painter->layoutDirection());
            option.setAlignment(Qt::AlignLeft);
            layout->setTextOption(option);
            layout->setCacheEnabled(true);
            layout->beginLayout();
            QTextLine line = layout->createLine();
            line.setLineWidth(0x01000000);
            line.setPosition(QPointF(0, 0));
            layout->endLayout();
        }
        const QTextLine line = layout->lineAt(0);
        const qreal width = line.naturalTextWidth();
        const qreal height = line.ascent() + line.descent();
        const qreal yoff = (flags & Qt::AlignVCenter) ? (r.height() - height) / 2 : 0;
        qreal xoff = 0;
        if (flags & Qt::AlignRight)
            xoff = r.width() - width;
        else if (flags & Qt::AlignHCenter)
            xoff = (r.width() - width) / 2;
        const bool clip = !r.contains(QRectF(r.x() + xoff, r.y() + yoff, width, height));
        if (clip) {
            m_painter->save();
            m_painter->setClipRect(r, Qt::IntersectClip);
        }
        xoff = 0;
        if (flags & Qt::AlignRight)
            xoff = r.width() - line.horizontalAdvance();
        else if (flags & Qt::AlignHCenter)
            xoff = (r.width() - line.horizontalAdvance()) / 2;
        line.draw(m_painter, QPointF(r.x() + xoff, r.y() + yoff));
        if (clip)
            m_painter->restore();
    }

    void newPage()
    {
        // Each finished page is progress: counted in the first pass, painted in the second.
        if (m_progress && !m_cancelled && !m_progress(m_page, m_painter ? m_total : 0))
            m_cancelled = true;
        if (m_painter)
            m_device->newPage();
        ++m_page;
        m_y = m_top;
        decoratePage();
    }

    void ensureSpace(qreal height, const wizard::ChecklistPhase *phase)
    {
        if (m_y + height <= m_bottom || m_y <= m_top + 1)
            return;
        newPage();
        if (phase)
            tableHeader(*phase, true);
    }

    void decoratePage()
    {
        if (!m_painter)
            return;
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(7.5);
        m_painter->setFont(font);
        m_painter->setPen(QColor(0x55, 0x55, 0x55));
        const qreal headerY = mm(15);
        const QRectF header(m_left, headerY, m_right - m_left, pt(12));
        const QString date = m_list.date.toString(Qt::ISODate);
        if (!m_headerName) { // the same on every page
            const QFontMetricsF fm(font, m_device);
            const qreal dateWidth = fm.horizontalAdvance(date) + pt(8);
            m_headerName
                = fm.elidedText(wizard::checklistDocumentTitle(m_list), Qt::ElideRight, header.width() - dateWidth);
        }
        drawLabel(header, Qt::AlignLeft | Qt::AlignVCenter, *m_headerName);
        drawLabel(header, Qt::AlignRight | Qt::AlignVCenter, date);
        m_painter->setPen(QPen(accent, pt(0.8)));
        m_painter->drawLine(QPointF(m_left, headerY + pt(14)), QPointF(m_right, headerY + pt(14)));
        m_painter->setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(m_left, m_pageHeight - mm(15) - pt(10), m_right - m_left, pt(10));
        m_painter->drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter, tr("Page %1 of %2").arg(m_page).arg(m_total));
        if (!m_list.organization.isEmpty())
            drawLabel(footer, Qt::AlignLeft | Qt::AlignVCenter, m_list.organization);
    }

    void title()
    {
        QString html = u"<p style=\"font-size:16pt; font-weight:bold; margin-bottom:9px\">%1</p>"_s.arg(
            h(wizard::checklistDocumentTitle(m_list)));
        QStringList meta;
        if (!m_list.organization.isEmpty())
            meta.append(tr("Organization: %1").arg(m_list.organization));
        meta.append(tr("Date: %1").arg(m_list.date.toString(Qt::ISODate)));
        meta.append(wizard::checklistProgressText(m_list));
        html += u"<p style=\"color:#555555\">%1</p>"_s.arg(h(meta.join(u"  \u00b7  "_s)));
        const auto doc = document(html, m_right - m_left, 9);
        drawDocument(*doc, m_left, m_y);
        m_y += doc->size().height() + pt(6);
    }

    qreal tableHeaderHeight() const { return pt(14); }

    void tableHeader(const wizard::ChecklistPhase &phase, bool continued)
    {
        const qreal height = tableHeaderHeight();
        if (m_painter) {
            QFont font(u"DejaVu Sans"_s);
            font.setPointSizeF(7.5);
            font.setBold(true);
            m_painter->setFont(font);
            m_painter->setPen(QPen(rule, pt(0.6)));
            m_painter->setBrush(headerFill);
            const qreal xs[] = {m_left, m_left + m_colNum, m_left + m_colNum + m_colBox,
                                m_left + m_colNum + m_colBox + m_colText, m_right};
            const QString labels[]
                = {u"#"_s, tr("Done"),
                   continued ? tr("%1. %2 (continued)").arg(wizard::checklistPhaseNumber(phase)).arg(phase.title)
                             : tr("Item"),
                   std::any_of(phase.items.cbegin(), phase.items.cend(),
                               [](const wizard::ChecklistItem &i) { return i.recordsResult; })
                       ? tr("Result / sign-off") // the cell names its four lines; the long form did not fit
                       : tr("Owner / date / sign-off")};
            for (int c = 0; c < 4; ++c) {
                const QRectF cell(xs[c], m_y, xs[c + 1] - xs[c], height);
                m_painter->setPen(QPen(rule, pt(0.6)));
                m_painter->drawRect(cell);
                m_painter->setPen(Qt::black);
                drawLabel(cell.adjusted(pt(3), 0, -pt(2), 0), Qt::AlignLeft | Qt::AlignVCenter, labels[c]);
            }
            m_painter->setBrush(Qt::NoBrush);
        }
        m_y += height;
    }

    void phaseBlock(qsizetype p)
    {
        const wizard::ChecklistPhase &phase = m_list.phases[p];
        QString html = u"<p style=\"font-size:12pt; font-weight:bold; color:#2b5797\">%1. %2</p>"_s
                           .arg(wizard::checklistPhaseNumber(phase))
                           .arg(h(phase.title));
        if (!phase.schedule.isEmpty())
            html += u"<p style=\"font-weight:bold; color:#2b5797; margin-top:4px\">%1</p>"_s.arg(h(phase.schedule));
        if (!phase.intro.isEmpty())
            html += u"<p style=\"color:#333333; margin-top:6px\">%1</p>"_s.arg(h(phase.intro));
        const auto heading = document(html, m_right - m_left);
        // Keep the heading with the table header and the first row.
        const qreal firstRow = phase.items.isEmpty() ? 0 : itemText(p, 0).rowHeight;
        ensureSpace(pt(10) + heading->size().height() + pt(4) + tableHeaderHeight() + firstRow, nullptr);
        if (m_y > m_top + 1)
            m_y += pt(10);
        drawDocument(*heading, m_left, m_y);
        m_y += heading->size().height() + pt(4);
        tableHeader(phase, false);
        for (qsizetype n = 0; n < phase.items.size() && !m_cancelled; ++n)
            row(p, n);
    }

    qreal padding() const { return pt(3.5); }

    // An empty paragraph goes with the one that follows it, as one unit.
    static QStringList textUnits(const QStringList &paragraphs)
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
    static int blockCount(const QString &unit) { return int(unit.count(u"<p "_s)); }

    qreal textWidth() const { return m_colText - 2 * padding(); }

    // The space QTextDocument leaves after a paragraph with this bottom margin (CSS pixels)
    // when the next has a top margin of 0: the margin scaled to the device's resolution and
    // rounded, as its layout does. Measured once per margin, so it is the layout's own
    // arithmetic.
    qreal marginAsLaidOut(qreal cssPixels) const
    {
        if (cssPixels <= 0)
            return 0;
        if (const auto it = m_margins.constFind(cssPixels); it != m_margins.constEnd())
            return *it;
        const QString p = u"<p style=\"margin-top:0; margin-bottom:%1px\">x</p>"_s;
        const auto one = document(p.arg(0), textWidth());
        const auto two = document(p.arg(cssPixels) + p.arg(0), textWidth());
        const qreal gap = two->lastBlock().layout()->position().y() - one->size().height();
        m_margins.insert(cssPixels, gap);
        return gap;
    }

    const SharedText &sharedText(const QString &unit)
    {
        SharedText &shared = m_sharedTexts[unit];
        if (!shared.document) {
            std::shared_ptr<QTextDocument> doc = document(unit, textWidth());
            shared.height = doc->size().height(); // the whole layout, not only its first step
            shared.gapAfter = marginAsLaidOut(doc->lastBlock().blockFormat().bottomMargin());
            shared.document = std::move(doc);
        }
        return shared;
    }

    ItemText &itemText(qsizetype p, qsizetype n)
    {
        ItemText &text = m_texts[size_t(m_firstText[size_t(p)] + n)];
        if (text.rowHeight < 0) {
            layOut(text, std::exchange(text.units, QStringList()));
            text.rowHeight = std::max(text.textHeight, signHeight(m_list.phases[p].items[n])) + 2 * padding();
        }
        return text;
    }

    void layOut(ItemText &text, const QStringList &units)
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
            own = document(ownHtml, textWidth());
            ownHeight = own->size().height();
            if (own->blockCount() != ownBlocks) {
                // Not one block per paragraph: the whole text as one document, shared with none.
                own = document(units.join(QString()), textWidth());
                text.textHeight = own->size().height();
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
        text.textHeight = y;
    }

public:
    // For the tests: each item's text laid out as above and as one document; the ids of the
    // items whose paragraphs or lines do not land where that one document puts them.
    QStringList layoutMismatches()
    {
        QStringList out;
        for (qsizetype p = 0; p < m_list.phases.size(); ++p) {
            for (qsizetype n = 0; n < m_list.phases[p].items.size(); ++n) {
                const QString html = m_texts[size_t(m_firstText[size_t(p)] + n)].units.join(QString());
                const ItemText &text = itemText(p, n);
                const auto whole = document(html, textWidth());
                const qreal wholeHeight = whole->size().height();
                QList<std::tuple<qreal, int, QList<qreal>>> a, b; // block y, lines, each line's y and height
                const auto add
                    = [](QList<std::tuple<qreal, int, QList<qreal>>> &list, const QTextBlock &block, qreal dy) {
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
                if (a != b || wholeHeight != text.textHeight)
                    out.append(m_list.phases[p].items[n].id);
            }
        }
        return out;
    }

private:
    // Owner, date and sign-off; a test adds its result above them.
    static int signFieldCount(const wizard::ChecklistItem &item) { return item.recordsResult ? 4 : 3; }
    qreal signHeight(const wizard::ChecklistItem &item) const { return signFieldCount(item) * pt(19); }

    void row(qsizetype p, qsizetype n)
    {
        const wizard::ChecklistPhase &phase = m_list.phases[p];
        const wizard::ChecklistItem &item = phase.items[n];
        ItemText &text = itemText(p, n);
        const qreal height = text.rowHeight;
        ensureSpace(height, &phase);
        if (m_painter) {
            const qreal xs[] = {m_left, m_left + m_colNum, m_left + m_colNum + m_colBox,
                                m_left + m_colNum + m_colBox + m_colText, m_right};
            m_painter->setPen(QPen(rule, pt(0.6)));
            m_painter->setBrush(Qt::NoBrush);
            for (int c = 0; c < 4; ++c)
                m_painter->drawRect(QRectF(xs[c], m_y, xs[c + 1] - xs[c], height));
            QFont font(u"DejaVu Sans"_s);
            font.setPointSizeF(8);
            m_painter->setFont(font);
            m_painter->setPen(Qt::black);
            m_painter->drawText(QRectF(xs[0] + pt(3), m_y + padding(), m_colNum, pt(12)), Qt::AlignLeft,
                                wizard::checklistItemNumber(phase, n));
            const QRectF box(xs[1] + (m_colBox - pt(10)) / 2, m_y + padding(), pt(10), pt(10));
            m_painter->setPen(QPen(Qt::black, pt(0.8)));
            m_painter->drawRect(box);
            if (item.state.done) {
                m_painter->setPen(QPen(accent, pt(1.4)));
                m_painter->drawLine(box.topLeft() + QPointF(pt(2), pt(5)), box.topLeft() + QPointF(pt(4.2), pt(8)));
                m_painter->drawLine(box.topLeft() + QPointF(pt(4.2), pt(8)), box.topLeft() + QPointF(pt(8.5), pt(2)));
            }
            drawItemText(text, xs[2] + padding(), m_y + padding());
            signCell(item, xs[3], m_y);
            text.spans.clear(); // painted: a shared paragraph goes with its last item
        }
        m_y += height;
    }

    void signCell(const wizard::ChecklistItem &item, qreal x, qreal y)
    {
        QFont label(u"DejaVu Sans"_s);
        label.setPointSizeF(6.5);
        QFont value(u"DejaVu Sans"_s);
        value.setPointSizeF(7.5);
        const QString labels[] = {tr("Result"), tr("Owner"), tr("Date"), tr("Sign-off")};
        const QString values[] = {item.state.result, item.state.owner, item.state.date, item.state.signOff};
        const QFontMetricsF fm(value, m_device);
        const int first = item.recordsResult ? 0 : 1;
        for (int i = first; i < 4; ++i) {
            const qreal top = y + padding() + (i - first) * pt(19);
            m_painter->setFont(label);
            m_painter->setPen(QColor(0x77, 0x77, 0x77));
            drawLabel(QRectF(x + pt(3), top, m_colSign - pt(6), pt(8)), Qt::AlignLeft | Qt::AlignTop, labels[i]);
            m_painter->setFont(value);
            m_painter->setPen(Qt::black);
            drawLabel(QRectF(x + pt(3), top + pt(7), m_colSign - pt(6), pt(9)), Qt::AlignLeft | Qt::AlignTop,
                      fm.elidedText(values[i], Qt::ElideRight, m_colSign - pt(6)));
            m_painter->setPen(QPen(QColor(0x99, 0x99, 0x99), pt(0.4), Qt::DotLine));
            m_painter->drawLine(QPointF(x + pt(3), top + pt(16.5)), QPointF(x + m_colSign - pt(3), top + pt(16.5)));
        }
    }

    const wizard::Checklist &m_list;
    QPagedPaintDevice *m_device;
    const PageProgress &m_progress;
    bool m_cancelled = false;
    QPainter *m_painter = nullptr;
    qreal m_left = 0, m_right = 0, m_top = 0, m_bottom = 0, m_pageHeight = 0;
    qreal m_colNum = 0, m_colBox = 0, m_colText = 0, m_colSign = 0;
    qreal m_y = 0;
    int m_page = 1;
    int m_total = 1;
    std::optional<QString> m_headerName; // the title in the page header, elided to fit
    std::unordered_map<QString, std::unique_ptr<QTextLayout>> m_labels; // drawLabel(), by font and text
    std::vector<ItemText> m_texts; // by phase, then item
    QHash<QString, int> m_unitUses; // how many times each paragraph is in the checklist
    QHash<QString, SharedText> m_sharedTexts; // by unit, until every item is laid out
    mutable QHash<qreal, qreal> m_margins; // marginAsLaidOut()
    std::vector<qsizetype> m_firstText; // each phase's first item in m_texts
};
} // namespace

int checklistResolution()
{
    return dpi;
}

QStringList checklistTextLayoutMismatches(const wizard::Checklist &checklist, QPagedPaintDevice &device)
{
    ChecklistPainter layout(checklist, &device, {});
    return layout.layoutMismatches();
}

QString checklistCancelledMessage()
{
    return tr("the export was cancelled; nothing was written");
}

std::optional<QString> paintChecklist(const wizard::Checklist &checklist, QPagedPaintDevice &device,
                                      const QList<DiagramPage> &diagrams, const QList<FigurePage> &figures,
                                      const PageProgress &progress)
{
    // Every page is portrait, the diagrams' too (turned a quarter, see below): Qt's print
    // preview shows all pages at one size, so a document that mixed orientations would
    // preview differently from its print and PDF. Set here because a printer keeps the
    // orientation of its last page across repaints of the preview.
    device.setPageOrientation(QPageLayout::Portrait);
    ChecklistPainter layout(checklist, &device, progress);
    const int pages = layout.run(nullptr, 0); // first pass: count the pages
    if (layout.cancelled())
        return checklistCancelledMessage();
    QPainter painter;
    if (!painter.begin(&device))
        return tr("cannot paint the checklist");
    const int total = pages + int(figures.size()) + int(diagrams.size());
    layout.run(&painter, total);
    if (layout.cancelled()) {
        painter.end();
        return checklistCancelledMessage();
    }
    // Charts (and diagrams wider than tall) are drawn across the page's length, their top
    // at its left edge (how a landscape page sits in a portrait report). The footer stays
    // upright.
    const TextMeasure measure = fontTextMeasure();
    const qsizetype extra = figures.size() + diagrams.size();
    for (qsizetype i = 0; i < extra; ++i) {
        if (progress && !progress(pages + int(i), total)) {
            painter.end();
            return checklistCancelledMessage();
        }
        device.newPage();
        const QRect page = device.pageLayout().fullRectPixels(dpi);
        const QRectF turned(mm(15) + pt(14), mm(15), page.height() - mm(30) - pt(14), page.width() - mm(30));
        const QRectF upright(mm(15), mm(15), page.width() - mm(30), page.height() - mm(30) - pt(14));
        painter.save();
        if (i < figures.size()) {
            painter.translate(0, page.height());
            painter.rotate(-90);
            paintFigurePage(painter, figures[i], turned);
        } else {
            // A diagram is turned only when that prints it larger (Part B below Part A
            // makes most of them taller than wide).
            const DiagramPage &diagram = diagrams[i - figures.size()];
            const auto fit = [&diagram](const QRectF &area) {
                const QSizeF c = diagram.layout.canvas;
                return std::min(area.width() / c.width(), area.height() / c.height());
            };
            if (fit(turned) > fit(upright)) {
                painter.translate(0, page.height());
                painter.rotate(-90);
                paintDiagramPage(painter, diagram, measure, turned, dpi);
            } else {
                paintDiagramPage(painter, diagram, measure, upright, dpi);
            }
        }
        painter.restore();
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(7.5);
        painter.setFont(font);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(mm(15), page.height() - mm(15) - pt(10), page.width() - mm(30), pt(10)),
                         Qt::AlignHCenter | Qt::AlignVCenter, tr("Page %1 of %2").arg(pages + i + 1).arg(total));
    }
    if (!painter.end())
        return tr("cannot finish painting the checklist");
    if (progress)
        progress(total, total);
    return std::nullopt;
}

std::optional<QString> writeChecklistPdf(const wizard::Checklist &checklist, const QString &path, PaperSize paper,
                                         const QList<DiagramPage> &diagrams, const QList<FigurePage> &figures,
                                         const PageProgress &progress)
{
    // Painted into memory first: the previous PDF stays whole until the new one is
    // complete (one atomic write, like every file CoexPlan writes).
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(dpi);
        writer.setPageSize(QPageSize(paper == PaperSize::A4 ? QPageSize::A4 : QPageSize::Letter));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setTitle(wizard::checklistDocumentTitle(checklist));
        writer.setCreator(u"CoexPlan"_s);
        if (const auto error = paintChecklist(checklist, writer, diagrams, figures, progress))
            return u"%1: %2"_s.arg(path, *error);
    }
    return wizard::writeFileAtomically(path, bytes);
}

} // namespace render
