#pragma once

// A font-independent summary of an SVG written by the diagram painter: every text in
// painting order, and how many strokes of each colour and dash style there are. Golden
// files compare this, not coordinates (which depend on the installed fonts).
#include <QMap>
#include <QStringList>
#include <QXmlStreamReader>

namespace svgsummary {

using namespace Qt::StringLiterals;

struct Summary
{
    QStringList texts;
    QMap<QString, int> strokes; // "#c62828 dashed" -> count of lines/paths drawn with it
    bool wellFormed = false;

    QString toText() const
    {
        QString out;
        for (auto it = strokes.cbegin(); it != strokes.cend(); ++it)
            out += u"stroke %1: %2\n"_s.arg(it.key()).arg(it.value());
        for (const QString &t : texts)
            out += u"text: %1\n"_s.arg(t);
        return out;
    }
};

inline Summary summarize(const QByteArray &svg)
{
    Summary s;
    QXmlStreamReader xml(svg);
    QList<QString> strokeStack; // "<colour> <style>" of the enclosing <g>
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto attrs = xml.attributes();
            const QString name = xml.name().toString();
            if (name == u"g"_s) {
                QString stroke = strokeStack.isEmpty() ? QString() : strokeStack.last();
                if (attrs.hasAttribute(u"stroke"_s)) {
                    const QString colour = attrs.value(u"stroke"_s).toString();
                    const QString dash = attrs.value(u"stroke-dasharray"_s).toString();
                    stroke = colour == u"none"_s
                        ? QString()
                        : colour + (dash.isEmpty() || dash == u"none"_s ? u" solid"_s : u" dashed"_s);
                }
                strokeStack.append(stroke);
            } else if (name == u"text"_s) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                if (!text.isEmpty())
                    s.texts << text;
            } else if ((name == u"polyline"_s || name == u"line"_s) && !strokeStack.isEmpty()
                       && !strokeStack.last().isEmpty()) {
                s.strokes[strokeStack.last()] += 1;
            }
        } else if (xml.isEndElement() && xml.name() == u"g"_s && !strokeStack.isEmpty()) {
            strokeStack.removeLast();
        }
    }
    s.wellFormed = !xml.hasError();
    return s;
}

} // namespace svgsummary
