// The whole import: detection, parsers, mappers and the merge into an empty plan.
// Split the input in two "files" at the first NUL so that conflicts are reachable.
#include "imports/planimport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray all(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype cut = all.indexOf('\0');
    QList<wizard::ImportSource> sources;
    sources.append({QStringLiteral("a.txt"), wizard::decodeImportBytes(cut < 0 ? all : all.left(cut))});
    if (cut >= 0)
        sources.append({QStringLiteral("b.txt"), wizard::decodeImportBytes(all.mid(cut + 1))});
    const wizard::ImportOutcome o = wizard::importIntoPlan(sources, wizard::Plan());
    if (o.result.succeeded() && o.result.servers.size() != o.plan.topology.servers.size())
        __builtin_trap(); // every imported server is in the plan, once
    return 0;
}
