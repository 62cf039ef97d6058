#include "wizardpage.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

WizardPage::WizardPage(PlanSession *session, const QString &title, const QString &intro, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(title)
    , m_content(new QVBoxLayout)
{
    m_heading = new QLabel(title, this);
    m_heading->setObjectName(u"pageTitle"_s);
    auto *heading = m_heading;
    updateHeadingFont();
    auto *introLabel = new QLabel(intro, this);
    introLabel->setObjectName(u"pageIntro"_s);
    introLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(introLabel);
    layout->addLayout(m_content, 1);
}

QVBoxLayout *WizardPage::scrollingContentLayout()
{
    if (!m_scrollingContent) {
        auto *body = new QWidget;
        body->setObjectName(objectName() + u"Body"_s);
        m_scrollingContent = new QVBoxLayout(body);
        m_scrollingContent->setContentsMargins(0, 0, 0, 0);
        auto *scroll = new QScrollArea(this);
        scroll->setObjectName(objectName() + u"Scroll"_s);
        scroll->setFrameShape(QFrame::NoFrame);
        // Resizable: the body fills the page when it fits, and the scroll area gives a
        // wrapped label its height for the width (heightForWidth) when it does not.
        scroll->setWidgetResizable(true);
        scroll->setWidget(body);
        m_content->addWidget(scroll, 1);
    }
    return m_scrollingContent;
}

void WizardPage::updateHeadingFont()
{
    // Relative to the page font, so that workshop mode enlarges headings too.
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
}

void WizardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateHeadingFont();
}

bool WizardPage::appliesTo(const wizard::Topology &) const
{
    return true;
}

bool WizardPage::shows(const wizard::Finding &, const wizard::Topology &) const
{
    return false;
}

void WizardPage::focusFinding(const wizard::Finding &)
{ }

const wizard::Server *findingServer(const wizard::Finding &finding, const wizard::Topology &topology)
{
    if (finding.subject.kind != wizard::SubjectKind::Server)
        return nullptr;
    return topology.findServer(finding.subject.name);
}

} // namespace ui
