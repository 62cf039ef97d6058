#pragma once

namespace render {

// Called before the application object exists. Selects Qt's offscreen platform unless
// QT_QPA_PLATFORM names one: the CLI paints PDFs and images but never shows a window,
// so it must not depend on a display server (an unreachable DISPLAY, as in an ssh
// session with a stale forwarding, would otherwise abort it in the xcb plugin).
void selectOffscreenPlatform();

// Like selectOffscreenPlatform(), but only when no display is available (no DISPLAY /
// WAYLAND_DISPLAY and no explicit QT_QPA_PLATFORM): for tools that may show windows.
void selectOffscreenPlatformWhenHeadless();

// Called before the application object exists, by the GUI and the CLI alike. Headless
// sessions (CI, ssh, cron, su, xvfb-run) often have no XDG_RUNTIME_DIR; Qt then falls
// back to a private directory under /tmp with a "QStandardPaths: XDG_RUNTIME_DIR not
// set" warning on stderr, noise in the CLI's diagnostics. Create that directory
// ourselves (owner only, as the XDG spec asks) and point XDG_RUNTIME_DIR at it.
void ensurePrivateRuntimeDirectory();

// True when a window can be shown to someone: DISPLAY or WAYLAND_DISPLAY is set, or
// QT_QPA_PLATFORM names a platform that has a screen (not "offscreen" or "minimal",
// which draw nowhere: a wizard there would wait for input that never comes).
bool displayAvailable();

} // namespace render
