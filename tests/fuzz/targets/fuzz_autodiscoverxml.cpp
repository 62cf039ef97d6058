// Autodiscover POX reader: parses or names the line where the XML breaks.
#include "imports/autodiscoverxml.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const wizard::AutodiscoverParseResult r = wizard::parseAutodiscoverXml(text);
    if (!r.response && r.error.isEmpty())
        __builtin_trap();
    return 0;
}
