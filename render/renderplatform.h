#pragma once

namespace render {

// Called before the application object exists: when no display is available (no
// DISPLAY / WAYLAND_DISPLAY and no explicit QT_QPA_PLATFORM), select Qt's offscreen
// platform so that the CLI can paint PDFs and images on a headless machine.
void selectOffscreenPlatformWhenHeadless();

// True when a window can be shown to someone: DISPLAY or WAYLAND_DISPLAY is set, or
// QT_QPA_PLATFORM names a platform that has a screen (not "offscreen" or "minimal",
// which draw nowhere: a wizard there would wait for input that never comes).
bool displayAvailable();

} // namespace render
