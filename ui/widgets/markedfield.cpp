#include "markedfield.h"

#include "findings/findingsmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
bool s_highContrast = false;
}

MarkedField::MarkedField(const QString &fieldKey, QWidget *field, QWidget *parent)
    : QFrame(parent)
    , m_fieldKey(fieldKey)
    , m_field(field)
    , m_icon(new QLabel(this))
    , m_fieldToolTip(field->toolTip())
{
    setObjectName(u"marker:"_s + fieldKey);
    field->setParent(this);
    if (field->objectName().isEmpty())
        field->setObjectName(fieldKey);
    m_icon->setObjectName(u"markerIcon:"_s + fieldKey);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setFixedSize(iconSize, iconSize);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(3, 3, 3, 3);
    layout->setSpacing(4);
    layout->addWidget(field, 1);
    layout->addWidget(m_icon);
    // A field that keeps its size (the IIS methods' check boxes) keeps its marker beside
    // it: the frame does not grow across the cell either (the icon sat 380 px away).
    if (!(field->sizePolicy().horizontalPolicy() & QSizePolicy::GrowFlag))
        setSizePolicy(QSizePolicy::Maximum, sizePolicy().verticalPolicy());
    // Take the field's place in the tab chain and for mnemonics.
    setFocusProxy(field);
}

void MarkedField::setFindings(const QList<wizard::Finding> &findings)
{
    std::optional<wizard::Severity> worst;
    QStringList tips;
    for (const wizard::Finding &f : findings) {
        if (!worst || f.severity < *worst)
            worst = f.severity;
        tips.append(findingToolTip(f));
    }
    if (worst == m_severity && tips.join(QString()) == m_icon->toolTip())
        return;
    m_severity = worst;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(worst ? severityIcon(*worst).pixmap(iconSize, iconSize) : QPixmap());
    m_icon->setToolTip(tips.join(QString()));
    m_icon->setAccessibleName(worst ? severityDisplayName(*worst) : QString());
    const QString fieldTip = tips.isEmpty() ? m_fieldToolTip : tips.join(u"<hr/>"_s);
    m_field->setToolTip(fieldTip);
    update();
}

void MarkedField::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::StyleChange)
        return;
    // Workshop mode scales the style's icon size: the marker follows.
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setFixedSize(iconSize, iconSize);
    m_icon->setPixmap(m_severity ? severityIcon(*m_severity).pixmap(iconSize, iconSize) : QPixmap());
}

QString MarkedField::severityToken() const
{
    return m_severity ? wizard::severityToken(*m_severity) : QString();
}

void MarkedField::setHighContrast(bool on)
{
    s_highContrast = on;
}

bool highContrastMarkers()
{
    return s_highContrast;
}

QColor severityColor(wizard::Severity severity, bool highContrast)
{
    switch (severity) {
    case wizard::Severity::Error:
        return highContrast ? QColor(0xd0, 0x00, 0x00) : QColor(0xd9, 0x30, 0x25);
    case wizard::Severity::Warning:
        return highContrast ? QColor(0xff, 0x8c, 0x00) : QColor(0xe6, 0x9a, 0x00);
    case wizard::Severity::Info:
        return highContrast ? QColor(0x00, 0x50, 0xd0) : QColor(0x3a, 0x7b, 0xd5);
    }
    return {};
}

void MarkedField::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!m_severity)
        return;
    QPainter painter(this);
    const int width = s_highContrast ? 3 : 2;
    QPen pen(severityColor(*m_severity, s_highContrast), width);
    painter.setPen(pen);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal inset = width / 2.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), 3, 3);
}

} // namespace ui
