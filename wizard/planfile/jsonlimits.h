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
    std::size_t offset = 0; // byte offset of the value that crossed the limit
    QString message;
};

// One pass over the bytes, no allocation: refuses JSON nested deeper than maxJsonDepth
// or holding more than maxJsonValues values before the parser builds anything (100 MB
// of "[" is refused at byte 65, not after gigabytes of nested arrays).
std::optional<JsonLimitError> checkJsonLimits(QByteArrayView json);

} // namespace wizard::planjson
