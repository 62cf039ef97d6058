// Every PowerShell command a finding proposes as its fix uses only cmdlets and parameters
// that docs/powershell-commands.tsv lists for the subject server's version (issue 13: the
// table is data derived from Microsoft's cmdlet reference). Run over the findings of
// every plan in tests/data/checks and the bundled samples; the table's Markdown copy in
// docs/ must list the same rows.
#include "checks/checkengine.h"
#include "planfile/planfile.h"

#include "../exports/pstokens.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Row
{
    QString kind;
    QStringList versions;
};

// lower-case "cmdlet|parameter" ("cmdlet|" for the cmdlet itself) -> row
QHash<QString, Row> loadTable(QStringList *lines = nullptr)
{
    QHash<QString, Row> table;
    QFile f(QStringLiteral(COEXPLAN_COMMAND_TABLE));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", COEXPLAN_COMMAND_TABLE);
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList c = line.split(u'\t');
        if (c.size() < 6)
            qFatal("malformed table line: %s", qPrintable(line));
        table.insert((c[1] + u'|' + c[2]).toLower(), Row{c[0], c[3].split(u',')});
        if (lines)
            lines->append(line);
    }
    return table;
}

bool allows(const Row &row, const QString &version)
{
    return version.isEmpty() || row.versions.contains(u"any"_s) || row.versions.contains(version);
}

// The commands of a fix: its code outside quotes and comments, split at ; and |, each
// starting with a Verb-Noun cmdlet name. Native tools and prose are not cmdlets.
QList<QStringList> commandsOf(const QString &fix)
{
    // PowerShell verbs (Get-Verb) a fix could start with; prose such as "Re-issue" is not a command.
    static const QRegularExpression cmdlet(
        u"^(Get|Set|Enable|Disable|New|Remove|Add|Import|Install|Uninstall|Test|Clear|Start|Stop|Restart|Update|Move|"
        "Mount|Dismount|Export)-[A-Z][A-Za-z]+$"_s);
    static const QRegularExpression separators(u"[;|\\n]|\\.\\s"_s); // commands, lines, sentences
    QList<QStringList> out;
    static const QRegularExpression parenthesized(u"\\([^()]*\\)"_s);
    QString code = scanPowerShell(fix).code;
    // An argument in parentheses is an expression (its operators are no parameters).
    while (code.contains(parenthesized))
        code.replace(parenthesized, u"$expr"_s);
    for (const QString &segment : code.split(separators)) {
        const QStringList words = segment.split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty() || !cmdlet.match(words.first()).hasMatch())
            continue;
        out.append(words);
    }
    return out;
}

QStringList planFiles()
{
    QStringList out;
    const QDir checks(QStringLiteral(COEXPLAN_TEST_DATA) + u"/checks"_s);
    for (const QString &c : checks.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        out.append(checks.filePath(c + u"/plan.coexplan"_s));
    const QDir samples(QStringLiteral(COEXPLAN_SAMPLES));
    for (const QString &s : samples.entryList({u"*.coexplan"_s}, QDir::Files))
        out.append(samples.filePath(s));
    return out;
}
} // namespace

class TestFixCommands : public QObject
{
    Q_OBJECT

private slots:
    void everyFix_usesListedCmdletsAndParametersForItsVersion()
    {
        const QHash<QString, Row> table = loadTable();
        int commands = 0;
        for (const QString &path : planFiles()) {
            const wizard::PlanLoadResult loaded = wizard::loadPlanFile(path);
            QVERIFY2(loaded.ok(), qPrintable(path));
            const wizard::Topology &t = loaded.plan->topology;
            for (const wizard::Finding &f : wizard::runChecks(t)) {
                QString version;
                if (f.subject.kind == wizard::SubjectKind::Server) {
                    if (const wizard::Server *s = t.findServer(f.subject.name))
                        version = wizard::exchangeVersionToken(s->version);
                }
                // The command model refused a pair the table does not list (pscommand.h).
                QVERIFY2(!f.fix.contains(u"CoexPlan did not write this command"_s),
                         qPrintable(u"%1 %2: %3"_s.arg(path, f.ruleId, f.fix)));
                for (const QStringList &words : commandsOf(f.fix)) {
                    ++commands;
                    const QString where = u"%1: %2 fix \"%3\""_s.arg(QFileInfo(path).dir().dirName(), f.ruleId, f.fix);
                    const QString cmdlet = words.first().toLower();
                    const auto self = table.constFind(cmdlet + u'|');
                    bool listed = self != table.cend() && allows(*self, version);
                    for (auto it = table.cbegin(); !listed && it != table.cend(); ++it)
                        listed = it.key().startsWith(cmdlet + u'|') && allows(*it, version);
                    QVERIFY2(listed,
                             qPrintable(u"%1: %2 is not listed for Exchange %3"_s.arg(where, words.first(), version)));
                    for (const QString &w : words.mid(1)) {
                        if (!w.startsWith(u'-') || w.size() < 2 || !w[1].isLetter())
                            continue;
                        const QString parameter = w.section(u':', 0, 0);
                        const auto row = table.constFind(cmdlet + u'|' + parameter.toLower());
                        QVERIFY2(row != table.cend(),
                                 qPrintable(u"%1: %2 %3 is not in the table"_s.arg(where, words.first(), parameter)));
                        QVERIFY2(allows(*row, version),
                                 qPrintable(u"%1: %2 %3 is not listed for Exchange %4"_s.arg(where, words.first(),
                                                                                             parameter, version)));
                    }
                }
            }
        }
        QVERIFY2(commands > 50, qPrintable(u"only %1 fix commands seen"_s.arg(commands)));
    }

    // The check can fail: a 2013+ parameter on a 2010 server, and an unlisted cmdlet.
    void tableCheck_rejectsWrongPairs()
    {
        const QHash<QString, Row> table = loadTable();
        const QList<QStringList> cmds
            = commandsOf(u"Set-OutlookAnywhere -Identity 'EX\\Rpc (Default Web Site)' -InternalHostname 'a'"_s);
        QCOMPARE(cmds.size(), 1);
        QVERIFY(!allows(table.value(u"set-outlookanywhere|-internalhostname"_s), u"2010"_s));
        QVERIFY(allows(table.value(u"set-outlookanywhere|-internalhostname"_s), u"2013"_s));
        QVERIFY(!allows(table.value(u"set-outlookanywhere|-clientauthenticationmethod"_s), u"2013"_s));
        QVERIFY(!table.contains(u"remove-outlookanywhere|"_s));
        QCOMPARE(commandsOf(u"ServerManagerCmd -install RPC-over-HTTP-proxy"_s).size(), 0);
    }

    void markdownTable_listsTheSameRows()
    {
        QStringList lines;
        loadTable(&lines);
        QFile md(QStringLiteral(COEXPLAN_COMMAND_TABLE).replace(u".tsv"_s, u".md"_s));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        for (const QString &line : lines) {
            const QStringList c = line.split(u'\t');
            const QString row = u"| %1 | %2 | %3 | %4 | %5 | %6 |"_s.arg(
                c[0], c[1], c[2].isEmpty() ? u"(the cmdlet)"_s : c[2], c[3], c[4], c[5]);
            QVERIFY2(text.contains(row), qPrintable(row));
        }
    }
};

QTEST_GUILESS_MAIN(TestFixCommands)
#include "tst_fixcommands.moc"
