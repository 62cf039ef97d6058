// The item models of the wizard, each wrapped in QAbstractItemModelTester.
#include "findings/findingsfiltermodel.h"
#include "findings/findingsmodel.h"
#include "mainwindow/steplistmodel.h"
#include "pages/organizationpage.h"
#include "pages/testresultstable.h"
#include "session/plansession.h"
#include "tables/recordtablemodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QIcon>
#include <QImage>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString sample = QStringLiteral(COEXPLAN_SAMPLES "/contoso-before.coexplan");

wizard::Finding finding(const QString &rule, wizard::Severity severity, const QString &message)
{
    wizard::Finding f;
    f.ruleId = rule;
    f.severity = severity;
    f.subject = {wizard::SubjectKind::Server, u"EX2010CAS"_s};
    f.message = message;
    return f;
}
} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findingsFilter_bySeverityAndText_data()
    {
        QTest::addColumn<int>("maxSeverity");
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("rows");
        QTest::addRow("everything") << 2 << QString() << 3;
        QTest::addRow("errors and warnings") << 1 << QString() << 2;
        QTest::addRow("errors only") << 0 << QString() << 1;
        QTest::addRow("search by rule id") << 2 << u"pb-002"_s << 1;
        QTest::addRow("search by message") << 2 << u"prompt"_s << 2;
        QTest::addRow("search and severity") << 0 << u"certificate"_s << 0;
    }
    void findingsFilter_bySeverityAndText()
    {
        QFETCH(int, maxSeverity);
        QFETCH(QString, search);
        QFETCH(int, rows);
        ui::FindingsModel model;
        ui::FindingsFilterModel filter;
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        model.setFindings({finding(u"PB-002"_s, wizard::Severity::Error, u"endless prompts"_s),
                           finding(u"PA-001"_s, wizard::Severity::Warning, u"password prompt"_s),
                           finding(u"CERT-001"_s, wizard::Severity::Info, u"certificate unknown"_s)});
        filter.setMaxSeverity(maxSeverity);
        filter.setSearchText(search);
        QCOMPARE(filter.rowCount(), rows);
    }

    void findingsModel_showsTheEngineFindings()
    {
        ui::PlanSession session;
        QVERIFY(!session.open(sample));
        ui::FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(session.findings());
        QCOMPARE(model.rowCount(), session.findings().size());
        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
    }

    void serverTable_addDuplicateRemove_areUndoableEdits()
    {
        ui::PlanSession session;
        QVERIFY(!session.open(sample));
        ui::RecordTableModel model(&session, ui::serverSchema(ui::ServerGeneration::New));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);

        model.addRecord();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(session.undoStack()->undoText(), u"Add EX2013CAS-2"_s);
        // A new 2013 server starts with the documented defaults (F17-F22).
        const wizard::Server *added = session.topology().findServer(u"EX2013CAS-2"_s);
        QVERIFY(added);
        QCOMPARE(added->outlookAnywhere, wizard::defaultOutlookAnywhereSettings(wizard::ExchangeVersion::Ex2013, {}));

        model.duplicateRecord(0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.recordName(2), u"EX2013CAS-3"_s);
        model.removeRecord(1);
        QCOMPARE(model.rowCount(), 2);
        session.undoStack()->undo();
        session.undoStack()->undo();
        session.undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
    }

    void renamingAServer_renamesItsReferences()
    {
        ui::PlanSession session;
        QVERIFY(!session.open(sample));
        ui::RecordTableModel model(&session, ui::serverSchema(ui::ServerGeneration::Legacy));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = model.rowOfRecord(u"EX2010MBX"_s);
        QVERIFY(row >= 0);
        QVERIFY(model.setData(model.index(row, 0), u"EX2010DB"_s, Qt::EditRole));
        QCOMPARE(session.undoStack()->undoText(), u"Change Name of EX2010MBX"_s);
        QVERIFY(session.topology().clientGroups.at(0).mailboxServers.contains(u"EX2010DB"_s));
        QCOMPARE(session.topology().databases.at(1).server, u"EX2010DB"_s);
    }

    void changingVersion_hidesFieldsTheVersionLacks()
    {
        ui::PlanSession session;
        QVERIFY(!session.open(sample));
        ui::RecordTableModel model(&session, ui::serverSchema(ui::ServerGeneration::New));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setData(model.index(0, model.columnOfField(u"version"_s)), u"2016"_s, Qt::EditRole));
        const wizard::Server *s = session.topology().findServer(u"EX2013CAS"_s);
        QCOMPARE(s->version, wizard::ExchangeVersion::Ex2016);
        QVERIFY(s->outlookAnywhere.enabled.isNotApplicable());
        QVERIFY(s->outlookAnywhere.iisAuthenticationMethods.isKnown());
    }

    void legacyFinding_tintsTheCellItNames()
    {
        ui::PlanSession session;
        QVERIFY(!session.open(sample));
        ui::RecordTableModel model(&session, ui::serverSchema(ui::ServerGeneration::Legacy));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex name = model.index(model.rowOfRecord(u"EX2010CAS"_s), 0);
        QCOMPARE(name.data(ui::RecordTableModel::SeverityRole).toInt(), int(wizard::Severity::Error));
        QVERIFY(!name.data(Qt::ToolTipRole).toString().isEmpty());
    }

    // The names line up: while a row has a marker, the rows without one keep its room
    // (a blank icon); a table with no marker gives none its room.
    void markerRoom_keptOnEveryRow_onlyWhileARowHasAMarker()
    {
        ui::PlanSession session;
        QVERIFY(!session.open(QStringLiteral(COEXPLAN_SAMPLES "/fabrikam-mixed-2007-2010.coexplan")));
        ui::RecordTableModel legacy(&session, ui::serverSchema(ui::ServerGeneration::Legacy));
        const auto iconOf = [](const ui::RecordTableModel &model, const QString &name) {
            return model.index(model.rowOfRecord(name), 0).data(Qt::DecorationRole).value<QIcon>();
        };
        const QIcon marked = iconOf(legacy, u"MAN-EX10-CAS"_s);
        const QIcon blank = iconOf(legacy, u"LON-EX07-CAS"_s);
        QVERIFY(!marked.isNull() && !blank.isNull());
        const QImage image = blank.pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32);
        bool transparent = true;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                transparent = transparent && qAlpha(image.pixel(x, y)) == 0;
        QVERIFY(transparent);
        QVERIFY(marked.pixmap(16, 16).toImage() != blank.pixmap(16, 16).toImage());
        ui::RecordTableModel newServers(&session, ui::serverSchema(ui::ServerGeneration::New));
        QVERIFY(newServers.rowCount() > 0);
        for (int row = 0; row < newServers.rowCount(); ++row)
            QVERIFY(newServers.index(row, 0).data(Qt::DecorationRole).isNull());
    }

    void databaseTable_editsRpcClientAccessServer_threeState()
    {
        ui::PlanSession session;
        QVERIFY(!session.open(sample));
        ui::RecordTableModel model(&session, ui::databaseSchema());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = model.rowOfRecord(u"DB2010-01"_s);
        const QModelIndex rpc = model.index(row, model.columnOfField(u"rpcClientAccessServer"_s));
        QCOMPARE(rpc.data().toString(), u"outlook.contoso.local"_s);
        QVERIFY(model.setData(rpc, QString(), Qt::EditRole));
        QVERIFY(session.topology().databases.at(row).rpcClientAccessServer.isUnknown());
        session.undoStack()->undo();
        QCOMPARE(session.topology().databases.at(row).rpcClientAccessServer.value(), u"outlook.contoso.local"_s);
    }

    // Issue 17: the tier-2 fields are edited in the tables, three-state, and the rules follow.
    void tierTwoColumns_editThreeStateValues_andTheRulesFollow()
    {
        ui::PlanSession session;
        QVERIFY(!session.open(QStringLiteral(COEXPLAN_SAMPLES "/fabrikam-mixed-2007-2010.coexplan")));
        ui::RecordTableModel model(&session, ui::serverSchema(ui::ServerGeneration::Legacy));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto hasOps001 = [&session] {
            for (const wizard::Finding &f : session.findings()) {
                if (f.ruleId == u"OPS-001"_s && f.subject.name == u"MAN-EX10-CAS"_s)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(hasOps001());
        const int row = model.rowOfRecord(u"MAN-EX10-CAS"_s);
        const QModelIndex windows = model.index(row, model.columnOfField(u"operatingSystem"_s));
        QCOMPARE(windows.data().toString(), u"Windows Server 2008 R2"_s);
        const QModelIndex kb = model.index(row, model.columnOfField(u"kb3140410Installed"_s));
        QCOMPARE(kb.data().toString(), u"Unknown"_s);
        QCOMPARE(kb.data(ui::RecordTableModel::SeverityRole).toInt(), int(wizard::Severity::Warning));
        // A warning tints its cell; a cell whose worst finding is an info is not tinted
        // (a blue tint reads as a stray selection).
        QVERIFY(kb.data(Qt::BackgroundRole).value<QColor>().isValid());
        for (int c = 1; c < model.columnCount(); ++c) {
            for (int r = 0; r < model.rowCount(); ++r) {
                const QModelIndex cell = model.index(r, c);
                if (cell.data(ui::RecordTableModel::SeverityRole).toInt() == int(wizard::Severity::Info)
                    && !cell.data(ui::RecordTableModel::SeverityRole).isNull())
                    QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
            }
        }
        QVERIFY(model.setData(kb, u"Yes"_s, Qt::EditRole));
        QVERIFY(session.topology().findServer(u"MAN-EX10-CAS"_s)->kb3140410Installed.value());
        QTRY_VERIFY(!hasOps001());
        QVERIFY(model.setData(kb, u"Unknown"_s, Qt::EditRole));
        QVERIFY(session.topology().findServer(u"MAN-EX10-CAS"_s)->kb3140410Installed.isUnknown());
        QTRY_VERIFY(hasOps001());

        // The alternate service account: empty cell unknown, "none" known and empty.
        const QModelIndex asa = model.index(row, model.columnOfField(u"alternateServiceAccount"_s));
        QVERIFY(model.setData(asa, u"none"_s, Qt::EditRole));
        const wizard::Setting<QString> &none
            = session.topology().findServer(u"MAN-EX10-CAS"_s)->alternateServiceAccount;
        QVERIFY(none.isKnown() && none.value().isEmpty());
        QCOMPARE(asa.data().toString(), u"none"_s);
        QVERIFY(model.setData(asa, u"FABRIKAM\\EXASA$"_s, Qt::EditRole));
        QCOMPARE(session.topology().findServer(u"MAN-EX10-CAS"_s)->alternateServiceAccount.value(),
                 u"FABRIKAM\\EXASA$"_s);
        QVERIFY(model.setData(asa, QString(), Qt::EditRole));
        QVERIFY(session.topology().findServer(u"MAN-EX10-CAS"_s)->alternateServiceAccount.isUnknown());

        // A number: text that is none keeps the value; empty is unknown.
        const QModelIndex queue = model.index(row, model.columnOfField(u"requestQueueLimit"_s));
        QVERIFY(model.setData(queue, u"25000"_s, Qt::EditRole));
        QCOMPARE(session.topology().findServer(u"MAN-EX10-CAS"_s)->requestQueueLimit.value(), 25000);
        model.setData(queue, u"lots"_s, Qt::EditRole);
        QCOMPARE(session.topology().findServer(u"MAN-EX10-CAS"_s)->requestQueueLimit.value(), 25000);

        ui::RecordTableModel groups(&session, ui::clientGroupSchema());
        const QModelIndex krb = groups.index(0, groups.columnOfField(u"kerberosCoexistenceUpdate"_s));
        QVERIFY(groups.setData(krb, u"No"_s, Qt::EditRole));
        QVERIFY(!session.topology().clientGroups.at(0).kerberosCoexistenceUpdate.value());
        ui::RecordTableModel databases(&session, ui::databaseSchema());
        const QModelIndex count = databases.index(0, databases.columnOfField(u"mailboxCount"_s));
        QVERIFY(databases.setData(count, u"120"_s, Qt::EditRole));
        QCOMPARE(session.topology().databases.at(0).mailboxCount.value(), 120);
        session.undoStack()->undo();
        QVERIFY(session.topology().databases.at(0).mailboxCount.isUnknown()
                || session.topology().databases.at(0).mailboxCount.value() != 120);
    }

    // The organization's SPNs: an unknown list has no rows; Add records it; "not recorded"
    // makes it unknown again and unticked records "none"; all undoable.
    void organizationSpns_threeStateList_editedInATable()
    {
        ui::PlanSession session;
        QVERIFY(!session.open(sample));
        session.edit(u"forget"_s, [](wizard::Plan &p) { p.topology.organization.servicePrincipalNames.setUnknown(); });
        ui::OrganizationPage page(&session);
        auto *notRecorded = page.findChild<QCheckBox *>(u"servicePrincipalNamesNotRecorded"_s);
        QVERIFY(notRecorded);
        QVERIFY(notRecorded->isChecked());
        ui::RecordTableModel model(&session, ui::servicePrincipalNameSchema());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.addRecord();
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(session.topology().organization.servicePrincipalNames.isKnown());
        QVERIFY(!notRecorded->isChecked());
        QVERIFY(model.setData(model.index(0, 0), u"http/mail.contoso.com"_s, Qt::EditRole));
        QVERIFY(model.setData(model.index(0, 1), u"CONTOSO\\EXASA$"_s, Qt::EditRole));
        const wizard::ServicePrincipalName spn = session.topology().organization.servicePrincipalNames.value().at(0);
        QCOMPARE(spn.name, u"http/mail.contoso.com"_s);
        QCOMPARE(spn.account, u"CONTOSO\\EXASA$"_s);
        notRecorded->click();
        QVERIFY(session.topology().organization.servicePrincipalNames.isUnknown());
        QCOMPARE(model.rowCount(), 0);
        notRecorded->click();
        const auto &none = session.topology().organization.servicePrincipalNames;
        QVERIFY(none.isKnown() && none.value().isEmpty());
        session.undoStack()->undo();
        session.undoStack()->undo();
        QCOMPARE(session.topology().organization.servicePrincipalNames.value().at(0).name, u"http/mail.contoso.com"_s);
        QCOMPARE(model.rowCount(), 1);
    }

    void stepList_showsCounts()
    {
        ui::StepListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTitles({u"Start"_s, u"Legacy"_s});
        model.setState({{}, {2, 1, 0}}, {true, false});
        QCOMPARE(model.index(1).data(ui::StepListModel::ErrorsRole).toInt(), 2);
        QCOMPARE(model.index(1).data(ui::StepListModel::AppliesRole).toBool(), false);
        QVERIFY(model.index(1).data().toString().contains(u"2 error"_s));
        QVERIFY(!model.index(0).data().toString().contains(u'\n'));
    }

    // Issue 17: a result typed in the test table is kept in the plan, undoably.
    void testResults_typedResultIsKeptInThePlan()
    {
        ui::PlanSession session;
        QVERIFY(!session.open(sample));
        ui::TestResultsTable view(&session);
        QTableWidget *table = view.findChild<QTableWidget *>(u"testResultsTable"_s);
        QVERIFY(table);
        // Built when it is first seen, not while hidden.
        QCOMPARE(table->rowCount(), 0);
        view.show();
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->rowCount(), int(session.flows().size()));
        const QString id = table->item(0, 0)->toolTip();
        QVERIFY(id.startsWith(u"test/"_s));

        table->item(0, 2)->setText(u"RCA passed"_s);
        QCOMPARE(session.plan().checklist.value(id).result, u"RCA passed"_s);
        table->item(0, 1)->setCheckState(Qt::Checked);
        QVERIFY(session.plan().checklist.value(id).done);
        QCOMPARE(table->item(0, 2)->text(), u"RCA passed"_s); // the refresh keeps what was typed

        session.undoStack()->undo();
        QVERIFY(!session.plan().checklist.value(id).done);
        QCOMPARE(table->item(0, 1)->checkState(), Qt::Unchecked);
        session.undoStack()->undo();
        QVERIFY(session.plan().checklist.value(id).result.isEmpty());
        QVERIFY(table->item(0, 2)->text().isEmpty());
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
