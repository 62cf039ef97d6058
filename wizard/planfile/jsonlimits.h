#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <optional>

namespace wizard::planjson {

// A plan nests five levels deep; 64 leaves room and keeps the parser's recursion small.
inline constexpr int maxJsonDepth = 64;
// A 10,000-server plan has about 400,000 JSON values; every value costs the parser
// more memory than its bytes, so the count is bounded, not only the file size.
inline constexpr std::size_t maxJsonValues = 2'000'000;

struct JsonLimitError
{
    std::size_t offset = 0; // byte offset of the byte that crossed the limit
    int line = 1; // 1-based, of that byte
    int column = 1; // 1-based, in bytes
    QString message;
};

// Scans JSON as it is read, chunk by chunk, with no allocation: refuses nesting deeper
// than maxJsonDepth, more than maxJsonValues values and control bytes outside strings
// (no JSON has them) before the parser builds anything, so 100 MB of "[" is refused at
// byte 65 and /dev/zero at byte 1, while reading.
class JsonLimitScanner
{
public:
    std::optional<JsonLimitError> feed(QByteArrayView bytes);

private:
    std::size_t m_offset = 0; // of the next byte fed
    int m_line = 1;
    std::size_t m_lineStart = 0; // the offset of the first byte of the line
    std::size_t m_values = 1; // the root
    int m_depth = 0;
    bool m_inString = false;
    bool m_escaped = false;
};

// The whole document at once (parsePlan of bytes in memory).
std::optional<JsonLimitError> checkJsonLimits(QByteArrayView json);

} // namespace wizard::planjson
