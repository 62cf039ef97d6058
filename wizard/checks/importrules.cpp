// Rules about how the plan's values were captured (RULEBOOK §3 tier 2).
#include "findingbuilder.h"
#include "powershell/psquote.h"
#include "rule.h"
#include "sources.h"
#include "translationmemo.h"

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return checkText(text);
}

// IMP-001: a 2013+ shell prints a legacy Rpc vdir in the new schema; the importer
// mapped ExternalClientAuthenticationMethod to the legacy ClientAuthenticationMethod
// and ignored the Internal* values (F36, F37). Worth confirming from the legacy shell.
class ReadFromNewerShellRule final : public Rule
{
public:
    QString id() const override { return u"IMP-001"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        for (const Server &s : context.topology.servers) {
            if (!isLegacy(s.version) || !s.readFromNewerShell)
                continue;
            Finding f;
            f.ruleId = id();
            f.severity = Severity::Warning;
            f.subject = serverSubject(s);
            f.fields = QStringList{QString(oafield::clientAuthenticationMethod)};
            f.message = tr("The Outlook Anywhere settings of %1 (%2) were read from an Exchange 2013 or later shell.")
                            .arg(s.name, checkVersionName(s.version));
            f.why = tr("A newer shell shows a legacy virtual directory with the new Internal/External fields: the "
                       "external client method was taken as the server's ClientAuthenticationMethod and the internal "
                       "values were ignored, because they are not that server's settings.");
            f.fix = tr("In the %1 Management Shell run: Get-OutlookAnywhere -Server %2 | Format-List, and import that "
                       "output")
                        .arg(checkVersionName(s.version), psQuote(s.name));
            f.source = QString(source::newerShellReadsLegacy);
            out.append(f);
        }
    }
};
} // namespace

void addImportRules(RuleList &rules)
{
    rules.push_back(std::make_unique<ReadFromNewerShellRule>());
}

} // namespace wizard
