#include "findingbuilder.h"

#include "powershell/psquote.h"

#include "translationmemo.h"

using namespace Qt::StringLiterals;

namespace wizard {

QString rpcVdirIdentity(const Server &s)
{
    static const QString suffix = u"\\Rpc (Default Web Site)'"_s;
    const QString quotedName = psQuote(s.name);
    // psQuote(name + suffix): the suffix has no quote to double, so the quoted name
    // without its closing quote, then the suffix with it.
    return QString(QStringView(quotedName).chopped(1) + suffix);
}

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
