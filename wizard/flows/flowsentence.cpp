#include "flowsentence.h"

#include <algorithm>
#include <cstring>

namespace wizard {

namespace {
constexpr char16_t firstMarker = 0xE000; // private use: never produced by arg()

bool isMarker(char16_t c, qsizetype argCount)
{
    return c >= firstMarker && c < firstMarker + argCount;
}

QString applied(const QString &pattern, const QStringView *args, qsizetype argCount)
{
    switch (argCount) {
    case 1:
        return pattern.arg(args[0]);
    case 2:
        return pattern.arg(args[0], args[1]);
    default:
        return pattern.arg(args[0], args[1], args[2]);
    }
}
} // namespace

SentenceTemplate::SentenceTemplate(const QString &pattern, qsizetype argCount)
    : m_pattern(pattern)
    , m_argCount(std::clamp<qsizetype>(argCount, 1, 3))
{
    for (const QChar c : pattern) {
        if (isMarker(c.unicode(), m_argCount))
            return; // cannot tell the markers from the text: fill() calls arg()
    }
    const QString markers[3]
        = {QString(QChar(firstMarker)), QString(QChar(firstMarker + 1)), QString(QChar(firstMarker + 2))};
    const QStringView markerViews[3] = {markers[0], markers[1], markers[2]};
    const QString probe = applied(pattern, markerViews, m_argCount);
    qsizetype start = 0;
    for (qsizetype i = 0; i < probe.size(); ++i) {
        const char16_t c = probe.at(i).unicode();
        if (!isMarker(c, m_argCount))
            continue;
        m_pieces.append(probe.mid(start, i - start));
        m_slots.append(c - firstMarker);
        start = i + 1;
    }
    m_pieces.append(probe.mid(start));
    m_split = true;
}

QString SentenceTemplate::fill(std::initializer_list<QStringView> args) const
{
    const QStringView *arg = args.begin();
    const auto given = qsizetype(args.size());
    Q_ASSERT(given == m_argCount);
    if (given != m_argCount)
        return given == 0 ? m_pattern : applied(m_pattern, arg, std::min<qsizetype>(given, 3));
    if (!m_split)
        return applied(m_pattern, arg, m_argCount);
    qsizetype size = 0;
    for (const QString &piece : m_pieces)
        size += piece.size();
    for (const int slot : m_slots)
        size += arg[slot].size();
    // One allocation, then plain copies (append() checks capacity on every call).
    QString out(size, Qt::Uninitialized);
    QChar *to = out.data();
    const auto copy = [&to](QStringView text) {
        if (!text.isEmpty())
            std::memcpy(static_cast<void *>(to), text.data(), size_t(text.size()) * sizeof(QChar));
        to += text.size();
    };
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        copy(m_pieces.at(i));
        copy(arg[m_slots.at(i)]);
    }
    copy(m_pieces.constLast());
    return out;
}

} // namespace wizard
