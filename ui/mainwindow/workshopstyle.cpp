#include "workshopstyle.h"

#include "widgets/drawnicon.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QStyleFactory>
#include <QStyleOption>

#include <algorithm>

#include <cmath>

namespace ui {

WorkshopStyle::WorkshopStyle(const QString &baseKey, qreal scale)
    : QProxyStyle(baseKey)
    , m_scale(scale)
{ }

int WorkshopStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
    case PM_SmallIconSize:
    case PM_ListViewIconSize:
    case PM_TabBarIconSize:
    case PM_ButtonIconSize:
    case PM_ToolBarIconSize:
    case PM_ScrollBarExtent:
    case PM_ScrollBarSliderMin:
    case PM_TitleBarButtonIconSize:
    case PM_DockWidgetTitleBarButtonMargin:
    case PM_MenuButtonIndicator:
        return int(std::lround(base * m_scale));
    default:
        return base;
    }
}

QSize WorkshopStyle::sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &contentsSize,
                                      const QWidget *widget) const
{
    QSize size = QProxyStyle::sizeFromContents(type, option, contentsSize, widget);
    if (type == CT_PushButton && m_scale > 1.0) {
        // Room beside a button's label in proportion to its type, as at the normal size
        // (where the base style's minimum width gives short labels theirs): at the base
        // margins the workshop labels touched the button's border.
        const int pad = int(std::lround(contentsSize.height() * 0.6));
        size.setWidth(std::max(size.width(), contentsSize.width() + 2 * pad));
    }
    return size;
}

QIcon WorkshopStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    // A dock widget's float and close buttons: the base styles draw them from 10 px
    // pixmaps, which Qt never enlarges, so that they stayed small beside workshop type.
    // Drawn here at the (scaled) small icon size; the dock draws it at the size it asks.
    if (m_scale <= 1.0 || (standardIcon != SP_TitleBarCloseButton && standardIcon != SP_TitleBarNormalButton))
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    const int size = pixelMetric(PM_SmallIconSize, option, widget);
    const QColor ink = (option ? option->palette : QApplication::palette()).color(QPalette::WindowText);
    const bool close = standardIcon == SP_TitleBarCloseButton;
    return drawnIcon(size, ink, Qt::SquareCap, [close](QPainter &painter, qreal side) {
        const qreal inset = side / 5.0;
        const QRectF box(inset, inset, side - 2 * inset, side - 2 * inset);
        if (close) {
            painter.drawLine(box.topLeft(), box.bottomRight());
            painter.drawLine(box.topRight(), box.bottomLeft());
        } else {
            // Two overlapping windows: float / dock again.
            const qreal step = box.width() / 3;
            painter.drawRect(box.adjusted(step, 0, 0, -step));
            painter.setBrush(QApplication::palette().color(QPalette::Window));
            painter.drawRect(box.adjusted(0, step, -step, 0));
        }
    });
}

void WorkshopStyle::apply(qreal scale)
{
    // The key of the style the application started with, read once: later the current
    // style is a WorkshopStyle over it.
    static const QString baseKey = [] {
        const QStyle *current = QApplication::style();
        const QString name = current ? current->name() : QString();
        return name.isEmpty() ? QStringLiteral("Fusion") : name;
    }();
    if (const auto *current = qobject_cast<const WorkshopStyle *>(QApplication::style());
        current && qFuzzyCompare(current->scale(), scale))
        return;
    QApplication::setStyle(new WorkshopStyle(baseKey, scale));
}

} // namespace ui
