#include "terminaltext.h"

#include <QTextStream>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
bool isControl(char32_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
}

void appendVisible(QByteArray &out, unsigned code)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append("\\x");
    out.append(hex[(code >> 4) & 0xf]);
    out.append(hex[code & 0xf]);
}

// How many bytes at the end of `data` start a UTF-8 sequence that is not complete yet.
qsizetype incompleteTail(const char *data, qsizetype size)
{
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, size); ++back) {
        const auto byte = static_cast<unsigned char>(data[size - back]);
        if ((byte & 0xc0) == 0x80)
            continue; // a continuation byte: look further back for its lead
        const qsizetype length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}
} // namespace

QString visibleControls(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isControl(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            out += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
        else
            out += c;
    }
    return out;
}

VisibleControlsDevice::VisibleControlsDevice(QTextStream &target)
    : m_target(target)
{
    open(QIODevice::WriteOnly);
}

VisibleControlsDevice::~VisibleControlsDevice()
{
    finish();
}

qint64 VisibleControlsDevice::writeData(const char *data, qint64 size)
{
    QByteArray bytes = m_held;
    bytes.append(data, size);
    const qsizetype tail = incompleteTail(bytes.constData(), bytes.size());
    m_held = bytes.right(tail);
    bytes.chop(tail);
    forward(bytes);
    return size;
}

void VisibleControlsDevice::forward(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    // As visibleControls(): C0 other than line feed and tab, DEL (single bytes in UTF-8)
    // and C1 (U+0080..U+009F: C2 80..C2 9F) become \xNN; all else passes unchanged.
    const QByteArray *shown = &bytes;
    const auto *begin = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = begin + bytes.size();
    const auto needsChange = [&] {
        for (const unsigned char *p = begin; p < end; ++p) {
            if ((*p < 0x80 && isControl(*p)) || (*p == 0xc2 && p + 1 < end && p[1] >= 0x80 && p[1] <= 0x9f))
                return true;
        }
        return false;
    };
    if (needsChange()) {
        m_out.clear();
        m_out.reserve(bytes.size() + 16);
        for (const unsigned char *p = begin; p < end; ++p) {
            if (*p < 0x80 && isControl(*p)) {
                appendVisible(m_out, *p);
            } else if (*p == 0xc2 && p + 1 < end && p[1] >= 0x80 && p[1] <= 0x9f) {
                appendVisible(m_out, p[1]);
                ++p;
            } else {
                m_out.append(char(*p));
            }
        }
        shown = &m_out;
    }
    QIODevice *device = m_target.device();
    if (device && m_target.encoding() == QStringConverter::Utf8) {
        m_target.flush();
        device->write(*shown);
    } else {
        m_target << QString::fromUtf8(*shown);
    }
}

void VisibleControlsDevice::finish()
{
    if (!m_held.isEmpty()) {
        const QByteArray held = std::exchange(m_held, {});
        forward(held);
    }
    m_target.flush();
}

} // namespace cli
