// Golden folders for the rules: tests/data/checks/<case>/plan.coexplan and
// expected.txt, one finding per line:
//   RULE-ID severity subjectKind:subjectName field[,field...]
// The list is compared in order (findings come out in a stable order), so a case
// proves both what fires and what must not.
// A line "# rules: VER-001 VER-002" scopes a case to those rules: only their findings
// are compared, so a minimal plan written for one rule does not have to list every
// other rule's "cannot evaluate" info (and stays valid when rules are added). Cases
// without it compare every finding.
#include "checks/checkengine.h"
#include "checks/rule.h"
#include "planfile/planfile.h"
#include "probecheck/probefindings.h"

#include "goldenfolders.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestChecksGolden : public QObject
{
    Q_OBJECT

private:
    static QStringList describe(const QList<wizard::Finding> &findings)
    {
        QStringList lines;
        for (const wizard::Finding &f : findings) {
            lines.append(u"%1 %2 %3:%4 %5"_s
                             .arg(f.ruleId, wizard::severityToken(f.severity), wizard::subjectKindToken(f.subject.kind),
                                  f.subject.name, f.fields.join(u','))
                             .trimmed());
        }
        return lines;
    }

    static bool isRuleId(const QString &id)
    {
        const wizard::RuleList &rules = wizard::allRules();
        return std::any_of(rules.cbegin(), rules.cend(), [&id](const auto &r) { return r->id() == id; });
    }

    // The rule ids of a "# rules:" line; empty = all rules.
    static QStringList scopedRules(const QStringList &comments)
    {
        QStringList ids;
        for (const QString &c : comments) {
            const QString text = c.mid(1).trimmed();
            if (text.startsWith(u"rules:"_s))
                ids += text.mid(6).split(u' ', Qt::SkipEmptyParts);
        }
        return ids;
    }

private slots:
    void goldenCase_matchesExpectedFindings_data() { addGoldenRows(u"checks"_s); }
    void goldenCase_matchesExpectedFindings()
    {
        QFETCH(QString, folder);
        const wizard::PlanLoadResult loaded = wizard::loadPlanFile(folder + u"/plan.coexplan"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error ? loaded.error->toString() : QString()));
        const QString expectedPath = folder + u"/expected.txt"_s;
        QStringList comments;
        QStringList expected;
        for (const QString &line : QString::fromUtf8(readFileOrFail(expectedPath)).split(u'\n')) {
            if (line.startsWith(u'#'))
                comments.append(line);
            else if (!line.trimmed().isEmpty())
                expected.append(line.trimmed());
        }
        QList<wizard::Finding> findings = wizard::runChecks(loaded.plan->topology);
        // A saved live probe's PRB findings (docs/probes.md) join the rules', as in `coexplan check`.
        findings += wizard::evaluateProbe(loaded.plan->topology, loaded.plan->lastProbe).findings;
        for (const wizard::Finding &f : findings) {
            QVERIFY2(!f.message.isEmpty() && !f.why.isEmpty() && !f.fix.isEmpty() && !f.source.isEmpty(),
                     qPrintable(u"%1 on %2 lacks message, why, fix or source"_s.arg(f.ruleId, f.subject.name)));
        }
        const QStringList scope = scopedRules(comments);
        for (const QString &id : scope)
            QVERIFY2(isRuleId(id), qPrintable(u"\"# rules:\" names %1, which is not a rule id"_s.arg(id)));
        if (!scope.isEmpty())
            findings.removeIf([&scope](const wizard::Finding &f) { return !scope.contains(f.ruleId); });
        const QStringList actual = describe(findings);

        if (updateGolden()) {
            // Keeps the comment lines (and so the scope) and rewrites the findings.
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(((comments + actual).join(u'\n') + u'\n').toUtf8());
            return;
        }
        if (actual != expected) {
            qWarning().noquote() << u"expected:\n  "_s + expected.join(u"\n  "_s);
            qWarning().noquote() << u"actual:\n  "_s + actual.join(u"\n  "_s);
        }
        QCOMPARE(actual, expected);
    }

    // Rules are pure: checking the same topology twice gives the same findings.
    void goldenCase_isDeterministic_data() { addGoldenRows(u"checks"_s); }
    void goldenCase_isDeterministic()
    {
        QFETCH(QString, folder);
        const wizard::PlanLoadResult loaded = wizard::loadPlanFile(folder + u"/plan.coexplan"_s);
        QVERIFY(loaded.ok());
        QCOMPARE(wizard::runChecks(loaded.plan->topology), wizard::runChecks(loaded.plan->topology));
    }
};

QTEST_GUILESS_MAIN(TestChecksGolden)
#include "tst_checks_golden.moc"
