#pragma once

#include <QString>

class QLabel;

namespace wizard {
struct CutoverStep;
}

namespace ui {

// What the Cutover step says of a step's gate: "Ready", "Not planned", or "Blocked by"
// its rule ids (up to six; the tooltip texts list them all).
QString gateText(const wizard::CutoverStep &step);
// Every rule that blocks `step` (the gate's tooltip).
QString blockedByAll(const wizard::CutoverStep &step);
// The tooltip of a dated step that is still blocked (CUT-001).
QString cut001Text(const wizard::CutoverStep &step);
// A gate wraps rather than widen the page past the window, but never below a rule id.
int gateMinimumWidth(const QLabel *gate);

} // namespace ui
