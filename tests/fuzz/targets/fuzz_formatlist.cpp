// Format-List parser: every non-blank line ends up in a record or in `unplaced`.
#include "imports/formatlist.h"
#include "imports/textdecoding.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList lines = wizard::splitImportLines(text);
    wizard::ParsedRecords out;
    wizard::parseFormatList(lines, 0, lines.size(), QString(), out);
    for (const wizard::PsRecord &r : out.records) {
        if (r.firstLine < 1 || r.lastLine < r.firstLine || r.lastLine > lines.size())
            __builtin_trap();
    }
    for (const wizard::UnplacedLine &u : out.unplaced) {
        if (u.line < 1 || u.line > lines.size())
            __builtin_trap();
    }
    return 0;
}
