#include "serverspage.h"

#include "session/plansession.h"
#include "tables/recordtableeditor.h"
#include "widgets/markedfield.h"
#include "widgets/serverfieldset.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
QString pageTitle(ServerGeneration g)
{
    return g == ServerGeneration::New ? QCoreApplication::translate("ui::ServersPage", "New Client Access servers")
                                      : QCoreApplication::translate("ui::ServersPage", "Legacy servers");
}
QString pageIntro(ServerGeneration g)
{
    return g == ServerGeneration::New
        ? QCoreApplication::translate("ui::ServersPage",
                                      "The Exchange 2013/2016 servers that will answer Outlook Anywhere. A "
                                      "new server starts with its version's documented defaults.")
        : QCoreApplication::translate("ui::ServersPage",
                                      "The Exchange 2007/2010 Client Access, mailbox and public folder "
                                      "servers. The new servers proxy Outlook Anywhere to these (Part B). "
                                      "Servers whose version an import could not tell are listed here as "
                                      "Unknown until you choose their version.");
}
} // namespace

ServersPage::ServersPage(PlanSession *session, ServerGeneration generation, QWidget *parent)
    : WizardPage(session, pageTitle(generation), pageIntro(generation), parent)
    , m_generation(generation)
    , m_form(new QFormLayout)
    , m_detailsTitle(new QLabel(this))
{
    setObjectName(generation == ServerGeneration::New ? u"newServersPage"_s : u"legacyServersPage"_s);
    m_table = new RecordTableEditor(session, serverSchema(generation), pageTitle(generation), this);

    auto *detailsWidget = new QWidget;
    detailsWidget->setObjectName(u"serverDetails"_s);
    m_details = new ServerFieldSet(session, ServerFieldSet::allFieldKeys(), detailsWidget);
    m_detailsTitle->setObjectName(u"serverDetailsTitle"_s);
    m_detailsTitle->setWordWrap(true);
    QFont bold; // only the weight: the size follows the window (workshop mode)
    bold.setBold(true);
    m_detailsTitle->setFont(bold);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const QString &key : m_details->fieldKeys()) {
        auto *label = new QLabel(ServerFieldSet::fieldLabel(key), detailsWidget);
        label->setBuddy(m_details->field(key));
        label->setWordWrap(true);
        m_form->addRow(label, m_details->field(key));
    }
    auto *detailsLayout = new QVBoxLayout(detailsWidget);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addLayout(m_form);
    detailsLayout->addStretch(1);
    auto *scroll = m_detailsScroll = new QScrollArea;
    scroll->setWidget(detailsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"serversSplitter"_s);
    splitter->setChildrenCollapsible(false);
    if (generation == ServerGeneration::Legacy) {
        // 2010 clients reach their mailbox database's RpcClientAccessServer (a CAS array)
        // inside the organization (F48): the arrays and databases belong to this step.
        m_legacyTabs = new QTabWidget;
        m_legacyTabs->setObjectName(u"legacyTabs"_s);
        m_legacyTabs->addTab(m_table, tr("&Servers"));
        m_casArrays = new RecordTableEditor(session, casArraySchema(), tr("CAS arrays"));
        m_databases = new RecordTableEditor(session, databaseSchema(), tr("Databases"));
        m_legacyTabs->addTab(m_casArrays, tr("&CAS arrays"));
        m_legacyTabs->addTab(m_databases, tr("&Databases"));
        splitter->addWidget(m_legacyTabs);
        // A server's Outlook Anywhere settings beside its table only: the arrays and the
        // databases take the page's whole width (their columns fit at 1366x768).
        connect(m_legacyTabs, &QTabWidget::currentChanged, this,
                [this](int tab) { m_detailsScroll->setVisible(m_legacyTabs->widget(tab) == m_table); });
    } else {
        splitter->addWidget(m_table);
    }
    splitter->addWidget(scroll);
    // Extra room is shared; the details never get less than they need (fitDetails).
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    contentLayout()->addWidget(splitter, 1);

    connect(m_table, &RecordTableEditor::currentRecordChanged, this, &ServersPage::showServer);
    connect(m_details, &ServerFieldSet::refreshed, this, &ServersPage::updateRows);
    // A longer host name widens its field: the details take the room from the table.
    // Only when their layout changes, not on every refresh of the plan.
    scroll->widget()->installEventFilter(this);
    showServer(QString());
    fitDetails();
}

void ServersPage::fitDetails()
{
    // The details never scroll sideways: the table gives up the width they need.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    // The preferred width, not the minimum: with labels that may wrap, QFormLayout gives
    // the labels their preferred width first and squeezes the fields below theirs (the
    // IIS method check boxes lost their last letters in workshop mode; tst_layout).
    const QWidget *details = m_detailsScroll->widget();
    const int needed = qMax(details->minimumSizeHint().width(), details->sizeHint().width());
    m_detailsScroll->setMinimumWidth(needed + scrollBar + 4);
}

bool ServersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_detailsScroll->widget() && event->type() == QEvent::LayoutRequest)
        fitDetails();
    return WizardPage::eventFilter(watched, event);
}

void ServersPage::changeEvent(QEvent *event)
{
    WizardPage::changeEvent(event);
    // Queued: the children take the new font after the page has been told.
    if (event->type() == QEvent::FontChange)
        QMetaObject::invokeMethod(this, &ServersPage::fitDetails, Qt::QueuedConnection);
}

void ServersPage::showEvent(QShowEvent *event)
{
    WizardPage::showEvent(event);
    // A hidden page's layouts are not recomputed when the font changes (workshop mode
    // switched on another step): measure again once it is shown.
    QMetaObject::invokeMethod(this, &ServersPage::fitDetails, Qt::QueuedConnection);
}

void ServersPage::showServer(const QString &name)
{
    m_details->setServer(name);
    m_detailsTitle->setText(name.isEmpty() ? tr("Select a server to edit its Outlook Anywhere settings.")
                                           : tr("Outlook Anywhere settings of %1").arg(name));
}

void ServersPage::updateRows()
{
    // Fields that do not exist on the server's version are hidden (F36).
    const bool hasServer = !m_details->server().isEmpty();
    for (const QString &key : m_details->fieldKeys())
        m_form->setRowVisible(m_details->field(key), hasServer && m_details->isApplicable(key));
}

bool ServersPage::shows(const wizard::Finding &finding, const wizard::Topology &topology) const
{
    const bool legacy = m_generation == ServerGeneration::Legacy;
    if (finding.subject.kind == wizard::SubjectKind::Server) {
        // Indexed once per plan change: step counts ask this for every finding.
        if (m_legacyByNameFor != topology.servers) {
            m_legacyByName.clear();
            m_legacyByNameFor = topology.servers;
            m_legacyByName.reserve(m_legacyByNameFor.size());
            for (const wizard::Server &s : std::as_const(m_legacyByNameFor))
                m_legacyByName.insert(wizard::NameKey{s.name},
                                      serverGenerationOf(s.version) == ServerGeneration::Legacy);
        }
        const auto it = m_legacyByName.constFind(wizard::NameKey{finding.subject.name});
        return it != m_legacyByName.cend() && it.value() == legacy;
    }
    // CAS arrays and databases are part of the legacy organization.
    return legacy
        && (finding.subject.kind == wizard::SubjectKind::CasArray
            || finding.subject.kind == wizard::SubjectKind::Database);
}

void ServersPage::focusFinding(const wizard::Finding &finding)
{
    const QString field = finding.fields.value(0);
    if (m_legacyTabs) {
        RecordTableEditor *editor = finding.subject.kind == wizard::SubjectKind::CasArray ? m_casArrays
            : finding.subject.kind == wizard::SubjectKind::Database                       ? m_databases
                                                                                          : m_table;
        m_legacyTabs->setCurrentWidget(editor);
        if (editor != m_table) {
            editor->selectRecord(finding.subject.name, field);
            return;
        }
    }
    m_table->selectRecord(finding.subject.name, field);
    if (MarkedField *marked = m_details->field(field)) {
        if (marked->isVisible())
            marked->field()->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace ui
