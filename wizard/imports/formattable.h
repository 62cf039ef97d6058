#pragma once

#include "formatlist.h"

namespace wizard {

// True when lines[i] is a Format-Table header: the next line is the row of dashes
// under it ("------ ----------") and every dash group has header text above it.
bool isFormatTableHeaderAt(const QStringList &lines, qsizetype i);

// Parses a `Format-Table` block that starts with its header at `header` and runs to
// the first blank line, prompt or new table (or `end`); returns the index after it.
// Columns are cut at the dash groups; a cell ending in "..." (or "…") was truncated
// by the console and is marked `truncated` (an unknown value, never data). Rows of
// `Format-Table -Wrap` (empty first cell) continue the previous row.
qsizetype parseFormatTable(const QStringList &lines, qsizetype header, qsizetype end, const QString &section,
                           ParsedRecords &out);

bool isTruncatedCell(QStringView cell);

} // namespace wizard
