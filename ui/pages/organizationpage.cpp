#include "organizationpage.h"

#include "session/plansession.h"
#include "tables/recordschema.h"
#include "tables/recordtableeditor.h"
#include "widgets/markedfield.h"
#include "widgets/rowsheightfit.h"
#include "widgets/settingeditors.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
struct TextField
{
    QLatin1String key; // plan-file key relative to the organization (or "info.title")
    const char *label;
    const char *noun;
    QString *(*member)(wizard::Plan &);
};

const TextField textFields[] = {
    {QLatin1String("info.title"), QT_TRANSLATE_NOOP("ui::OrganizationPage", "Plan &title"),
     QT_TRANSLATE_NOOP("ui::OrganizationPage", "plan title"), [](wizard::Plan &p) { return &p.info.title; }},
    {QLatin1String("name"), QT_TRANSLATE_NOOP("ui::OrganizationPage", "&Organization name"),
     QT_TRANSLATE_NOOP("ui::OrganizationPage", "organization name"),
     [](wizard::Plan &p) { return &p.topology.organization.name; }},
    {QLatin1String("namespaces.outlookAnywhereExternal"),
     QT_TRANSLATE_NOOP("ui::OrganizationPage", "E&xternal Outlook Anywhere name"),
     QT_TRANSLATE_NOOP("ui::OrganizationPage", "external Outlook Anywhere namespace"),
     [](wizard::Plan &p) { return &p.topology.organization.namespaces.outlookAnywhereExternal; }},
    {QLatin1String("namespaces.outlookAnywhereInternal"),
     QT_TRANSLATE_NOOP("ui::OrganizationPage", "&Internal Outlook Anywhere name"),
     QT_TRANSLATE_NOOP("ui::OrganizationPage", "internal Outlook Anywhere namespace"),
     [](wizard::Plan &p) { return &p.topology.organization.namespaces.outlookAnywhereInternal; }},
    {QLatin1String("namespaces.autodiscover"), QT_TRANSLATE_NOOP("ui::OrganizationPage", "&Autodiscover name"),
     QT_TRANSLATE_NOOP("ui::OrganizationPage", "Autodiscover namespace"),
     [](wizard::Plan &p) { return &p.topology.organization.namespaces.autodiscover; }},
    // Only Exchange 2007 needs a legacy namespace (F50).
    {QLatin1String("namespaces.legacy"), QT_TRANSLATE_NOOP("ui::OrganizationPage", "&Legacy name (Exchange 2007)"),
     QT_TRANSLATE_NOOP("ui::OrganizationPage", "legacy namespace"),
     [](wizard::Plan &p) { return &p.topology.organization.namespaces.legacy; }},
};
const QLatin1String certPrincipalKey("expressCertPrincipalName");
const QLatin1String legacyKey("namespaces.legacy");

QString translated(const char *text)
{
    return QCoreApplication::translate("ui::OrganizationPage", text);
}
QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

bool hasExchange2007(const wizard::Topology &t)
{
    for (const wizard::Server &s : t.servers) {
        if (s.version == wizard::ExchangeVersion::Ex2007)
            return true;
    }
    return false;
}
} // namespace

OrganizationPage::OrganizationPage(PlanSession *session, QWidget *parent)
    : WizardPage(session, tr("Organization and namespaces"),
                 tr("The host names Outlook uses to reach Exchange. After the cutover they point to the new Client "
                    "Access servers."),
                 parent)
    , m_form(new QFormLayout)
    , m_certPrincipal(new SettingLineEdit)
{
    setObjectName(u"organizationPage"_s);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const TextField &tf : textFields) {
        auto *edit = new QLineEdit;
        edit->setAccessibleName(withoutMnemonic(translated(tf.label)));
        const TextField *field = &tf;
        connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
            this->session()->edit(
                tr("Change %1").arg(translated(field->noun)),
                [field, text](wizard::Plan &p) { *field->member(p) = text; }, QString(field->key));
        });
        auto *marked = new MarkedField(tf.key, edit, this);
        m_fields.insert(tf.key, marked);
        m_textEdits.insert(tf.key, edit);
        auto *label = new QLabel(translated(tf.label), this);
        label->setBuddy(marked);
        m_form->addRow(label, marked);
    }
    m_certPrincipal->setAccessibleName(tr("Outlook Provider EXPR certificate principal name"));
    m_certPrincipal->setToolTip(tr("Set-OutlookProvider EXPR -CertPrincipalName, e.g. msstd:mail.contoso.com"));
    connect(m_certPrincipal, &SettingLineEdit::edited, this, [this](const wizard::Setting<QString> &v) {
        this->session()->edit(
            tr("Change %1").arg(tr("certificate principal name")),
            [v](wizard::Plan &p) { p.topology.organization.expressCertPrincipalName = v; },
            v.isKnown() ? QString(certPrincipalKey) : QString());
    });
    auto *certMarked = new MarkedField(certPrincipalKey, m_certPrincipal, this);
    m_fields.insert(certPrincipalKey, certMarked);
    auto *certLabel = new QLabel(tr("&Certificate principal name (EXPR)"), this);
    certLabel->setBuddy(certMarked);
    m_form->addRow(certLabel, certMarked);
    scrollingContentLayout()->addLayout(m_form);
    // Tier 2 (docs/rules-tier2.md): read by KRB-001/KRB-004 and PF-002/PF-003.
    m_spns = addOrganizationList(
        tr("Kerberos: service principal names"),
        tr("The http/ SPNs of the namespaces and the account each is registered on, as setspn -L or "
           "setspn -Q http/<namespace> lists them."),
        servicePrincipalNameSchema(), tr("&SPNs not known yet"));
    m_spns.editor->setButtonTexts(tr("Add S&PN"), tr("D&uplicate SPN"), tr("&Remove SPN"));
    m_proxyMailboxes = addOrganizationList(
        tr("Legacy public folders: proxy mailboxes"),
        tr("Get-OrganizationConfig RemotePublicFolderMailboxes: the mailboxes through which users on the new "
           "servers reach public folders on the legacy servers."),
        remotePublicFolderMailboxSchema(), tr("Proxy mailboxes not &known yet"));
    m_proxyMailboxes.editor->setButtonTexts(tr("Add proxy &mailbox"), QString(), tr("Remove prox&y mailbox"));
    scrollingContentLayout()->addStretch(1);

    connect(session, &PlanSession::planChanged, this, &OrganizationPage::refresh);
    connect(session, &PlanSession::analysisChanged, this,
            [this](const QList<wizard::Finding> &findings) { setFindings(findings); });
    refresh();
    setFindings(session->findings());
}

OrganizationPage::OrganizationList OrganizationPage::addOrganizationList(const QString &title, const QString &intro,
                                                                         RecordSchema schema,
                                                                         const QString &notRecordedText)
{
    OrganizationList list;
    const QString key = schema.columns.value(0).fieldKey;
    auto *box = new QGroupBox(title, this);
    box->setObjectName(key + u"Box"_s);
    auto *layout = new QVBoxLayout(box);
    auto *introLabel = new QLabel(intro, box);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    list.notRecorded = new QCheckBox(notRecordedText, box);
    list.notRecorded->setObjectName(key + u"NotRecorded"_s);
    list.notRecorded->setToolTip(tr("Unticked with no rows: recorded as none. Adding a row records the list."));
    layout->addWidget(list.notRecorded);
    list.editor = new RecordTableEditor(session(), std::move(schema), title, box);
    // As tall as its rows (room for three, and for the hint while it has none): the page
    // scrolls as one.
    new RowsHeightFit(list.editor->view(), 3);
    auto *marked = new MarkedField(key, list.editor, box);
    m_fields.insert(key, marked);
    layout->addWidget(marked);
    scrollingContentLayout()->addWidget(box);
    const QString noun = title;
    connect(list.notRecorded, &QCheckBox::clicked, this, [this, key, noun](bool unknown) {
        session()->edit(tr("Change %1").arg(noun), [key, unknown](wizard::Plan &p) {
            wizard::Organization &o = p.topology.organization;
            if (key == u"servicePrincipalNames"_s) {
                if (unknown)
                    o.servicePrincipalNames.setUnknown();
                else
                    o.servicePrincipalNames = o.servicePrincipalNames.valueOr({});
            } else {
                if (unknown)
                    o.remotePublicFolderMailboxes.setUnknown();
                else
                    o.remotePublicFolderMailboxes = o.remotePublicFolderMailboxes.valueOr({});
            }
        });
    });
    return list;
}

void OrganizationPage::refresh()
{
    wizard::Plan plan = session()->plan();
    for (const TextField &tf : textFields) {
        QLineEdit *edit = m_textEdits.value(tf.key);
        const QString value = *tf.member(plan);
        if (edit->text() != value) {
            edit->setText(value);
            // A long title opens at its start, not scrolled to its end; typing keeps its place.
            if (!edit->hasFocus())
                edit->setCursorPosition(0);
        }
    }
    m_certPrincipal->setSetting(plan.topology.organization.expressCertPrincipalName);
    m_spns.notRecorded->setChecked(!plan.topology.organization.servicePrincipalNames.isKnown());
    m_proxyMailboxes.notRecorded->setChecked(!plan.topology.organization.remotePublicFolderMailboxes.isKnown());
    // No Exchange 2007: no legacy-namespace question (F50).
    m_form->setRowVisible(m_fields.value(legacyKey), hasExchange2007(plan.topology));
}

void OrganizationPage::setFindings(const QList<wizard::Finding> &findings)
{
    QHash<QString, QList<wizard::Finding>> byField;
    for (const wizard::Finding &f : findings) {
        if (f.subject.kind != wizard::SubjectKind::Organization)
            continue;
        for (const QString &key : f.fields)
            byField[key].append(f);
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setFindings(byField.value(it.key()));
}

bool OrganizationPage::shows(const wizard::Finding &finding, const wizard::Topology &) const
{
    // The cutover findings (CUT-*) are the Cutover step's.
    return finding.subject.kind == wizard::SubjectKind::Organization && !finding.ruleId.startsWith(u"CUT-"_s);
}

void OrganizationPage::focusFinding(const wizard::Finding &finding)
{
    for (const QString &key : finding.fields) {
        if (MarkedField *marked = m_fields.value(key)) {
            marked->field()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace ui
