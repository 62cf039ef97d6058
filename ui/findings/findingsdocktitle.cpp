#include "findingsdocktitle.h"

#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace ui {

FindingsDockTitle::FindingsDockTitle(QDockWidget *dock, QWidget *filterBar)
    : QWidget(dock)
    , m_title(new QLabel(dock->windowTitle(), this))
    , m_float(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"findingsDockTitle"_s);
    m_title->setObjectName(u"findingsDockName"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_float->setObjectName(u"findingsFloatButton"_s);
    m_float->setToolTip(tr("Float or dock the findings panel"));
    m_float->setAccessibleName(tr("Float the findings panel"));
    m_float->setAutoRaise(true);
    m_close->setObjectName(u"findingsCloseButton"_s);
    m_close->setToolTip(tr("Close the findings panel (View > Findings opens it again)"));
    m_close->setAccessibleName(tr("Close the findings panel"));
    m_close->setAutoRaise(true);
    // No keyboard focus, as the dock's own buttons: Tab stays in the panel's fields.
    m_float->setFocusPolicy(Qt::NoFocus);
    m_close->setFocusPolicy(Qt::NoFocus);
    connect(m_float, &QToolButton::clicked, dock, [dock] { dock->setFloating(!dock->isFloating()); });
    connect(m_close, &QToolButton::clicked, dock, &QDockWidget::close);
    connect(dock, &QDockWidget::windowTitleChanged, m_title, &QLabel::setText);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 2, 2, 2);
    row->addWidget(m_title);
    row->addSpacing(12);
    row->addWidget(filterBar, 1);
    row->addWidget(m_float);
    row->addWidget(m_close);
    fitButtons();
}

void FindingsDockTitle::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Workshop mode grows the style's icon sizes: the buttons follow.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        fitButtons();
}

void FindingsDockTitle::fitButtons()
{
    const QStyle *s = style();
    const int icon = s->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_float->setIcon(s->standardIcon(QStyle::SP_TitleBarNormalButton, nullptr, this));
    m_close->setIcon(s->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_float->setIconSize(QSize(icon, icon));
    m_close->setIconSize(QSize(icon, icon));
}

} // namespace ui
