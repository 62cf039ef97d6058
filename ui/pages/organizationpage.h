#pragma once

#include "wizardpage.h"

#include <QHash>

class QCheckBox;
class QFormLayout;
class QLineEdit;

namespace ui {

class MarkedField;
class RecordTableEditor;
struct RecordSchema;
class SettingLineEdit;

// Plan title, organization name and the namespaces Outlook clients use.
class OrganizationPage : public WizardPage
{
    Q_OBJECT

public:
    explicit OrganizationPage(PlanSession *session, QWidget *parent = nullptr);

    MarkedField *field(const QString &key) const { return m_fields.value(key); }
    bool shows(const wizard::Finding &finding, const wizard::Topology &topology) const override;
    void focusFinding(const wizard::Finding &finding) override;

private:
    void refresh();
    void setFindings(const QList<wizard::Finding> &findings);
    // A tier-2 list of the organization: a table, and "not recorded" for an unknown list.
    struct OrganizationList
    {
        QCheckBox *notRecorded = nullptr;
        RecordTableEditor *editor = nullptr;
    };
    OrganizationList addOrganizationList(const QString &title, const QString &intro, RecordSchema schema,
                                         const QString &notRecordedText);

    QFormLayout *m_form;
    QHash<QString, MarkedField *> m_fields;
    QHash<QString, QLineEdit *> m_textEdits;
    SettingLineEdit *m_certPrincipal;
    OrganizationList m_spns;
    OrganizationList m_proxyMailboxes;
};

} // namespace ui
