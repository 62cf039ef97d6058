#pragma once

#include <QProxyStyle>

namespace ui {

// The application's style with its indicator, icon and scroll-bar sizes scaled, for
// workshop mode: check boxes, radio buttons, the icons in tables, line edits, tabs and
// buttons, and the scroll bars grow with the type (a font alone leaves them at their
// normal pixel size). Scale 1 draws exactly as the base style.
class WorkshopStyle : public QProxyStyle
{
    Q_OBJECT

public:
    WorkshopStyle(const QString &baseKey, qreal scale);

    qreal scale() const { return m_scale; }
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &contentsSize,
                           const QWidget *widget = nullptr) const override;

    // Makes the application's style a WorkshopStyle of `scale` over the style it started
    // with (every window restyles itself).
    static void apply(qreal scale);

private:
    qreal m_scale;
};

} // namespace ui
