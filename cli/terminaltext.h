#pragma once

#include <QString>

namespace cli {

// What the CLI prints reaches a terminal: a plan value or an imported line holding ESC
// could change colours or the window title. Control characters other than line feed
// and tab (C0, DEL, C1) are shown as \xNN instead; everything the CLI prints passes
// here (JSON output is unchanged: its strings escape control characters already).
QString visibleControls(const QString &text);

} // namespace cli
