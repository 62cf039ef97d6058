#pragma once

#include "importresult.h"

#include <QString>

namespace wizard {

// The text `coexplan import` prints: per file what was recognised (format, encoding,
// records and the plan elements they filled), per server the captured fields, then
// every unplaced line, warning and note with file:line, then the conflicts.
QString importReportText(const ImportResult &result);

} // namespace wizard
