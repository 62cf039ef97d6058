// The form right after an import (issue 12, "Principle"): a paste whose server versions
// are not in the input is imported with the versions unknown, the form asks for them,
// and the answers given with the keyboard land in the plan exactly as the CLI's
// --version does (the golden case paste-version-given holds the same input and answers).
#include "mainwindow/cmdletimportactions.h"
#include "mainwindow/importquestionsdialog.h"
#include "mainwindow/mainwindow.h"
#include "planfile/planfile.h"
#include "session/plansession.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
const QString versionUnknownInput
    = QStringLiteral(COEXPLAN_TEST_DATA "/imports/paste-version-unknown/input-oa-2013-shell.txt");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

ui::ImportQuestionsDialog *questionsOf(ui::MainWindow &w)
{
    return w.findChild<ui::ImportQuestionsDialog *>(u"importQuestionsDialog"_s);
}

int cannotEvaluateVersion(const QList<wizard::Finding> &findings, const QString &server)
{
    int n = 0;
    for (const wizard::Finding &f : findings) {
        if (f.severity == wizard::Severity::Info && f.subject.name == server && f.fields == QStringList{u"version"_s})
            ++n;
    }
    return n;
}
} // namespace

class TestImportQuestions : public QObject
{
    Q_OBJECT

private slots:
    void answeringTheForm_withTheKeyboard_givesThePlanOfTheCliAnswers()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.importActions()->importFiles({versionUnknownInput}));
        // The import kept both servers, with their versions unknown.
        const wizard::Server *ex2010 = w.session()->topology().findServer(u"EX2010A"_s);
        QVERIFY(ex2010);
        QCOMPARE(ex2010->version, wizard::ExchangeVersion::Unknown);
        QTRY_VERIFY(questionsOf(w) && questionsOf(w)->isVisible());
        ui::ImportQuestionsDialog *form = questionsOf(w);
        QVERIFY(QTest::qWaitForWindowActive(form));
        auto *ex2013Version = form->findChild<QComboBox *>(u"versionOf:EX2013A"_s);
        auto *ex2010Version = form->findChild<QComboBox *>(u"versionOf:EX2010A"_s);
        QVERIFY(ex2013Version && ex2010Version);
        // Never pre-filled: a version the input does not show is not guessed.
        QCOMPARE(ex2013Version->currentData().toString(), u"unknown"_s);
        QCOMPARE(ex2010Version->currentData().toString(), u"unknown"_s);
        // Keyboard only: the first question has the focus; arrows choose, Tab moves on,
        // Enter applies. Items: Unknown, 2003, 2007, 2010, 2013, ...
        QTRY_COMPARE(QApplication::focusWidget(), ex2013Version);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(ex2013Version, Qt::Key_Down);
        QTest::keyClick(ex2013Version, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), ex2010Version);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(ex2010Version, Qt::Key_Down);
        QCOMPARE(ex2013Version->currentData().toString(), u"2013"_s);
        QCOMPARE(ex2010Version->currentData().toString(), u"2010"_s);
        QTest::keyClick(ex2010Version, Qt::Key_Return);
        QTRY_VERIFY(!questionsOf(w));

        QCOMPARE(w.session()->topology().findServer(u"EX2010A"_s)->version, wizard::ExchangeVersion::Ex2010);
        QCOMPARE(w.session()->topology().findServer(u"EX2013A"_s)->version, wizard::ExchangeVersion::Ex2013);
        // The same plan as `coexplan import --version EX2013A=2013 --version EX2010A=2010`.
        const QByteArray expected
            = readFile(QStringLiteral(COEXPLAN_TEST_DATA "/imports/paste-version-given/expected-plan.coexplan"));
        QCOMPARE(QString::fromUtf8(wizard::serializePlan(w.session()->plan())), QString::fromUtf8(expected));
        QCOMPARE(cannotEvaluateVersion(w.session()->findings(), u"EX2010A"_s), 0);
        // Two undo steps: the import, then the answers.
        QCOMPARE(w.session()->undoStack()->undoText(), u"Answers to the import questions"_s);
        w.session()->undoStack()->undo();
        QCOMPARE(w.session()->topology().findServer(u"EX2010A"_s)->version, wizard::ExchangeVersion::Unknown);
        QTRY_VERIFY(w.findChild<QWidget *>(u"importReportDialog"_s)->isVisible());
    }

    void skippingTheForm_keepsTheVersionsUnknown_andTheRulesCannotEvaluate()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.importActions()->importFiles({versionUnknownInput}));
        QTRY_VERIFY(questionsOf(w) && questionsOf(w)->isVisible());
        ui::ImportQuestionsDialog *form = questionsOf(w);
        QVERIFY(QTest::qWaitForWindowActive(form));
        form->findChild<QPushButton *>(u"skipImportQuestions"_s)->click();
        QTRY_VERIFY(!questionsOf(w));
        const wizard::Server *ex2010 = w.session()->topology().findServer(u"EX2010A"_s);
        QCOMPARE(ex2010->version, wizard::ExchangeVersion::Unknown);
        // Values that mean the same on every version were kept.
        QCOMPARE(ex2010->outlookAnywhere.externalHostname.valueOr(QString()), u"legacy.contoso.com"_s);
        // VER-001 and every Part A / Part B rule: "cannot evaluate", never an error.
        QVERIFY(cannotEvaluateVersion(w.session()->findings(), u"EX2010A"_s) >= 18);
        for (const wizard::Finding &f : w.session()->findings()) {
            if (f.subject.name == u"EX2010A"_s)
                QCOMPARE(f.severity == wizard::Severity::Error, false);
        }
        QCOMPARE(w.session()->undoStack()->count(), 1);
    }

    // A record that names no server, with several servers in the input: the form asks
    // which one, offering the only Client Access server without a record first.
    void recordWithoutServer_isAnsweredInTheForm()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString dir = QStringLiteral(COEXPLAN_TEST_DATA "/imports/paste-anonymous-named-server/");
        QVERIFY(w.importActions()->importFiles({dir + u"input-1-servers.txt"_s, dir + u"input-2-oa-subset.txt"_s}));
        QTRY_VERIFY(questionsOf(w) && questionsOf(w)->isVisible());
        ui::ImportQuestionsDialog *form = questionsOf(w);
        const QList<QComboBox *> combos = form->findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 1);
        QVERIFY(combos.first()->objectName().startsWith(u"serverOfRecord:input-2-oa-subset.txt:"_s));
        combos.first()->setCurrentText(u"EX2013A"_s);
        form->findChild<QPushButton *>(u"applyImportAnswers"_s)->click();
        QTRY_VERIFY(!questionsOf(w));
        const wizard::Server *ex2013 = w.session()->topology().findServer(u"EX2013A"_s);
        QVERIFY(ex2013 && ex2013->current);
        QVERIFY(ex2013->current->outlookAnywhere.externalHostname.isKnown());
        QVERIFY(w.importActions()->lastReport().contains(u"as you answered"_s));
    }
};

QTEST_MAIN(TestImportQuestions)
#include "tst_importquestions.moc"
