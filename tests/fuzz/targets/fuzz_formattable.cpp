// Format-Table parser, started at every line that looks like a header.
#include "imports/formattable.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList lines = wizard::splitImportLines(text);
    wizard::ParsedRecords out;
    for (qsizetype i = 0; i < lines.size();) {
        if (wizard::isFormatTableHeaderAt(lines, i)) {
            const qsizetype next = wizard::parseFormatTable(lines, i, lines.size(), QString(), out);
            if (next <= i || next > lines.size())
                __builtin_trap(); // must make progress and stay in bounds
            i = next;
        } else {
            ++i;
        }
    }
    return 0;
}
