#include "textmeasure.h"

#include <QStringList>

namespace render {

qreal TextMeasure::widthOf(const QString &text, bool bold) const
{
    return width ? width(text, bold) : 0.0;
}

TextMeasure estimatedTextMeasure()
{
    TextMeasure m;
    const qreal body = m.fontPixelSize;
    const qreal title = m.titlePixelSize;
    m.width = [body, title](const QString &text, bool bold) {
        const qreal px = bold ? title : body;
        qreal em = 0;
        for (const QChar c : text) {
            if (c == u' ')
                em += 0.33;
            else if (QStringView(u".,:;'!|il()[]").contains(c))
                em += 0.34;
            else if (c.isUpper() || c.isDigit() || QStringView(u"mw@%&#").contains(c))
                em += 0.78;
            else
                em += 0.62;
        }
        return em * px * (bold ? 1.08 : 1.0);
    };
    return m;
}

QStringList wrapText(const TextMeasure &measure, const QString &text, qreal maxWidth, bool bold, qsizetype maxLines)
{
    if (maxLines == 0)
        return {};
    QStringList lines;
    QString current;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString candidate = current.isEmpty() ? word : current + u' ' + word;
        if (current.isEmpty() || measure.widthOf(candidate, bold) <= maxWidth) {
            current = candidate;
        } else {
            lines.append(current);
            if (lines.size() == maxLines)
                return lines;
            current = word;
        }
    }
    if (!current.isEmpty())
        lines.append(current);
    return lines;
}

} // namespace render
