#include "findingsdocktitle.h"

#include "widgets/drawnicon.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
// A chevron in the title's ink, the weight of the float and close buttons' strokes: the
// styles' arrow icons are coloured pictures that stood out beside them.
QIcon chevronIcon(int size, bool up, const QColor &ink)
{
    // Pointing where a click sends the list: down folds it, up brings it back.
    return drawnIcon(size, ink, Qt::RoundCap, [up](QPainter &painter, qreal side) {
        const qreal inset = side / 4.0;
        const qreal apex = side * (up ? 0.375 : 0.625);
        const qreal ends = side * (up ? 0.625 : 0.375);
        painter.drawPolyline(QList<QPointF>{{inset, ends}, {side / 2.0, apex}, {side - inset, ends}});
    });
}
} // namespace

FindingsDockTitle::FindingsDockTitle(QDockWidget *dock, QWidget *filterBar, QAction *listShown)
    : QWidget(dock)
    , m_title(new QLabel(dock->windowTitle(), this))
    , m_listShown(listShown)
    , m_fold(new QToolButton(this))
    , m_float(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"findingsDockTitle"_s);
    m_title->setObjectName(u"findingsDockName"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // Not the action as the button's default action: the button shows an arrow and says
    // what a click does, the menu shows the action's check mark.
    m_fold->setObjectName(u"findingsFoldButton"_s);
    m_fold->setAutoRaise(true);
    m_fold->setFocusPolicy(Qt::NoFocus);
    connect(m_fold, &QToolButton::clicked, listShown, &QAction::toggle);
    connect(listShown, &QAction::toggled, this, &FindingsDockTitle::fitButtons);
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
    row->addWidget(m_fold);
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
    const bool shown = m_listShown->isChecked();
    const QString shortcut = m_listShown->shortcut().toString(QKeySequence::NativeText);
    m_fold->setIcon(chevronIcon(icon, !shown, palette().color(QPalette::WindowText)));
    m_fold->setToolTip(shown ? tr("Hide the list of findings; the counts stay (%1)").arg(shortcut)
                             : tr("Show the list of findings (%1)").arg(shortcut));
    m_fold->setAccessibleName(shown ? tr("Hide the list of findings") : tr("Show the list of findings"));
    m_fold->setIconSize(QSize(icon, icon));
    m_float->setIcon(s->standardIcon(QStyle::SP_TitleBarNormalButton, nullptr, this));
    m_close->setIcon(s->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_float->setIconSize(QSize(icon, icon));
    m_close->setIconSize(QSize(icon, icon));
}

} // namespace ui
