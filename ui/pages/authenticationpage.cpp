#include "authenticationpage.h"

#include "session/plansession.h"
#include "widgets/markedfield.h"
#include "widgets/serverfieldset.h"

#include <QBoxLayout>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace f = wizard::oafield;

AuthenticationPage::AuthenticationPage(PlanSession *session, QWidget *parent)
    : WizardPage(session, tr("Authentication plan"),
                 tr("Part A: how Outlook authenticates to the new Client Access servers. Part B: how the new "
                    "servers authenticate when they proxy to the legacy Client Access servers (NTLM)."),
                 parent)
{
    setObjectName(u"authenticationPage"_s);
    m_partA.fieldKeys
        = {f::externalClientAuthenticationMethod, f::internalClientAuthenticationMethod, f::iisAuthenticationMethods};
    m_partB.fieldKeys = {f::enabled, f::clientAuthenticationMethod, f::iisAuthenticationMethods};
    auto *sides = m_sides = new QBoxLayout(QBoxLayout::LeftToRight);
    sides->addWidget(createSide(m_partA, u"partA"_s, tr("Part A: Outlook to the Exchange 2013 CAS"),
                                tr("Client methods Outlook uses; IIS methods the /rpc directory accepts.")),
                     1);
    sides->addWidget(createSide(m_partB, u"partB"_s, tr("Part B: Exchange 2013 CAS to the legacy CAS"),
                                tr("The legacy /rpc directory must accept NTLM for the proxied connection.")),
                     1);
    scrollingContentLayout()->addLayout(sides, 1);
    connect(session, &PlanSession::planChanged, this, &AuthenticationPage::rebuild);
    rebuild();
}

QWidget *AuthenticationPage::createSide(Side &side, const QString &objectName, const QString &title,
                                        const QString &intro)
{
    auto *box = new QGroupBox(title, this);
    box->setObjectName(objectName);
    auto *introLabel = new QLabel(intro, box);
    introLabel->setWordWrap(true);
    side.container = new QWidget;
    side.container->setObjectName(objectName + u"Rows"_s);
    side.grid = new QGridLayout(side.container);
    // The rows' width changes with the type (workshop mode) and the servers: the choice of
    // side by side or one above the other follows (the scroll area keeps the page from
    // hearing of it).
    side.container->installEventFilter(this);
    // No scroll area of its own: the page scrolls as one (a scroll area in each part cut
    // the rows in half when the parts stand one above the other).
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(introLabel);
    layout->addWidget(side.container, 1);
    return box;
}

bool AuthenticationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest && (watched == m_partA.container || watched == m_partB.container))
        updateDirection();
    return WizardPage::eventFilter(watched, event);
}

bool AuthenticationPage::isSideBySide() const
{
    return m_sides->direction() == QBoxLayout::LeftToRight;
}

void AuthenticationPage::resizeEvent(QResizeEvent *event)
{
    WizardPage::resizeEvent(event);
    updateDirection();
}

void AuthenticationPage::updateDirection()
{
    // Side by side when both parts fit (a laptop, a 1080p projector); one above the
    // other when they would scroll sideways (large workshop type on a small screen).
    // The two parts get the same width: each must fit in half of it (tst_layout found the
    // wider part squeezed, its server names cut, when only the sum was compared).
    const int widest = qMax(m_partA.container->sizeHint().width(), m_partB.container->sizeHint().width());
    const int needed = 2 * widest + 80;
    const auto direction = width() >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_sides->direction() != direction) {
        m_sides->setDirection(direction);
        layout()->activate(); // now, not a frame later with the rows cut meanwhile
    }
}

bool AuthenticationPage::appliesTo(const wizard::Topology &topology) const
{
    for (const wizard::Server &s : topology.servers) {
        if (s.roles.clientAccess)
            return true;
    }
    return false;
}

void AuthenticationPage::showEvent(QShowEvent *event)
{
    // The pending resize event came first, with the rows not built yet.
    if (m_rowsStale) {
        rebuildIfStale();
        updateDirection();
    }
    WizardPage::showEvent(event);
}

void AuthenticationPage::rebuild()
{
    m_rowsStale = true;
    if (isVisible())
        rebuildIfStale();
}

void AuthenticationPage::rebuildIfStale()
{
    if (!m_rowsStale)
        return;
    m_rowsStale = false;
    QStringList newCas;
    QStringList legacyCas;
    for (const wizard::Server &s : session()->topology().servers) {
        if (wizard::isNewCas(s))
            newCas.append(s.name);
        else if (wizard::isLegacyCas(s))
            legacyCas.append(s.name);
    }
    rebuildSide(m_partA, newCas);
    rebuildSide(m_partB, legacyCas);
}

void AuthenticationPage::rebuildSide(Side &side, const QStringList &servers)
{
    // Rows are rebuilt only when the set of servers changes; value edits refresh them.
    if (servers == side.servers)
        return;
    side.servers = servers;
    qDeleteAll(side.rows);
    side.rows.clear();
    while (QLayoutItem *item = side.grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // Each server takes two lines: the single-valued fields, then the IIS methods (the
    // last key) across the width, so that both parts fit side by side on a laptop.
    const int firstLineFields = int(side.fieldKeys.size()) - 1;
    side.grid->addWidget(new QLabel(tr("Server"), side.container), 0, 0);
    for (int c = 0; c < firstLineFields; ++c) {
        auto *header = new QLabel(ServerFieldSet::fieldLabel(side.fieldKeys.at(c)), side.container);
        header->setWordWrap(true);
        side.grid->addWidget(header, 0, c + 1);
    }
    if (servers.isEmpty())
        side.grid->addWidget(new QLabel(tr("No servers of this kind in the plan."), side.container), 1, 0, 1, -1);
    for (int r = 0; r < servers.size(); ++r) {
        const int line = 2 * r + 1;
        auto *rowSet = new ServerFieldSet(session(), side.fieldKeys, side.container);
        rowSet->setObjectName(side.container->objectName() + u':' + servers.at(r));
        auto *name = new QLabel(servers.at(r), side.container);
        QFont bold;
        bold.setBold(true);
        name->setFont(bold);
        side.grid->addWidget(name, line, 0);
        for (int c = 0; c < side.fieldKeys.size(); ++c) {
            const QString &key = side.fieldKeys.at(c);
            MarkedField *marked = rowSet->field(key);
            marked->field()->setAccessibleName(tr("%1 of %2").arg(ServerFieldSet::fieldLabel(key), servers.at(r)));
            if (c < firstLineFields) {
                side.grid->addWidget(marked, line, c + 1);
                continue;
            }
            auto *label = new QLabel(tr("IIS methods:"), side.container);
            label->setToolTip(ServerFieldSet::fieldLabel(key));
            label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            side.grid->addWidget(label, line + 1, 0);
            side.grid->addWidget(marked, line + 1, 1, 1, firstLineFields);
        }
        rowSet->setServer(servers.at(r));
        side.rows.append(rowSet);
    }
    side.grid->setRowStretch(2 * int(servers.size()) + 1, 1);
}

ServerFieldSet *AuthenticationPage::partARow(const QString &server)
{
    rebuildIfStale();
    const qsizetype i = m_partA.servers.indexOf(server);
    return i < 0 ? nullptr : m_partA.rows.at(i);
}

ServerFieldSet *AuthenticationPage::partBRow(const QString &server)
{
    rebuildIfStale();
    const qsizetype i = m_partB.servers.indexOf(server);
    return i < 0 ? nullptr : m_partB.rows.at(i);
}

void AuthenticationPage::focusFinding(const wizard::Finding &finding)
{
    ServerFieldSet *row = partARow(finding.subject.name);
    if (!row)
        row = partBRow(finding.subject.name);
    if (!row)
        return;
    for (const QString &key : finding.fields) {
        if (MarkedField *marked = row->field(key)) {
            marked->field()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace ui
