#pragma once

#include "tables/recordschema.h"
#include "topology/namekey.h"
#include "wizardpage.h"

#include <QHash>

class QFormLayout;
class QLabel;
class QScrollArea;
class QTabWidget;

namespace ui {

class RecordTableEditor;
class ServerFieldSet;

// The new (2013/2016) or the legacy (2007/2010) servers: a table with add / duplicate /
// remove, and the selected server's Outlook Anywhere settings beside it.
class ServersPage : public WizardPage
{
    Q_OBJECT

public:
    ServersPage(PlanSession *session, ServerGeneration generation, QWidget *parent = nullptr);

    RecordTableEditor *table() const { return m_table; }
    ServerFieldSet *details() const { return m_details; }
    bool shows(const wizard::Finding &finding, const wizard::Topology &topology) const override;
    void focusFinding(const wizard::Finding &finding) override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fitDetails();
    void showServer(const QString &name);
    void updateRows();

    ServerGeneration m_generation;
    RecordTableEditor *m_table;
    ServerFieldSet *m_details;
    QFormLayout *m_form;
    QLabel *m_detailsTitle;
    QScrollArea *m_detailsScroll;
    // Server name (any case) -> legacy; the keys view the names in m_legacyByNameFor, the
    // list it was built from (shared with the plan, cheap to compare, kept alive here).
    mutable QHash<wizard::NameKey, bool> m_legacyByName;
    mutable QList<wizard::Server> m_legacyByNameFor;
    QTabWidget *m_legacyTabs = nullptr; // legacy page only: servers, CAS arrays, databases
    RecordTableEditor *m_casArrays = nullptr;
    RecordTableEditor *m_databases = nullptr;
};

} // namespace ui
