// Part B: the new CAS proxies Outlook Anywhere to legacy CAS (RULEBOOK §3, tier 1).
#include "findingbuilder.h"
#include "rule.h"
#include "sources.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

// PB-002: the new CAS authenticates the user itself and proxies to the legacy /rpc
// vdir with Windows authentication; without Ntlm there, legacy-mailbox users are
// prompted endlessly once the namespace moves (F12, F41, F45, F75; C3).
class LegacyCasLacksNtlmRule final : public Rule
{
public:
    QString id() const override { return u"PB-002"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        for (const Server *cas : context.legacyCas()) {
            const OutlookAnywhereSettings &oa = cas->outlookAnywhere;
            if (oa.enabled.isKnown() && !oa.enabled.value())
                continue; // PB-001 covers a disabled Outlook Anywhere
            const QStringList fields{QString(oafield::iisAuthenticationMethods)};
            if (oa.enabled.isUnknown() || oa.iisAuthenticationMethods.isUnknown()) {
                out.append(cannotEvaluate(id(), serverSubject(*cas), fields,
                                          tr("whether Outlook Anywhere is enabled on %1 and its IIS authentication "
                                             "methods are not recorded")
                                              .arg(cas->name),
                                          QString(source::outlookAnywhere2013)));
                continue;
            }
            if (oa.iisAuthenticationMethods.value().contains(AuthMethod::Ntlm))
                continue;
            Finding f;
            f.ruleId = id();
            f.severity = Severity::Error;
            f.subject = serverSubject(*cas);
            f.fields = fields;
            f.message = tr("%1 (%2) does not allow NTLM on its Outlook Anywhere virtual directory (IIS methods: %3).")
                            .arg(cas->name, exchangeVersionDisplayName(cas->version),
                                 oa.iisAuthenticationMethods.value().isEmpty()
                                     ? tr("none")
                                     : oa.iisAuthenticationMethods.value().toDisplayString());
            f.why = tr("The Exchange 2013 Client Access server proxies Outlook Anywhere to the legacy /rpc directory "
                       "with Windows (NTLM) authentication. Without NTLM there, users whose mailboxes are still on "
                       "legacy servers get endless password prompts once the namespace points to Exchange 2013.");
            f.fix
                = u"Set-OutlookAnywhere -Identity %1 -IISAuthenticationMethods Basic,NTLM"_s.arg(rpcVdirIdentity(*cas));
            f.source = QString(source::outlookAnywhere2013);
            out.append(f);
        }
    }
};
} // namespace

void addPartBRules(RuleList &rules)
{
    rules.push_back(std::make_unique<LegacyCasLacksNtlmRule>());
}

} // namespace wizard
