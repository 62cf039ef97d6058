#include "findingbuilder.h"

#include "translationmemo.h"

using namespace Qt::StringLiterals;

namespace wizard {

Finding cannotEvaluate(const QString &ruleId, const SubjectRef &subject, const QStringList &fields,
                       const QString &whatIsMissing, const QString &source)
{
    Finding f;
    f.ruleId = ruleId;
    f.severity = Severity::Info;
    f.subject = subject;
    f.fields = fields;
    f.message = checkText("Cannot evaluate %1: %2").arg(ruleId, whatIsMissing);
    f.why = checkText("The plan does not record this value yet, so CoexPlan does not guess it.");
    f.fix = checkText("Record the missing value (type it in or import cmdlet output).");
    f.source = source;
    return f;
}

QString nameList(const QStringList &names, qsizetype shown)
{
    if (names.size() <= shown)
        return names.join(u", "_s);
    return checkText("%1 and %2 more").arg(names.first(shown).join(u", "_s)).arg(names.size() - shown);
}

} // namespace wizard
