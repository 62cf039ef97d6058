// A JSON parser for plan files that builds a compact, read-only document in a few
// large blocks, instead of nlohmann's DOM of a heap node per value, a std::map per
// object and a std::string per key and string: loading a plan is mostly parsing it.
// It accepts exactly what nlohmann accepts, within the JsonLimitScanner's limits; what
// it refuses goes to the scanner and nlohmann, whose error positions the messages are
// made of (planfile.cpp), so that every message stays what it was. tst_jsondocument
// compares the parsers' documents.
#include "jsondocument.h"

#include "jsonlimits.h"

#include <algorithm>
#include <array>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>

namespace wizard::planjson {

namespace {
// Bytes a string can take without a closer look: not a quote, a backslash, a control
// character or the start of a UTF-8 sequence.
constexpr std::array<bool, 256> plainStringBytes()
{
    std::array<bool, 256> t{};
    for (int c = 0x20; c < 0x80; ++c)
        t[c] = true;
    t['"'] = false;
    t['\\'] = false;
    return t;
}
constexpr std::array<bool, 256> plainString = plainStringBytes();

int hexDigit(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The length of the well-formed UTF-8 sequence at `p` (RFC 3629, as nlohmann checks
// it), or 0.
std::size_t utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const auto in
        = [&](std::size_t i, unsigned char lo, unsigned char hi) { return p + i < end && p[i] >= lo && p[i] <= hi; };
    const unsigned char c = p[0];
    if (c >= 0xC2 && c <= 0xDF)
        return in(1, 0x80, 0xBF) ? 2 : 0;
    if (c == 0xE0)
        return in(1, 0xA0, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
        return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
    if (c == 0xED)
        return in(1, 0x80, 0x9F) && in(2, 0x80, 0xBF) ? 3 : 0;
    if (c == 0xF0)
        return in(1, 0x90, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3)
        return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    if (c == 0xF4)
        return in(1, 0x80, 0x8F) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    return 0;
}

void appendUtf8(std::string &out, unsigned int codepoint)
{
    if (codepoint < 0x80) {
        out += char(codepoint);
    } else if (codepoint <= 0x7FF) {
        out += char(0xC0u | (codepoint >> 6u));
        out += char(0x80u | (codepoint & 0x3Fu));
    } else if (codepoint <= 0xFFFF) {
        out += char(0xE0u | (codepoint >> 12u));
        out += char(0x80u | ((codepoint >> 6u) & 0x3Fu));
        out += char(0x80u | (codepoint & 0x3Fu));
    } else {
        out += char(0xF0u | (codepoint >> 18u));
        out += char(0x80u | ((codepoint >> 12u) & 0x3Fu));
        out += char(0x80u | ((codepoint >> 6u) & 0x3Fu));
        out += char(0x80u | (codepoint & 0x3Fu));
    }
}

bool isBlank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static_assert(maxJsonDepth == 64);
} // namespace

// Recursive descent over the bytes. Values being built wait on two stacks (array
// elements, object members) and move to the document's blocks when their container
// closes, so that every container's children are contiguous.
class JsonParser
{
public:
    JsonParser(JsonDocument &document, QByteArrayView json)
        : m_document(document)
        , m_p(reinterpret_cast<const unsigned char *>(json.data()))
        , m_end(m_p + json.size())
    { }

    bool parseDocument()
    {
        skipBlanks();
        if (!parseValue(m_document.m_root, 0))
            return false;
        skipBlanks();
        return m_p == m_end;
    }

private:
    // The JsonLimitScanner's count of values, kept the same way: openings and commas
    // (in valid JSON every comma outside a string separates two values).
    bool countComma() { return ++m_values <= maxJsonValues; }

    void skipBlanks()
    {
        while (m_p < m_end && isBlank(*m_p))
            ++m_p;
    }

    bool literal(const char *word, std::size_t length)
    {
        if (std::size_t(m_end - m_p) < length || std::memcmp(m_p, word, length) != 0)
            return false;
        m_p += length;
        return true;
    }

    bool parseValue(JsonValue &out, int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{':
            ++m_values;
            return depth < maxJsonDepth && parseObject(out, depth + 1);
        case '[':
            ++m_values;
            return depth < maxJsonDepth && parseArray(out, depth + 1);
        case '"': {
            std::string_view text;
            if (!parseString(text))
                return false;
            out.m_kind = JsonValue::Kind::String;
            out.m_text = text.data();
            out.m_size = std::uint32_t(text.size());
            return true;
        }
        case 't':
            out.m_kind = JsonValue::Kind::Boolean;
            out.m_boolean = true;
            return literal("true", 4);
        case 'f':
            out.m_kind = JsonValue::Kind::Boolean;
            out.m_boolean = false;
            return literal("false", 5);
        case 'n':
            out.m_kind = JsonValue::Kind::Null;
            return literal("null", 4);
        default:
            return parseNumber(out);
        }
    }

    // RFC 8259's grammar. Integers as nlohmann keeps them: a negative one as a signed,
    // any other as an unsigned 64-bit value, and one out of that range as a float (whose
    // value the plan never reads, but an infinite one is an error).
    bool parseNumber(JsonValue &out)
    {
        const unsigned char *const start = m_p;
        const bool negative = *m_p == '-';
        if (negative)
            ++m_p;
        if (m_p == m_end || *m_p < '0' || *m_p > '9')
            return false;
        std::uint64_t magnitude = 0;
        bool overflow = false;
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
                const unsigned digit = *m_p - '0';
                if (magnitude > (std::numeric_limits<std::uint64_t>::max() - digit) / 10)
                    overflow = true;
                magnitude = magnitude * 10 + digit;
                ++m_p;
            }
        }
        bool isFloat = false;
        const auto digits = [this] {
            if (m_p == m_end || *m_p < '0' || *m_p > '9')
                return false;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            return true;
        };
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return false;
            isFloat = true;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return false;
            isFloat = true;
        }
        constexpr auto minMagnitude = std::uint64_t(std::numeric_limits<long long>::max()) + 1;
        if (isFloat || overflow || (negative && magnitude > minMagnitude)) {
            out.m_kind = JsonValue::Kind::Float;
            return isFiniteAsNlohmannReadsIt(start);
        }
        if (negative) {
            out.m_kind = JsonValue::Kind::Integer;
            out.m_integer = magnitude == minMagnitude ? std::numeric_limits<long long>::min()
                                                      : -static_cast<long long>(magnitude);
        } else {
            out.m_kind = JsonValue::Kind::Unsigned;
            out.m_unsigned = magnitude;
        }
        return true;
    }

    // nlohmann refuses a number that is infinite as a double ("1e400", 400 digits): it
    // reads it as it does, with strtod and the locale's decimal point.
    bool isFiniteAsNlohmannReadsIt(const unsigned char *start) const
    {
        std::string number(reinterpret_cast<const char *>(start), std::size_t(m_p - start));
        const char point = *std::localeconv()->decimal_point;
        std::replace(number.begin(), number.end(), '.', point);
        return std::isfinite(std::strtod(number.c_str(), nullptr));
    }

    // At the opening quote. A string without escapes is a view of the input.
    bool parseString(std::string_view &text)
    {
        const unsigned char *start = ++m_p;
        for (;;) {
            while (m_p < m_end && plainString[*m_p])
                ++m_p;
            if (m_p == m_end)
                return false;
            if (*m_p == '"') {
                text = std::string_view(reinterpret_cast<const char *>(start), std::size_t(m_p - start));
                ++m_p;
                return true;
            }
            if (*m_p == '\\')
                break;
            if (*m_p < 0x20)
                return false;
            const std::size_t length = utf8SequenceLength(m_p, m_end);
            if (length == 0)
                return false;
            m_p += length;
        }
        // Escapes: decode into the document's storage.
        m_decoded.assign(reinterpret_cast<const char *>(start), std::size_t(m_p - start));
        while (m_p < m_end && *m_p != '"') {
            const unsigned char c = *m_p;
            if (c == '\\') {
                if (!decodeEscape())
                    return false;
            } else if (c < 0x20) {
                return false;
            } else if (c < 0x80) {
                m_decoded += char(c);
                ++m_p;
            } else {
                const std::size_t length = utf8SequenceLength(m_p, m_end);
                if (length == 0)
                    return false;
                m_decoded.append(reinterpret_cast<const char *>(m_p), length);
                m_p += length;
            }
        }
        if (m_p == m_end)
            return false;
        ++m_p;
        auto *copy = static_cast<char *>(m_document.allocate(std::max<std::size_t>(m_decoded.size(), 1), 1));
        std::memcpy(copy, m_decoded.data(), m_decoded.size());
        text = std::string_view(copy, m_decoded.size());
        return true;
    }

    int codeUnit() // after "\u"
    {
        if (m_end - m_p < 4)
            return -1;
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hexDigit(m_p[i]);
            if (d < 0)
                return -1;
            value = value * 16 + d;
        }
        m_p += 4;
        return value;
    }

    bool decodeEscape() // at the backslash
    {
        if (m_end - m_p < 2)
            return false;
        const unsigned char e = m_p[1];
        m_p += 2;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            m_decoded += char(e);
            return true;
        case 'b':
            m_decoded += '\b';
            return true;
        case 'f':
            m_decoded += '\f';
            return true;
        case 'n':
            m_decoded += '\n';
            return true;
        case 'r':
            m_decoded += '\r';
            return true;
        case 't':
            m_decoded += '\t';
            return true;
        case 'u':
            break;
        default:
            return false;
        }
        const int first = codeUnit();
        if (first < 0 || (first >= 0xDC00 && first <= 0xDFFF))
            return false;
        auto codepoint = unsigned(first);
        if (first >= 0xD800 && first <= 0xDBFF) {
            if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                return false;
            m_p += 2;
            const int second = codeUnit();
            if (second < 0xDC00 || second > 0xDFFF)
                return false;
            codepoint = ((unsigned(first) - 0xD800u) << 10u) + (unsigned(second) - 0xDC00u) + 0x10000u;
        }
        appendUtf8(m_decoded, codepoint);
        return true;
    }

    template <typename T> T *moveToDocument(std::vector<T> &stack, std::size_t from)
    {
        const std::size_t n = stack.size() - from;
        auto *block = static_cast<T *>(m_document.allocate(std::max<std::size_t>(n, 1) * sizeof(T), alignof(T)));
        std::uninitialized_copy(stack.begin() + std::ptrdiff_t(from), stack.end(), block);
        stack.resize(from);
        return block;
    }

    // After an element or a member: past the closing bracket (`closed`) or past a comma
    // (counted) and the blanks after it; false on anything else or at the end.
    bool nextOrClose(char close, bool &closed)
    {
        skipBlanks();
        if (m_p == m_end)
            return false;
        if (*m_p == close) {
            ++m_p;
            closed = true;
            return true;
        }
        if (*m_p != ',' || !countComma())
            return false;
        ++m_p;
        skipBlanks();
        closed = false;
        return true;
    }

    bool parseArray(JsonValue &out, int depth) // at the "["
    {
        ++m_p;
        const std::size_t from = m_elements.size();
        skipBlanks();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
        } else {
            for (;;) {
                JsonValue element;
                if (!parseValue(element, depth))
                    return false;
                m_elements.push_back(element);
                bool closed = false;
                if (!nextOrClose(']', closed))
                    return false;
                if (closed)
                    break;
            }
        }
        out.m_kind = JsonValue::Kind::Array;
        out.m_size = std::uint32_t(m_elements.size() - from);
        out.m_elements = moveToDocument(m_elements, from);
        return true;
    }

    bool parseObject(JsonValue &out, int depth) // at the "{"
    {
        ++m_p;
        const std::size_t from = m_members.size();
        skipBlanks();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
        } else {
            for (;;) {
                if (m_p == m_end || *m_p != '"')
                    return false;
                JsonMember member;
                if (!parseString(member.key))
                    return false;
                skipBlanks();
                if (m_p == m_end || *m_p != ':')
                    return false;
                ++m_p;
                skipBlanks();
                if (!parseValue(member.value, depth))
                    return false;
                m_members.push_back(member);
                bool closed = false;
                if (!nextOrClose('}', closed))
                    return false;
                if (closed)
                    break;
            }
        }
        // As nlohmann's std::map: members in key order, the last of equal keys kept.
        const auto first = m_members.begin() + std::ptrdiff_t(from);
        const auto byKey = [](const JsonMember &a, const JsonMember &b) { return a.key < b.key; };
        if (m_members.end() - first > 32) {
            std::stable_sort(first, m_members.end(), byKey);
        } else {
            // Most objects have a few members, often in order already.
            for (auto it = first + (first != m_members.end() ? 1 : 0); it < m_members.end(); ++it) {
                if (!byKey(*it, *(it - 1)))
                    continue;
                const JsonMember moved = *it;
                auto hole = it;
                do {
                    *hole = *(hole - 1);
                    --hole;
                } while (hole != first && byKey(moved, *(hole - 1)));
                *hole = moved;
            }
        }
        auto kept = first;
        for (auto it = first; it != m_members.end(); ++it) {
            if (it + 1 != m_members.end() && (it + 1)->key == it->key)
                continue;
            *kept++ = *it;
        }
        m_members.erase(kept, m_members.end());
        out.m_kind = JsonValue::Kind::Object;
        out.m_size = std::uint32_t(m_members.size() - from);
        out.m_members = moveToDocument(m_members, from);
        return true;
    }

    JsonDocument &m_document;
    const unsigned char *m_p;
    const unsigned char *m_end;
    std::vector<JsonValue> m_elements;
    std::vector<JsonMember> m_members;
    std::string m_decoded;
    std::size_t m_values = 1; // the root
};

bool JsonDocument::parse(QByteArrayView json)
{
    *this = JsonDocument();
    // A byte order mark, which nlohmann skips, is left to it: plan files have none.
    if (json.size() > std::numeric_limits<std::uint32_t>::max() || json.startsWith("\xEF"))
        return false;
    JsonParser parser(*this, json);
    if (parser.parseDocument())
        return true;
    *this = JsonDocument();
    return false;
}

} // namespace wizard::planjson
