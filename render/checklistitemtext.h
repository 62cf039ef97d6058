#pragma once

#include "exports/checklist.h"

#include <QHash>
#include <QPaintDevice>
#include <QPainter>
#include <QString>
#include <QStringList>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace render {

// The checklist PDF's text: HTML laid out by QTextDocument on the 600 dpi device.

// `text` as HTML: escaped, with a place to break in every long run without spaces.
QString checklistHtml(const QString &text);

// A document of `html` in the checklist's font, laid out once at `width` with the
// device's metrics, its shaped glyphs kept for painting.
std::unique_ptr<QTextDocument> checklistTextDocument(const QString &html, qreal width, QPaintDevice *device,
                                                     qreal pointSize = 8.5);

// The text of every checklist item (title, what to do, details, why, sources, commands,
// note, id), each laid out once when first needed and kept until painted. A paragraph
// that other items have word for word (the reason, the sources, a step for every server)
// is laid out once for all of them, in a document of its own; the paragraphs of one item
// alone are one document. An item's paragraphs are then stacked as one QTextDocument of
// the whole item would stack them: each starts where the one before it ends plus that
// one's bottom margin (every top margin is 0).
class ChecklistItemTexts
{
public:
    ChecklistItemTexts(QPaintDevice *device, qreal width);

    // Adds the next item; items are numbered from 0 in the order added.
    void add(const wizard::ChecklistItem &item);
    // The height of item `index`'s text, laid out on the first call.
    qreal height(qsizetype index);
    // Paints item `index`'s text with its top left at (x, y), then frees its layout.
    void paint(QPainter &painter, qsizetype index, qreal x, qreal y);
    // Frees the paragraphs kept for items not yet laid out, once every item is: each item
    // holds the shared paragraphs it uses from then on.
    void releaseShared() { m_sharedTexts.clear(); }

    // For the tests: each item laid out as above and as one document of the whole item;
    // the items whose paragraphs or lines land elsewhere than in the one document.
    QList<qsizetype> layoutMismatches();

private:
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
        qreal height = -1; // until laid out
    };
    struct SharedText
    {
        std::shared_ptr<const QTextDocument> document;
        qreal height = 0;
        qreal gapAfter = 0;
    };

    std::unique_ptr<QTextDocument> document(const QString &html) const
    {
        return checklistTextDocument(html, m_width, m_device);
    }
    ItemText &laidOut(qsizetype index);
    void layOut(ItemText &text, const QStringList &units);
    const SharedText &sharedText(const QString &unit);
    qreal marginAsLaidOut(qreal cssPixels) const;

    QPaintDevice *m_device;
    qreal m_width;
    std::vector<ItemText> m_texts;
    QHash<QString, int> m_unitUses; // how many times each paragraph is in the checklist
    QHash<QString, SharedText> m_sharedTexts; // by unit, until releaseShared()
    mutable QHash<qreal, qreal> m_margins; // marginAsLaidOut()
};

} // namespace render
