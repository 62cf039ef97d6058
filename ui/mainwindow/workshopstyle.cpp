#include "workshopstyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyleFactory>

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
