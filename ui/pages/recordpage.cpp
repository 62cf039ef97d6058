#include "recordpage.h"

#include "tables/recordtableeditor.h"

#include <QVBoxLayout>

namespace ui {

RecordPage::RecordPage(PlanSession *session, const QString &title, const QString &intro, RecordSchema schema,
                       QWidget *parent)
    : WizardPage(session, title, intro, parent)
    , m_kind(schema.subjectKind)
{
    m_table = new RecordTableEditor(session, std::move(schema), title, this);
    contentLayout()->addWidget(m_table, 1);
}

bool RecordPage::shows(const wizard::Finding &finding, const wizard::Topology &) const
{
    return finding.subject.kind == m_kind;
}

void RecordPage::focusFinding(const wizard::Finding &finding)
{
    m_table->selectRecord(finding.subject.name, finding.fields.value(0));
}

} // namespace ui
