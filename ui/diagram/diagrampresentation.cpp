#include "diagrampresentation.h"

#include "diagramscene.h"
#include "diagramview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

DiagramPresentation::DiagramPresentation(DiagramScene *scene, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_scene(scene)
    , m_title(new QLabel(this))
    , m_position(new QLabel(this))
    , m_view(new DiagramView(scene, this))
    , m_why(new QLabel(this))
{
    setObjectName(u"diagramPresentation"_s);
    setWindowTitle(tr("Scenario diagram - CoexPlan"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_title->setObjectName(u"presentationTitle"_s);
    m_position->setObjectName(u"presentationPosition"_s);
    m_view->setObjectName(u"presentationView"_s);
    m_view->setAccessibleName(tr("Scenario diagram"));
    m_view->setArrowsMoveHops(false);
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setFrameShape(QFrame::NoFrame);
    // Large type for the back of the room, relative to the window's own font.
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_why->setObjectName(u"presentationExplanation"_s);
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::RichText);
    QFont whyFont = font();
    whyFont.setPointSizeF(whyFont.pointSizeF() * 1.2);
    m_why->setFont(whyFont);
    connect(scene, &DiagramScene::currentHopChanged, this, &DiagramPresentation::showExplanation);
    auto *hint = new QLabel(tr("Left / Right, PageUp / PageDown: previous / next scenario · Tab: hop by hop · "
                               "Esc: close"),
                            this);
    hint->setObjectName(u"presentationHint"_s);
    hint->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_position, 0, Qt::AlignRight | Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_why);
    layout->addWidget(hint);
    QPalette white = palette();
    white.setColor(QPalette::Window, Qt::white);
    white.setColor(QPalette::WindowText, Qt::black);
    setPalette(white);
    setAutoFillBackground(true);
    m_view->fitToWindow();
}

void DiagramPresentation::setScenario(const QString &title, int number, int count, const QList<HopText> &hops)
{
    m_title->setText(title);
    m_position->setText(count > 0 ? tr("Scenario %1 of %2").arg(number).arg(count) : QString());
    m_hops = hops;
    showExplanation();
}

QString DiagramPresentation::explanationText() const
{
    return m_why->text();
}

void DiagramPresentation::showExplanation()
{
    const int current = m_scene->currentHop();
    QString html;
    if (current >= 0 && current < m_hops.size()) {
        // The keyboard's hop: its verdict and the reason, in full.
        const HopText &h = m_hops.at(current);
        html = u"<b>%1</b>"_s.arg(h.head.toHtmlEscaped());
        if (!h.note.isEmpty())
            html += u"<br>%1"_s.arg(h.note.toHtmlEscaped());
    } else {
        // Every hop's verdict, one line each; the failing ones stand out.
        QStringList lines;
        for (const HopText &h : m_hops) {
            const QString line = h.head.toHtmlEscaped();
            lines.append(h.verdict == wizard::Verdict::Ok ? line : u"<b>%1</b>"_s.arg(line));
        }
        html = lines.join(u"<br>"_s);
    }
    m_why->setText(html);
    m_why->setVisible(!html.isEmpty());
}

void DiagramPresentation::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        emit scenarioRequested(+1, false);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        emit scenarioRequested(-1, false);
        return;
    case Qt::Key_Home:
        emit scenarioRequested(0, true);
        return;
    case Qt::Key_End:
        emit scenarioRequested(-1, true);
        return;
    case Qt::Key_Escape:
    case Qt::Key_F5:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace ui
