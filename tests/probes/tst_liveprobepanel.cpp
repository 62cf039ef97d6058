// The wizard's Live check against the loopback lab (probe_lab.py): nothing is asked
// until the button is pressed; results fill the table as they come; a finished run is
// one undoable edit whose findings reach the session (markers) and whose answers show
// on the Part A hop; Cancel stores nothing.
#include "labplan.h"
#include "probecheck/probetargets.h"
#include "probes/liveprobepanel.h"
#include "probes/proberesultsmodel.h"
#include "session/plansession.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_LiveProbePanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void nothingIsAsked_untilCheckLive();
    void checkLive_fillsTable_storesRecord_marksFields();
    void cancel_storesNothing();

private:
    qsizetype requestCount() const;
    void fillOptions(ui::LiveProbePanel &panel) const;
    QJsonObject m_lab;
};

void tst_LiveProbePanel::initTestCase()
{
    const QByteArray labFile = qgetenv("COEXPLAN_PROBE_LAB");
    QVERIFY2(!labFile.isEmpty(), "run this test through tests/probes/probe_lab.py (ctest does)");
    QFile f(QString::fromLocal8Bit(labFile));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_lab = QJsonDocument::fromJson(f.readAll()).object();
}

qsizetype tst_LiveProbePanel::requestCount() const
{
    QFile f(m_lab.value(u"requestLog"_s).toString());
    return f.open(QIODevice::ReadOnly) ? f.readAll().count('\n') : -1;
}

void tst_LiveProbePanel::fillOptions(ui::LiveProbePanel &panel) const
{
    panel.findChild<QLineEdit *>(u"probeDnsServer"_s)->setText(m_lab.value(u"dnsServer"_s).toString());
    panel.findChild<QLineEdit *>(u"probeCaFile"_s)->setText(m_lab.value(u"caFile"_s).toString());
}

void tst_LiveProbePanel::nothingIsAsked_untilCheckLive()
{
    ui::PlanSession session;
    session.replacePlan(labplan::plan(), QString());
    ui::LiveProbePanel panel(&session);
    panel.show();
    QTest::qWait(1000);
    QVERIFY(!panel.isProbing());
    QCOMPARE(requestCount(), 0);
    QCOMPARE(panel.model()->rowCount(), 0);
    QVERIFY(!panel.findChild<QProgressBar *>(u"probeProgress"_s)->isVisible());
}

void tst_LiveProbePanel::checkLive_fillsTable_storesRecord_marksFields()
{
    ui::PlanSession session;
    session.replacePlan(labplan::plan(), QString());
    ui::LiveProbePanel panel(&session);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.show();
    fillOptions(panel);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"checkLiveButton"_s), Qt::LeftButton);
    QVERIFY(panel.isProbing());
    QVERIFY(panel.findChild<QProgressBar *>(u"probeProgress"_s)->isVisible());
    const int names = int(wizard::probeTargets(session.topology()).size());
    QCOMPARE(panel.model()->rowCount(), names);
    QCOMPARE(panel.model()->index(0, ui::ProbeResultsModel::VerdictColumn).data().toString(), u"probing..."_s);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isProbing(), 60000);

    QCOMPARE(session.plan().lastProbe.names.size(), names);
    QVERIFY(session.isDirty());
    const auto row = [&](const QString &name) {
        for (int r = 0; r < panel.model()->rowCount(); ++r) {
            if (panel.model()->index(r, 0).data().toString() == name)
                return r;
        }
        return -1;
    };
    QCOMPARE(panel.model()->index(row(u"mail.contoso.test"_s), ui::ProbeResultsModel::VerdictColumn).data(),
             QVariant(u"OK"_s));
    QCOMPARE(panel.model()->index(row(u"ex2013b.contoso.test"_s), ui::ProbeResultsModel::VerdictColumn).data(),
             QVariant(u"Error"_s));
    QCOMPARE(panel.model()->index(row(u"internal.contoso.test"_s), ui::ProbeResultsModel::AnsweredByColumn).data(),
             QVariant(u"EXROGUE"_s));
    // Every column stays in view at the width the Review tab has at 1366x768 (about
    // 1,050 px), and no cell's text is cut: rows grow to hold the wrapped detail.
    panel.resize(1050, 560);
    QCoreApplication::processEvents();
    auto *table = panel.findChild<QTableView *>(u"probeTable"_s);
    QVERIFY(table);
    const QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < ui::ProbeResultsModel::ColumnCount; ++c) {
        QVERIFY2(header->sectionViewportPosition(c) >= 0
                     && header->sectionViewportPosition(c) + header->sectionSize(c) <= table->viewport()->width(),
                 qPrintable(u"column %1 lies outside the table"_s.arg(c)));
    }
    for (int r = 0; r < panel.model()->rowCount(); ++r) {
        for (int c = 0; c < ui::ProbeResultsModel::ColumnCount; ++c) {
            const QModelIndex at = panel.model()->index(r, c);
            QStyleOptionViewItem option;
            option.initFrom(table);
            option.rect = QRect(0, 0, header->sectionSize(c), table->rowHeight(r));
            option.features |= QStyleOptionViewItem::WrapText;
            const QSize wanted = table->itemDelegate()->sizeHint(option, at);
            QVERIFY2(wanted.height() <= table->rowHeight(r) + 1,
                     qPrintable(u"row %1 column %2 is cut: %3"_s.arg(r).arg(c).arg(at.data().toString())));
        }
    }
    // The findings reach the session: markers on the planned certificate and on EX2010.
    const auto has = [&](const QString &rule, wizard::SubjectKind kind, const QString &subject) {
        return std::any_of(session.findings().cbegin(), session.findings().cend(), [&](const wizard::Finding &f) {
            return f.ruleId == rule && f.subject.kind == kind && f.subject.name == subject;
        });
    };
    QVERIFY(has(u"PRB-004"_s, wizard::SubjectKind::Certificate, u"Exchange 2013 SAN"_s));
    QVERIFY(has(u"PRB-006"_s, wizard::SubjectKind::Server, u"EX2010"_s));
    QVERIFY(has(u"PRB-003"_s, wizard::SubjectKind::Organization, QString()));
    // The Part A hop shows what answered beside the planned server.
    bool partA = false;
    QStringList seen;
    for (const wizard::Flow &flow : session.flows()) {
        for (const wizard::Hop &hop : flow.hops) {
            seen.append(hopKindToken(hop.kind) + u' ' + hop.to);
            if (hop.kind == wizard::HopKind::PartA && hop.to == u"mail.contoso.test"_s) {
                QVERIFY2(hop.observed.startsWith(u"EX2013 at "_s), qPrintable(hop.observed));
                partA = true;
            }
        }
    }
    QVERIFY2(partA, qPrintable(seen.join(u", "_s)));
    // One undoable edit.
    session.undoStack()->undo();
    QVERIFY(session.plan().lastProbe.isEmpty());
    QCOMPARE(panel.model()->rowCount(), 0);
}

void tst_LiveProbePanel::cancel_storesNothing()
{
    ui::PlanSession session;
    session.replacePlan(labplan::plan(), QString());
    ui::LiveProbePanel panel(&session);
    panel.show();
    fillOptions(panel);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"checkLiveButton"_s), Qt::LeftButton);
    QVERIFY(panel.isProbing());
    QTest::mouseClick(panel.findChild<QPushButton *>(u"probeCancelButton"_s), Qt::LeftButton);
    QVERIFY(!panel.isProbing());
    QVERIFY(session.plan().lastProbe.isEmpty());
    QVERIFY(!session.isDirty());
    QVERIFY(panel.findChild<QPushButton *>(u"checkLiveButton"_s)->isEnabled());
}

QTEST_MAIN(tst_LiveProbePanel)
#include "tst_liveprobepanel.moc"
