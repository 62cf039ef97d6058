#include "diagrampresentation.h"

#include "diagramlayout.h"
#include "diagramscene.h"
#include "diagramview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

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
    m_title->setWordWrap(true);
    m_why->setObjectName(u"presentationExplanation"_s);
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::RichText);
    connect(scene, &DiagramScene::currentHopChanged, this, &DiagramPresentation::showExplanation);
    auto *hint = new QLabel(tr("Left / Right, PageUp / PageDown: previous / next scenario · Tab: hop by hop · "
                               "Esc: close"),
                            this);
    hint->setObjectName(u"presentationHint"_s);
    hint->setWordWrap(true);
    m_hint = hint;
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
    scaleType();
}

void DiagramPresentation::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleType();
}

void DiagramPresentation::scaleType()
{
    // Type for the back of the room, in proportion to the screen the window fills (a
    // window of its own does not take the main window's workshop font): at 1366x768 the
    // title is 26 pixels, the reasons under the diagram 18; at 1920x1080, 36 and 25.
    const int h = std::max(height(), 480);
    const auto sized = [this](int pixels, bool bold) {
        QFont f = font();
        f.setPixelSize(std::max(pixels, 12));
        f.setBold(bold);
        return f;
    };
    m_title->setFont(sized(h / 30, true));
    m_position->setFont(sized(h / 43, false));
    m_why->setFont(sized(h / 43, false));
    m_hint->setFont(sized(h / 55, false));
}

void DiagramPresentation::setScenario(const QString &title, int number, int count, const QList<wizard::Hop> &hops)
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
        const wizard::Hop &h = m_hops.at(current);
        html = u"<b>%1</b>"_s.arg(render::hopExplanationHead(h).toHtmlEscaped());
        if (!h.note.isEmpty())
            html += u"<br>%1"_s.arg(h.note.toHtmlEscaped());
    } else {
        // Every hop's verdict in one line, in brief (the frames above name Part A and
        // Part B in full); the failing ones stand out. Four lines of long names took
        // the height the diagram's type needed at 1366x768.
        QStringList hops;
        for (const wizard::Hop &h : m_hops) {
            const QString head = render::hopBriefHead(h).toHtmlEscaped();
            hops.append(h.verdict == wizard::Verdict::Ok ? head : u"<b>%1</b>"_s.arg(head));
        }
        html = hops.join(u" \u00b7 "_s);
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
