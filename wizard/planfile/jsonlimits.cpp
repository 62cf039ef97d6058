#include "jsonlimits.h"

#include <QCoreApplication>

#include <array>

namespace wizard::planjson {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}
} // namespace

namespace {
// What a byte means to the scanner outside a string (Plain: nothing to do).
enum ByteClass : unsigned char { Plain, Quote, Open, Close, Comma, NewLine, Control };

constexpr std::array<unsigned char, 256> outsideClasses()
{
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 0x20; ++c)
        t[c] = Control;
    t['\t'] = Plain;
    t['\r'] = Plain;
    t['\n'] = NewLine;
    t['"'] = Quote;
    t['['] = Open;
    t['{'] = Open;
    t[']'] = Close;
    t['}'] = Close;
    t[','] = Comma;
    return t;
}
constexpr std::array<unsigned char, 256> outside = outsideClasses();

// Inside a string only the closing quote, a backslash and a line feed (for the line count) matter.
constexpr std::array<bool, 256> insideStops()
{
    std::array<bool, 256> t{};
    t['"'] = true;
    t['\\'] = true;
    t['\n'] = true;
    return t;
}
constexpr std::array<bool, 256> inside = insideStops();
} // namespace

std::optional<JsonLimitError> JsonLimitScanner::feed(QByteArrayView bytes)
{
    // The bytes are visited in runs (a string's text, blanks and digits between
    // structural characters) and the column is known from where the line starts: this
    // scan runs over every byte of every plan loaded, before the parser.
    const auto *const begin = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *const end = begin + bytes.size();
    const std::size_t base = m_offset; // the offset of `begin`
    const auto at = [&](const unsigned char *p, QString message) {
        const std::size_t offset = base + std::size_t(p - begin);
        return JsonLimitError{offset, m_line, int(offset - m_lineStart) + 1, std::move(message)};
    };
    const auto newLine = [&](const unsigned char *p) {
        ++m_line;
        m_lineStart = base + std::size_t(p - begin) + 1;
    };
    const unsigned char *p = begin;
    while (p < end) {
        if (m_inString) {
            if (m_escaped) {
                m_escaped = false;
                if (*p == '\n')
                    newLine(p);
                ++p;
                continue;
            }
            while (p < end && !inside[*p])
                ++p;
            if (p == end)
                break;
            if (*p == '\\')
                m_escaped = true;
            else if (*p == '"')
                m_inString = false;
            else
                newLine(p);
            ++p;
            continue;
        }
        while (p < end && outside[*p] == Plain)
            ++p;
        if (p == end)
            break;
        switch (outside[*p]) {
        case Quote:
            m_inString = true;
            break;
        case Open:
            if (++m_depth > maxJsonDepth)
                return at(p, tr("the JSON is nested deeper than %1 levels (a plan needs five)").arg(maxJsonDepth));
            ++m_values; // a first element, if any; the others follow a comma
            break;
        case Close:
            --m_depth;
            break;
        case Comma:
            if (++m_values > maxJsonValues)
                return at(p, tr("the JSON holds more than %1 values, more than any plan has").arg(maxJsonValues));
            break;
        case NewLine:
            newLine(p);
            break;
        default: // Control
            return at(p,
                      tr("this is not JSON (a control byte 0x%1 outside a string)").arg(*p, 2, 16, QLatin1Char('0')));
        }
        ++p;
    }
    m_offset = base + std::size_t(bytes.size());
    return std::nullopt;
}

std::optional<JsonLimitError> checkJsonLimits(QByteArrayView json)
{
    return JsonLimitScanner().feed(json);
}

} // namespace wizard::planjson
