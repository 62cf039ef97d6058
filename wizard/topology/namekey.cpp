#include "namekey.h"

#include <QChar>
#include <QVarLengthArray>

#include <cstring>

namespace wizard {

namespace {
constexpr quint64 beyondAscii = 0xff80ff80ff80ff80ULL; // any of four units >= 0x80

quint64 mixWord(quint64 h, quint64 word)
{
    return (h ^ word) * 0x9e3779b97f4a7c15ULL;
}

// Four ASCII units with their upper-case letters lowered: bit 7 of a lane is set by
// the first sum from 'A' (0x41) on, by the second from '[' (0x5b) on, so the lanes
// with both get 0x20.
quint64 lowerAsciiWord(quint64 word)
{
    const quint64 fromA = word + 0x003f003f003f003fULL;
    const quint64 pastZ = word + 0x0025002500250025ULL;
    return word | (((fromA & ~pastZ) & 0x0080008000800080ULL) >> 2);
}

quint64 wordAt(const char16_t *units)
{
    quint64 word;
    std::memcpy(&word, units, sizeof word);
    return word;
}

// Mixes `n` units into `h`, four to a word; when n is not a multiple of four the last
// word overlaps the one before. Folded: the units are case-folded already; else they
// are lowered here, and the answer is false (h unusable) at the first unit beyond ASCII.
template <bool Folded> bool mixUnits(const char16_t *units, qsizetype n, quint64 &h)
{
    const auto take = [&h](quint64 word) {
        if constexpr (!Folded) {
            if (word & beyondAscii)
                return false;
            word = lowerAsciiWord(word);
        }
        h = mixWord(h, word);
        return true;
    };
    if (n < 4) {
        quint64 word = 0;
        for (qsizetype i = 0; i < n; ++i)
            word |= quint64(units[i]) << (16 * i);
        return take(word);
    }
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4) {
        if (!take(wordAt(units + i)))
            return false;
    }
    return i == n || take(wordAt(units + n - 4));
}
} // namespace

namespace {
// Folds `text` unit by unit as compare(Qt::CaseInsensitive) folds (code points for
// surrogate pairs) and mixes it in. Out of line: most names never need it.
Q_NEVER_INLINE quint64 mixFolded(const char16_t *text, qsizetype n, quint64 h)
{
    QVarLengthArray<char16_t, 128> folded(n);
    for (qsizetype i = 0; i < n; ++i) {
        const char32_t c = text[i];
        if (c < 0x80) {
            folded[i] = char16_t(c >= U'A' && c <= U'Z' ? c + (U'a' - U'A') : c);
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text[i + 1])) {
            const char32_t pair = QChar::toCaseFolded(QChar::surrogateToUcs4(char16_t(c), text[i + 1]));
            folded[i] = QChar::highSurrogate(pair);
            folded[++i] = QChar::lowSurrogate(pair);
        } else {
            folded[i] = char16_t(QChar::toCaseFolded(c));
        }
    }
    mixUnits<true>(folded.constData(), n, h);
    return h;
}
} // namespace

// The case-folded text, four units to a word. ASCII names (the usual ones) are lowered
// a word at a time, any other folded first, so that equal keys hash alike.
size_t qHash(NameKey key, size_t seed) noexcept
{
    const char16_t *text = key.text.utf16();
    const qsizetype n = key.text.size();
    const quint64 start = (quint64(seed) ^ 0xcbf29ce484222325ULL) + quint64(n);
    quint64 h = start;
    if (!mixUnits<false>(text, n, h))
        h = mixFolded(text, n, start);
    // Final mixing: QHash picks buckets from the low bits.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return size_t(h);
}

} // namespace wizard
