#pragma once

#include <QPainter>
#include <QRectF>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <unordered_map>

namespace render {

// QPainter::drawText(rect, flags, text) for one line of text painted many times (a label
// of the checklist's sign-off cell, its page header, a table header), with its layout
// made once: QPainter lays the text out and shapes it again on every call.
class LabelPainter
{
public:
    // Placed as QPainter places one line (qt_format_text): at the top of its box (the
    // line's ascent + descent centred for AlignVCenter), moved by its advance for
    // AlignRight and AlignHCenter, clipped to the rectangle when it does not fit. In the
    // painter's font and pen.
    void draw(QPainter &painter, const QRectF &r, int flags, const QString &text);

private:
    std::unordered_map<QString, std::unique_ptr<QTextLayout>> m_layouts; // by font and text
};

} // namespace render
