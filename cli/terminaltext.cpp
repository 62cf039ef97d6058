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
    // Most pieces hold no control character: they pass as they are. In UTF-8 those
    // visibleControls() shows are single bytes (C0, DEL) or C2 80..C2 9F (C1); a piece
    // with one goes through it whole (the piece holds whole characters).
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    bool hasControl = false;
    for (qsizetype i = 0; i < n && !hasControl; ++i)
        hasControl = (p[i] < 0x80 && isControl(p[i])) || (p[i] == 0xc2 && i + 1 < n && p[i + 1] <= 0x9f);
    const QByteArray shown = hasControl ? visibleControls(QString::fromUtf8(bytes)).toUtf8() : bytes;
    QIODevice *device = m_target.device();
    if (device && m_target.encoding() == QStringConverter::Utf8) {
        m_target.flush();
        device->write(shown);
    } else {
        m_target << QString::fromUtf8(shown);
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
