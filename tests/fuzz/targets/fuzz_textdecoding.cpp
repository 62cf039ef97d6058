// Any bytes: decoding either succeeds or says why, never crashes.
#include "imports/textdecoding.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const wizard::TextDecodeResult r = wizard::decodeImportBytes(bytes);
    if (!r.decoded && r.error.isEmpty())
        __builtin_trap(); // a refusal must say why
    return 0;
}
