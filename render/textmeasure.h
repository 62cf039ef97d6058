#pragma once

#include <QString>

#include <functional>

namespace render {

// How wide a line of text is, in pixels, at the diagram's fixed font size. Layouts are
// pure functions of their inputs and this measure: the painters pass the real font's
// metrics, the unit tests the deterministic estimate below. Text is never shrunk: the
// canvas grows instead.
struct TextMeasure
{
    qreal fontPixelSize = 13; // labels, box subtitles, legend
    qreal titlePixelSize = 14; // box titles, region titles (bold)
    qreal lineHeight = 18; // per text line, both sizes
    std::function<qreal(const QString &text, bool bold)> width;

    qreal widthOf(const QString &text, bool bold = false) const;
};

// A conservative estimate of DejaVu Sans / Liberation Sans advances (wide capitals,
// narrow punctuation), independent of any installed font: deterministic everywhere.
TextMeasure estimatedTextMeasure();

// Word-wraps `text` so that no line is wider than `maxWidth` (a single word wider than
// that stays on its own line; the caller grows the canvas around it). With `maxLines`
// >= 0, stops after that many lines: they are the first lines of the whole wrap, the
// rest of the text is not measured.
QStringList wrapText(const TextMeasure &measure, const QString &text, qreal maxWidth, bool bold = false,
                     qsizetype maxLines = -1);

} // namespace render
