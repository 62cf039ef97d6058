// Cutover: dated milestones and waves judged against the findings that gate them
// (docs/cutover.md; issue 16). CUT-001 reads the other rules' findings, so it runs in the
// engine's second pass (Rule::readsOtherFindings).
#include "cutover/cutovergates.h"
#include "findingbuilder.h"
#include "rule.h"
#include "sources.h"
#include "topology/wording.h"
#include "translationmemo.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return checkText(text);
}

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

// The checklist the dates follow: the 2007 one when Exchange 2007 is in the plan (F70).
QString checklistSource(const CheckContext &context)
{
    return {context.hasVersion(ExchangeVersion::Ex2007) ? source::checklistFrom2007 : source::checklistFrom2010};
}

// CUT-001: a step has a date while errors still block it. On that date the change reaches
// the clients the errors are about: the plan as written breaks them then.
class DatedStepStillBlockedRule final : public Rule
{
public:
    QString id() const override { return u"CUT-001"_s; }
    bool readsOtherFindings() const override { return true; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        evaluateAfter(context, findingsOfOtherRules(context), out);
    }

    void evaluateAfter(const CheckContext &context, const QList<Finding> &others, QList<Finding> &out) const override
    {
        if (context.topology.cutover.isEmpty())
            return;
        for (const CutoverStep &step : computeCutoverSteps(context.topology, others)) {
            if (!step.date.isValid() || !step.blocked())
                continue;
            const QStringList ids = step.blockingRuleIds();
            qsizetype errors = 0;
            for (const Finding &f : step.open)
                errors += f.severity == Severity::Error ? 1 : 0;
            Finding f;
            f.ruleId = id();
            f.severity = Severity::Error;
            f.subject = organizationSubject();
            f.fields = {step.field()};
            f.message = tr("%1 is planned for %2 but is still blocked by %3: %4.")
                            .arg(step.label, isoDate(step.date),
                                 counted(errors, tr("error finding"), tr("error findings")), ids.join(u", "_s));
            f.why = tr("On that date the change reaches the clients and servers these findings are about; each "
                       "error breaks Outlook connections or is unsupported, so the step must wait until they "
                       "are fixed.");
            f.fix = tr("Fix %1 before %2, or move %3 to a later date.")
                        .arg(ids.join(u", "_s), isoDate(step.date), step.label);
            f.source = checklistSource(context);
            out.append(f);
        }
    }
};

// The steps that must come on or before a step (F70's order): new servers, coexistence
// prepared, SCP, namespace, the waves, public folders after every wave, decommission last.
QList<const CutoverStep *> predecessors(const QList<CutoverStep> &steps, const CutoverStep &step)
{
    const auto rank = [](const CutoverStep &s) {
        if (s.isWave())
            return 4;
        switch (*s.milestone) {
        case MilestoneKind::NewServersInstalled:
            return 0;
        case MilestoneKind::CoexistencePrepared:
            return 1;
        case MilestoneKind::ScpChange:
            return 2;
        case MilestoneKind::NamespaceCutover:
            return 3;
        case MilestoneKind::PublicFolders:
            return 5;
        case MilestoneKind::Decommission:
            return 6;
        }
        return 6;
    };
    QList<const CutoverStep *> before;
    for (const CutoverStep &s : steps) {
        if (rank(s) < rank(step))
            before.append(&s);
    }
    return before;
}

// CUT-002: a step is dated before one that must come first.
class StepsOutOfOrderRule final : public Rule
{
public:
    QString id() const override { return u"CUT-002"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        if (context.topology.cutover.isEmpty())
            return;
        const QList<CutoverStep> steps = computeCutoverSteps(context.topology, {});
        for (const CutoverStep &step : steps) {
            if (!step.date.isValid())
                continue;
            QStringList later;
            for (const CutoverStep *p : predecessors(steps, step)) {
                if (p->date.isValid() && p->date > step.date)
                    later.append(tr("%1 (%2)").arg(p->label, isoDate(p->date)));
            }
            if (later.isEmpty())
                continue;
            Finding f;
            f.ruleId = id();
            f.severity = Severity::Warning;
            f.subject = organizationSubject();
            f.fields = {step.field()};
            f.message = tr("%1 (%2) is planned before steps that must come first: %3.")
                            .arg(step.label, isoDate(step.date), nameList(later));
            f.why = tr("Microsoft's upgrade checklist enables legacy Outlook Anywhere, configures the service "
                       "connection point and moves the DNS records before any mailbox moves, and moves public "
                       "folders after the mailboxes; the legacy servers go last.");
            f.fix = tr("Move %1 after %2, or bring those steps forward.").arg(step.label, nameList(later));
            f.source = checklistSource(context);
            out.append(f);
        }
    }
};

// CUT-003: the decommission is dated while mailboxes would stay behind: a legacy mailbox
// database (or mailbox server without databases) that no wave moves, or a wave with no date.
class DecommissionLeavesMailboxesRule final : public Rule
{
public:
    QString id() const override { return u"CUT-003"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const Topology &t = context.topology;
        const QDate decommission = t.cutover.dateOf(MilestoneKind::Decommission);
        if (!decommission.isValid())
            return;
        QStringList left;
        for (const Server *s : context.legacyServers()) {
            bool hasDatabase = false;
            for (const MailboxDatabase &d : t.databases) {
                if (d.isPublicFolderDatabase || d.server.compare(s->name, Qt::CaseInsensitive) != 0)
                    continue;
                hasDatabase = true;
                if (!movedByAWave(t, *s, d.name))
                    left.append(tr("database %1 on %2").arg(d.name, s->name));
            }
            if (!hasDatabase && s->roles.mailbox && !movedByAWave(t, *s, {}))
                left.append(tr("mailbox server %1").arg(s->name));
        }
        QStringList undated;
        for (const Wave &w : t.cutover.waves) {
            if (!w.date.isValid())
                undated.append(w.name);
        }
        if (left.isEmpty() && undated.isEmpty())
            return;
        Finding f;
        f.ruleId = id();
        f.severity = Severity::Warning;
        f.subject = organizationSubject();
        f.fields = {u"cutover.milestones.decommission"_s};
        if (!left.isEmpty() && !undated.isEmpty())
            f.message
                = tr("The legacy decommission is planned for %1, but no wave moves %2, and waves %3 have no date.")
                      .arg(isoDate(decommission), nameList(left), nameList(undated));
        else if (!left.isEmpty())
            f.message = tr("The legacy decommission is planned for %1, but no wave moves %2.")
                            .arg(isoDate(decommission), nameList(left));
        else
            f.message = tr("The legacy decommission is planned for %1, but waves %2 have no date.")
                            .arg(isoDate(decommission), nameList(undated));
        f.why = tr("Removing the last legacy servers of a version takes their mailboxes' only home: every "
                   "mailbox must have moved to the new servers before.");
        f.fix = tr("Add the remaining databases to a wave and date every wave before %1.").arg(isoDate(decommission));
        f.source = checklistSource(context);
        out.append(f);
    }

private:
    static bool movedByAWave(const Topology &t, const Server &server, const QString &database)
    {
        for (const Wave &w : t.cutover.waves) {
            for (const QString &s : w.servers) {
                if (s.compare(server.name, Qt::CaseInsensitive) == 0)
                    return true;
            }
            for (const QString &d : w.databases) {
                if (!database.isEmpty() && d.compare(database, Qt::CaseInsensitive) == 0)
                    return true;
            }
        }
        return false;
    }
};
} // namespace

void addCutoverRules(RuleList &rules)
{
    rules.push_back(std::make_unique<DatedStepStillBlockedRule>());
    rules.push_back(std::make_unique<StepsOutOfOrderRule>());
    rules.push_back(std::make_unique<DecommissionLeavesMailboxesRule>());
}

} // namespace wizard
