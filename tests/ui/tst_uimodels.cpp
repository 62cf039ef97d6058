// The item models of the wizard, each wrapped in QAbstractItemModelTester.
#include "findings/findingsfiltermodel.h"
#include "findings/findingsmodel.h"
#include "mainwindow/steplistmodel.h"
#include "pages/testresultstable.h"
#include "session/plansession.h"
#include "tables/recordtablemodel.h"

#include <QAbstractItemModelTester>
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
