#include "checklistpdf.h"

#include "checklistitemtext.h"
#include "diagrampainter.h"
#include "exports/checklistformats.h"
#include "labelpainter.h"
#include "planfile/atomicwrite.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace render {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("render", text);
}

QString h(const QString &text)
{
    return checklistHtml(text);
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
        m_texts.emplace(device, textWidth());
        qsizetype items = 0;
        for (const wizard::ChecklistPhase &phase : list.phases) {
            m_firstText.push_back(items);
            for (const wizard::ChecklistItem &item : phase.items)
                m_texts->add(item);
            items += phase.items.size();
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
        m_texts->releaseShared();
        return m_page;
    }
    bool cancelled() const { return m_cancelled; }

private:
    void drawDocument(QTextDocument &doc, qreal x, qreal y)
    {
        if (!m_painter)
            return;
        m_painter->save();
        m_painter->translate(x, y);
        doc.drawContents(m_painter);
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
        m_labels.draw(*m_painter, header, Qt::AlignLeft | Qt::AlignVCenter, *m_headerName);
        m_labels.draw(*m_painter, header, Qt::AlignRight | Qt::AlignVCenter, date);
        m_painter->setPen(QPen(accent, pt(0.8)));
        m_painter->drawLine(QPointF(m_left, headerY + pt(14)), QPointF(m_right, headerY + pt(14)));
        m_painter->setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(m_left, m_pageHeight - mm(15) - pt(10), m_right - m_left, pt(10));
        m_painter->drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter, tr("Page %1 of %2").arg(m_page).arg(m_total));
        if (!m_list.organization.isEmpty())
            m_labels.draw(*m_painter, footer, Qt::AlignLeft | Qt::AlignVCenter, m_list.organization);
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
        const auto doc = checklistTextDocument(html, m_right - m_left, m_device, 9);
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
                m_labels.draw(*m_painter, cell.adjusted(pt(3), 0, -pt(2), 0), Qt::AlignLeft | Qt::AlignVCenter,
                              labels[c]);
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
        const auto heading = checklistTextDocument(html, m_right - m_left, m_device);
        // Keep the heading with the table header and the first row.
        const qreal firstRow = phase.items.isEmpty() ? 0 : rowHeight(p, 0);
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

    qreal textWidth() const { return m_colText - 2 * padding(); }

    qreal rowHeight(qsizetype p, qsizetype n)
    {
        return std::max(m_texts->height(m_firstText[size_t(p)] + n), signHeight(m_list.phases[p].items[n]))
            + 2 * padding();
    }

public:
    // For the tests: the ids of the items whose text ChecklistItemTexts stacks elsewhere
    // than one document of the whole item would put it.
    QStringList layoutMismatches()
    {
        QStringList ids;
        for (const qsizetype index : m_texts->layoutMismatches()) {
            const auto phase = std::upper_bound(m_firstText.cbegin(), m_firstText.cend(), index) - 1;
            ids.append(m_list.phases[phase - m_firstText.cbegin()].items[index - *phase].id);
        }
        return ids;
    }

private:
    // Owner, date and sign-off; a test adds its result above them.
    static int signFieldCount(const wizard::ChecklistItem &item) { return item.recordsResult ? 4 : 3; }
    qreal signHeight(const wizard::ChecklistItem &item) const { return signFieldCount(item) * pt(19); }

    void row(qsizetype p, qsizetype n)
    {
        const wizard::ChecklistPhase &phase = m_list.phases[p];
        const wizard::ChecklistItem &item = phase.items[n];
        const qreal height = rowHeight(p, n);
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
            m_texts->paint(*m_painter, m_firstText[size_t(p)] + n, xs[2] + padding(), m_y + padding());
            signCell(item, xs[3], m_y);
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
            m_labels.draw(*m_painter, QRectF(x + pt(3), top, m_colSign - pt(6), pt(8)), Qt::AlignLeft | Qt::AlignTop,
                          labels[i]);
            m_painter->setFont(value);
            m_painter->setPen(Qt::black);
            m_labels.draw(*m_painter, QRectF(x + pt(3), top + pt(7), m_colSign - pt(6), pt(9)),
                          Qt::AlignLeft | Qt::AlignTop, fm.elidedText(values[i], Qt::ElideRight, m_colSign - pt(6)));
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
    LabelPainter m_labels;
    std::optional<ChecklistItemTexts> m_texts; // by phase, then item
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
    return paintChecklistAwaitingDiagrams(
        checklist, device, [&diagrams] { return diagrams; }, figures, progress);
}

std::optional<QString> paintChecklistAwaitingDiagrams(const wizard::Checklist &checklist, QPagedPaintDevice &device,
                                                      const DiagramSource &diagramSource,
                                                      const QList<FigurePage> &figures, const PageProgress &progress)
{
    // Every page is portrait, the diagrams' too (turned a quarter, see below): Qt's print
    // preview shows all pages at one size, so a document that mixed orientations would
    // preview differently from its print and PDF. Set here because a printer keeps the
    // orientation of its last page across repaints of the preview.
    device.setPageOrientation(QPageLayout::Portrait);
    ChecklistPainter layout(checklist, &device, progress);
    const int pages = layout.run(nullptr, 0); // first pass: count the pages
    const QList<DiagramPage> diagrams = diagramSource ? diagramSource() : QList<DiagramPage>();
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
    return writeChecklistPdfAwaitingDiagrams(
        checklist, path, paper, [&diagrams] { return diagrams; }, figures, progress);
}

std::optional<QString> writeChecklistPdfAwaitingDiagrams(const wizard::Checklist &checklist, const QString &path,
                                                         PaperSize paper, const DiagramSource &diagrams,
                                                         const QList<FigurePage> &figures, const PageProgress &progress)
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
        if (const auto error = paintChecklistAwaitingDiagrams(checklist, writer, diagrams, figures, progress))
            return u"%1: %2"_s.arg(path, *error);
    }
    return wizard::writeFileAtomically(path, bytes);
}

} // namespace render
