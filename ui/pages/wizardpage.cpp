#include "wizardpage.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

WizardPage::WizardPage(PlanSession *session, const QString &title, const QString &intro, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(title)
    , m_content(new QVBoxLayout)
{
    auto *heading = new QLabel(title, this);
    heading->setObjectName(u"pageTitle"_s);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setObjectName(u"pageIntro"_s);
    introLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(introLabel);
    layout->addLayout(m_content, 1);
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
