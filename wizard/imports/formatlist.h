#pragma once

#include "psrecord.h"

#include <QStringList>

namespace wizard {

struct ParsedRecords
{
    QList<PsRecord> records;
    QList<UnplacedLine> unplaced;
};

// Parses lines [begin, end) as `Format-List` output (RULEBOOK §6, FACTS F35):
// "Name   : value" lines, by name, never by position; `{A, B}` sets and empty values
// are kept as printed (see psvalues.h); indented lines continue the previous value
// (wrapped DistinguishedName, Path...); a blank line, a shell prompt or a property
// name seen twice starts a new record. Everything else is reported in `unplaced`
// with its 1-based line number. Records carry `section`.
void parseFormatList(const QStringList &lines, qsizetype begin, qsizetype end, const QString &section,
                     ParsedRecords &out);

// "Name : value" at column 0; returns false for anything else. `name` and `value`
// are views into `line`.
bool splitPropertyLine(QStringView line, QStringView *name, QStringView *value);

} // namespace wizard
