#include "svgtext.h"

using namespace Qt::StringLiterals;

namespace render {

namespace {
constexpr char16_t replacement = 0xfffd;

bool xmlForbiddenControl(char16_t c)
{
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
}
} // namespace

QString xmlEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case u'&':
            out += u"&amp;"_s;
            continue;
        case u'<':
            out += u"&lt;"_s;
            continue;
        case u'>':
            out += u"&gt;"_s;
            continue;
        case u'"':
            out += u"&quot;"_s;
            continue;
        case u'\'':
            out += u"&apos;"_s;
            continue;
        case u'\r': // a parser reads a raw CR as a line feed
            out += u"&#13;"_s;
            continue;
        default:
            break;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += text[i];
            out += text[++i];
        } else if (xmlForbiddenControl(c) || QChar::isSurrogate(c) || c == 0xfffe || c == 0xffff) {
            out += QChar(replacement);
        } else {
            out += QChar(c);
        }
    }
    return out;
}

QByteArray wellFormedSvg(const QByteArray &generated, const QString &title, const QString &description)
{
    QByteArray svg;
    svg.reserve(generated.size() + 256);
    // UTF-8 bytes below 0x20 are always whole characters: replacing them byte by byte
    // cannot split a multi-byte sequence.
    for (const char byte : generated) {
        if (xmlForbiddenControl(char16_t(static_cast<unsigned char>(byte))))
            svg += "\xEF\xBF\xBD";
        else
            svg += byte;
    }
    // The generator writes its own plain <title> and <desc> ("Qt SVG Document"); their
    // content is replaced, else they are added after the <svg> start tag.
    const auto setElement = [&svg](const QByteArray &name, const QString &text) {
        const QByteArray open = '<' + name + '>';
        const QByteArray close = "</" + name + '>';
        const QByteArray content = xmlEscaped(text).toUtf8();
        const qsizetype start = svg.indexOf(open);
        const qsizetype end = start < 0 ? -1 : svg.indexOf(close, start);
        if (end >= 0) {
            svg.replace(start + open.size(), end - start - open.size(), content);
            return;
        }
        const qsizetype tag = svg.indexOf("<svg");
        const qsizetype tagEnd = tag < 0 ? -1 : svg.indexOf('>', tag);
        if (tagEnd >= 0)
            svg.insert(tagEnd + 1, '\n' + open + content + close);
    };
    setElement("desc", description);
    setElement("title", title);
    return svg;
}

} // namespace render
