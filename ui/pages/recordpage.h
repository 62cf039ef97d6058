#pragma once

#include "tables/recordschema.h"
#include "wizardpage.h"

namespace ui {

class RecordTableEditor;

// A step that is one table of records (sites, certificates, load balancers, client
// groups): it shows the findings about those records.
class RecordPage : public WizardPage
{
    Q_OBJECT

public:
    RecordPage(PlanSession *session, const QString &title, const QString &intro, RecordSchema schema,
               QWidget *parent = nullptr);

    RecordTableEditor *table() const { return m_table; }
    bool shows(const wizard::Finding &finding, const wizard::Topology &topology) const override;
    void focusFinding(const wizard::Finding &finding) override;

private:
    RecordTableEditor *m_table;
    wizard::SubjectKind m_kind;
};

} // namespace ui
