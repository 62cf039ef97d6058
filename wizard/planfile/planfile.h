#pragma once

#include "topology/topology.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace wizard {

// The .coexplan format: versioned JSON, documented in docs/plan-file.md with the
// JSON Schema docs/coexplan.schema.json.
inline constexpr int planFormatVersion = 1;
inline constexpr QLatin1String planFormatName("coexplan");
inline constexpr qint64 maxPlanFileBytes = qint64(256) * 1024 * 1024;

// An error that names its place: a JSON pointer ("/servers/2/version") for a value
// that is wrong, or a line and column for JSON that does not parse.
struct PlanError
{
    QString file; // may be empty when loading from memory
    QString pointer; // JSON pointer, empty when `line` is set
    int line = 0; // 1-based, 0 when not applicable
    int column = 0;
    QString message;

    // "plan.coexplan:12:5: ..." or "plan.coexplan: /servers/2/version: ..."
    QString toString() const;
};

struct PlanLoadResult
{
    std::optional<Plan> plan;
    std::optional<PlanError> error;

    bool ok() const { return plan.has_value(); }
};

PlanLoadResult parsePlan(const QByteArray &json, const QString &fileNameForMessages = {});
PlanLoadResult loadPlanFile(const QString &path);

QByteArray serializePlan(const Plan &plan);
// Atomic: writes a temporary file and renames it over `path` (QSaveFile); on failure
// the previous file is untouched. Returns an error message, or nullopt on success.
std::optional<QString> savePlanFile(const Plan &plan, const QString &path);

} // namespace wizard
