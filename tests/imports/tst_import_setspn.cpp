// setspn output (issue 17, KRB-001/KRB-004): the parser's shapes and the merge rule
// (an account's list and a queried SPN replace what the plan had for them, nothing else).
#include "imports/planimport.h"
#include "imports/setspnoutput.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wizard;

namespace {
ImportSource text(const QString &name, const QString &content)
{
    return ImportSource{name, decodeImportBytes(content.toUtf8())};
}

QStringList spnsOf(const PsRecord &r)
{
    QStringList out;
    for (const PsProperty &p : r.properties) {
        if (p.name == u"ServicePrincipalName"_s)
            out.append(p.value);
    }
    return out;
}

ParsedRecords parse(const QString &textIn, const QString &command = {})
{
    const QStringList lines = textIn.split(u'\n');
    ParsedRecords out;
    const qsizetype next = parseSetspnOutput(lines, 0, lines.size(), command, out);
    Q_ASSERT(next <= lines.size());
    return out;
}

QList<ServicePrincipalName> spns(const ImportOutcome &o)
{
    return o.plan.topology.organization.servicePrincipalNames.valueOr({});
}
} // namespace

class TestImportSetspn : public QObject
{
    Q_OBJECT

private slots:
    void commandLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isCommand");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<bool>("listing");
        QTest::newRow("-Q") << u"setspn -Q http/mail.contoso.com"_s << true << u"http/mail.contoso.com"_s << false;
        QTest::newRow("-F -Q after cmd prompt") << u"C:\\Windows\\system32>setspn -F -Q http/mail.contoso.com"_s << true
                                                << u"http/mail.contoso.com"_s << false;
        QTest::newRow("PS prompt, .exe, lower case")
            << u"PS C:\\> setspn.exe -q \"http/mail.contoso.com\""_s << true << u"http/mail.contoso.com"_s << false;
        QTest::newRow("-T domain -F -Q") << u"setspn -T contoso.com -F -Q http/a.contoso.com"_s << true
                                         << u"http/a.contoso.com"_s << false;
        QTest::newRow("-L") << u"setspn -L EXCH2013ASA$"_s << true << u"EXCH2013ASA$"_s << true;
        QTest::newRow("no switch lists") << u"setspn CONTOSO\\EXCH2013ASA$"_s << true << u"CONTOSO\\EXCH2013ASA$"_s
                                         << true;
        QTest::newRow("-S changes, not read")
            << u"setspn -S http/mail.contoso.com EXCH2013ASA$"_s << false << QString() << false;
        QTest::newRow("data mentioning setspn") << u"Comment : run setspn -L ASA"_s << false << QString() << false;
        QTest::newRow("setspnfoo") << u"setspnfoo -Q x"_s << false << QString() << false;
        QTest::newRow("no argument") << u"setspn -Q"_s << false << QString() << false;
    }
    void commandLine()
    {
        QFETCH(QString, line);
        QFETCH(bool, isCommand);
        QFETCH(QString, argument);
        QFETCH(bool, listing);
        QString parsedArgument;
        bool parsedListing = false;
        QCOMPARE(parseSetspnCommandLine(line, &parsedArgument, &parsedListing), isCommand);
        if (isCommand) {
            QCOMPARE(parsedArgument, argument);
            QCOMPARE(parsedListing, listing);
        }
    }

    void listOutput_tabsBlankLinesAndWrappedDn()
    {
        const ParsedRecords r = parse(u"Registered ServicePrincipalNames for CN=EXCH2013ASA,CN=Computers,DC=contoso,\n"
                                      "DC=com:\n\thttp/mail.contoso.com\n\n        HOST/EXCH2013ASA\n"
                                      "Name : EX1"_s);
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records[0].section, u"setspn -L"_s);
        QCOMPARE(r.records[0].find(u"Account")->value, u"CN=EXCH2013ASA,CN=Computers,DC=contoso,DC=com"_s);
        QCOMPARE(spnsOf(r.records[0]), QStringList({u"http/mail.contoso.com"_s, u"HOST/EXCH2013ASA"_s}));
        QCOMPARE(r.records[0].lastLine, 5); // "Name : EX1" is not an SPN: the block ends before it
    }

    void queryOutput_accountsAndNotFound()
    {
        const ParsedRecords found = parse(u"Checking forest DC=contoso,DC=com\nCN=A,CN=Computers,DC=contoso,DC=com\n"
                                          "\thttp/mail.contoso.com\nCN=B,CN=Computers,DC=contoso,DC=com\n"
                                          "\thttp/mail.contoso.com\n\nExisting SPN found!"_s,
                                          u"http/mail.contoso.com"_s);
        QCOMPARE(found.records.size(), 2);
        QCOMPARE(found.records[1].find(u"Account")->value, u"CN=B,CN=Computers,DC=contoso,DC=com"_s);
        QCOMPARE(found.records[1].find(u"Scope")->value, u"forest"_s);
        QCOMPARE(found.records[1].find(u"Query")->value, u"http/mail.contoso.com"_s);
        const ParsedRecords none
            = parse(u"Checking domain DC=contoso,DC=com\n\nNo such SPN found."_s, u"http/x.contoso.com"_s);
        QCOMPARE(none.records.size(), 1);
        QVERIFY(!none.records[0].has(u"Account"));
        QCOMPARE(none.records[0].find(u"Found")->value, u"no"_s);
        // A header and nothing after it: said, not swallowed.
        const ParsedRecords cut = parse(u"Checking domain DC=contoso,DC=com\nsomething else"_s);
        QVERIFY(cut.records.isEmpty());
        QCOMPARE(cut.unplaced.size(), 1);
        QCOMPARE(cut.unplaced[0].line, 1);
    }

    // A URL is not an SPN, nor is a line with spaces.
    void spnShape()
    {
        const ParsedRecords r = parse(u"Registered ServicePrincipalNames for CN=A,DC=c:\n"
                                      "https://mail.contoso.com/rpc\nhttp/ok.contoso.com"_s);
        QCOMPARE(spnsOf(r.records[0]), QStringList());
        QCOMPARE(r.records[0].lastLine, 1);
    }

    void merge_replacesListedAccountsAndQueriedSpnsOnly()
    {
        Plan base;
        base.topology.organization.servicePrincipalNames = QList<ServicePrincipalName>{
            {u"http/mail.contoso.com"_s, u"CONTOSO\\EXCH2013ASA$"_s}, // replaced: the account is listed again
            {u"http/legacy.contoso.com"_s, u"OLDASA$"_s}, // removed: -Q says no account has it
            {u"http/other.contoso.com"_s, u"THIRD$"_s}, // kept: nothing in the input speaks of it
        };
        const QString input = u"setspn -L EXCH2013ASA$\n"
                              "Registered ServicePrincipalNames for CN=EXCH2013ASA,CN=Computers,DC=contoso,DC=com:\n"
                              "\thttp/autodiscover.contoso.com\n\n"
                              "setspn -Q http/legacy.contoso.com\nChecking domain DC=contoso,DC=com\n\n"
                              "No such SPN found.\n"_s;
        const ImportOutcome o = importIntoPlan({text(u"spn.txt"_s, input)}, base);
        QVERIFY2(o.result.succeeded(), qPrintable(o.result.issues.isEmpty() ? QString() : o.result.issues[0].message));
        const QList<ServicePrincipalName> expected{
            {u"http/other.contoso.com"_s, u"THIRD$"_s},
            {u"http/autodiscover.contoso.com"_s, u"CN=EXCH2013ASA,CN=Computers,DC=contoso,DC=com"_s},
        };
        QCOMPARE(spns(o), expected);
    }

    // Only "No such SPN found." without the command: nothing can be learned, and the
    // import says why instead of recording an empty list.
    void notFoundWithoutCommand_warnsAndLeavesUnknown()
    {
        const ImportOutcome o
            = importIntoPlan({text(u"spn.txt"_s, u"Checking domain DC=contoso,DC=com\n\nNo such SPN found.\n"_s)}, {});
        QVERIFY(o.plan.topology.organization.servicePrincipalNames.isUnknown());
        QVERIFY(std::any_of(o.result.issues.cbegin(), o.result.issues.cend(), [](const ImportIssue &i) {
            return i.severity == IssueSeverity::Warning && i.message.contains(u"command line"_s);
        }));
    }

    void queryOfNoneKnown_recordsKnownEmpty()
    {
        const ImportOutcome o = importIntoPlan(
            {text(
                u"spn.txt"_s,
                u"C:\\>setspn -F -Q http/mail.contoso.com\nChecking forest DC=contoso,DC=com\nNo such SPN found.\n"_s)},
            {});
        QVERIFY(o.plan.topology.organization.servicePrincipalNames.isKnown());
        QVERIFY(spns(o).isEmpty());
        QVERIFY(o.result.succeeded());
    }
};

QTEST_GUILESS_MAIN(TestImportSetspn)
#include "tst_import_setspn.moc"
