#pragma once

#include "flows/flow.h"

#include <QIcon>

namespace ui {

// A verdict's icon, as the diagrams draw it (render::paintVerdictIcon): the colour-free
// cue beside the verdict's colour, for the Review step's list and the connection matrix.
// Drawn once per verdict; GUI thread only, like every widget.
QIcon verdictIcon(wizard::Verdict verdict);

} // namespace ui
