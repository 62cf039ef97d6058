#include "diagramexport.h"

#include "diagrampainter.h"
#include "svgtext.h"

#include "planfile/atomicwrite.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace render {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("render", text);
}

constexpr int Dpi = 96;
constexpr qreal PngScale = 1.5; // sharp on projectors and in documents, text stays at its fixed size

QSize pixelSize(const DiagramLayout &layout, qreal scale)
{
    return {int(std::ceil(layout.canvas.width() * scale)), int(std::ceil(layout.canvas.height() * scale))};
}

bool paintSvg(QIODevice *device, const DiagramLayout &layout, const TextMeasure &measure)
{
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setSize(pixelSize(layout, 1));
    svg.setViewBox(QRectF(QPointF(0, 0), layout.canvas));
    svg.setResolution(Dpi);
    // No setTitle()/setDescription(): QSvgGenerator writes them unescaped;
    // wellFormedSvg() adds them.
    QPainter p;
    if (!p.begin(&svg))
        return false;
    paintDiagram(p, layout, measure);
    return p.end();
}

} // namespace

std::optional<ImageFormat> imageFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg"_s)
        return ImageFormat::Svg;
    if (suffix == u"png"_s)
        return ImageFormat::Png;
    if (suffix == u"pdf"_s)
        return ImageFormat::Pdf;
    return std::nullopt;
}

QByteArray renderSvg(const DiagramLayout &layout, const TextMeasure &measure, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    paintSvg(&buffer, layout, measure);
    return wellFormedSvg(bytes, title, tr("CoexPlan diagram"));
}

std::optional<QString> exportDiagram(const DiagramLayout &layout, const TextMeasure &measure, const QString &path,
                                     const QString &title)
{
    const std::optional<ImageFormat> format = imageFormatForPath(path);
    if (!format)
        return tr("%1: unknown image format (use .svg, .png or .pdf)").arg(path);
    switch (*format) {
    case ImageFormat::Svg:
        return wizard::writeFileAtomically(path, renderSvg(layout, measure, title));
    case ImageFormat::Png: {
        QImage image(pixelSize(layout, PngScale), QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(int(Dpi * PngScale / 0.0254));
        image.setDotsPerMeterY(int(Dpi * PngScale / 0.0254));
        image.fill(Qt::white);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::TextAntialiasing);
            p.scale(PngScale, PngScale);
            paintDiagram(p, layout, measure);
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return tr("%1: cannot encode the PNG image").arg(path);
        return wizard::writeFileAtomically(path, bytes);
    }
    case ImageFormat::Pdf: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter pdf(&buffer);
            pdf.setTitle(title);
            pdf.setCreator(u"CoexPlan"_s);
            pdf.setResolution(Dpi);
            // One page the size of the canvas: a diagram is never split or shrunk.
            pdf.setPageSize(QPageSize(layout.canvas * 72.0 / Dpi, QPageSize::Point));
            pdf.setPageMargins(QMarginsF());
            QPainter p;
            if (!p.begin(&pdf))
                return tr("%1: cannot start the PDF").arg(path);
            paintDiagram(p, layout, measure);
            p.end();
        }
        return wizard::writeFileAtomically(path, bytes);
    }
    }
    return tr("%1: unknown image format (use .svg, .png or .pdf)").arg(path);
}

} // namespace render
