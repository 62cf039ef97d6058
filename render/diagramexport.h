#pragma once

#include "diagramlayout.h"

#include <QString>

#include <optional>

namespace render {

enum class ImageFormat { Svg, Png, Pdf };
// From the file name's suffix (case-insensitive): .svg, .png, .pdf.
std::optional<ImageFormat> imageFormatForPath(const QString &path);

// Paints `layout` (made with `measure`, normally fontTextMeasure()) into `path` in the
// format its suffix names. Returns an error message naming the file, or nothing.
// Needs a Gui application (the offscreen platform will do).
std::optional<QString> exportDiagram(const DiagramLayout &layout, const TextMeasure &measure, const QString &path,
                                     const QString &title);

// The same as bytes, for tests and for embedding (SVG and PNG).
QByteArray renderSvg(const DiagramLayout &layout, const TextMeasure &measure, const QString &title);

} // namespace render
