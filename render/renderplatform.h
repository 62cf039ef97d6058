#pragma once

namespace render {

// Called before the application object exists: when no display is available (no
// DISPLAY / WAYLAND_DISPLAY and no explicit QT_QPA_PLATFORM), select Qt's offscreen
// platform so that the CLI can paint PDFs and images on a headless machine.
void selectOffscreenPlatformWhenHeadless();

// True when a window can be shown: DISPLAY or WAYLAND_DISPLAY is set, or QT_QPA_PLATFORM
// names a platform explicitly (the caller asked for it).
bool displayAvailable();

} // namespace render
