// Clients: Outlook versions the new Exchange servers support (RULEBOOK §3 "Versions and
// clients"; F42, F56). Outlook connects through the new namespace even while its
// mailbox is still on a legacy server, so the new version's client floor applies to
// every client group.
#include "findingbuilder.h"
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

SubjectRef groupSubject(const ClientGroup &g)
{
    return {SubjectKind::ClientGroup, g.name};
}

// "Exchange 2016" when 2016 is in the plan (its client floor is the stricter one), else
// "Exchange 2013".
QString newExchangeName(bool with2016)
{
    return checkVersionName(with2016 ? ExchangeVersion::Ex2016 : ExchangeVersion::Ex2013);
}

QString clientSource(bool with2016)
{
    return {with2016 ? source::systemRequirements2016 : source::supportabilityMatrix};
}

// The oldest supported service pack of an Outlook version, nullopt when every service
// pack is supported or none is (F56): beside 2013, Outlook 2007 SP3 and Outlook 2010
// SP1; with 2016, Outlook 2010 SP2 (and no Outlook 2007).
std::optional<int> minimumServicePack(OutlookVersion outlook, bool with2016)
{
    if (outlook == OutlookVersion::Outlook2007 && !with2016)
        return 3;
    if (outlook == OutlookVersion::Outlook2010)
        return with2016 ? 2 : 1;
    return std::nullopt;
}

bool isUnsupportedOutlook(OutlookVersion outlook, bool with2016)
{
    return outlook == OutlookVersion::Outlook2003 || (with2016 && outlook == OutlookVersion::Outlook2007);
}

// "Client group Sales (120 users)" or just "Client group Sales" when no head count is recorded.
QString describeGroup(const ClientGroup &g)
{
    if (g.headCount > 0)
        return tr("Client group %1 (%2 users)").arg(g.name, QString::number(g.headCount));
    return tr("Client group %1").arg(g.name);
}

QString upgradeTarget(bool with2016)
{
    return with2016 ? tr("Outlook 2010 SP2 or later")
                    : tr("at least Outlook 2007 SP3 or Outlook 2010 SP1, or a later version");
}

// CLI-001: Outlook 2003 cannot use Outlook Anywhere against Exchange 2013, and Exchange
// 2016 no longer supports Outlook 2007 (F42, F56).
class UnsupportedOutlookRule final : public Rule
{
public:
    QString id() const override { return u"CLI-001"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const bool with2016 = context.hasVersion(ExchangeVersion::Ex2016);
        for (const ClientGroup &g : context.topology.clientGroups) {
            if (!isUnsupportedOutlook(g.outlook, with2016))
                continue;
            Finding f;
            f.ruleId = id();
            f.severity = Severity::Error;
            f.subject = groupSubject(g);
            f.fields = {u"outlook"_s};
            f.message = tr("%1 uses %2, which %3 does not support.")
                            .arg(describeGroup(g), outlookVersionDisplayName(g.outlook), newExchangeName(with2016));
            f.why = g.outlook == OutlookVersion::Outlook2003
                ? tr("Once the namespace points to Exchange 2013, every Outlook connection goes through it, even for "
                     "mailboxes still on Exchange 2007 or 2010, and Outlook 2003 cannot connect to Exchange 2013.")
                : tr("Exchange 2016 supports Outlook 2010 SP2 and later only; Outlook 2007 clients lose their "
                     "connection when the namespace moves to Exchange 2016.");
            f.fix = tr("Upgrade the Outlook clients of group %1 to %2 before the namespace moves.")
                        .arg(g.name, upgradeTarget(with2016));
            f.source = clientSource(with2016);
            out.append(f);
        }
    }
};

// CLI-002: supported Outlook versions have a service-pack floor (F56).
class OutlookBelowServicePackRule final : public Rule
{
public:
    QString id() const override { return u"CLI-002"_s; }

    void evaluate(const CheckContext &context, QList<Finding> &out) const override
    {
        const bool with2016 = context.hasVersion(ExchangeVersion::Ex2016);
        for (const ClientGroup &g : context.topology.clientGroups) {
            const std::optional<int> minimum = minimumServicePack(g.outlook, with2016);
            if (!minimum)
                continue; // no service-pack floor, or CLI-001 rejects the version
            const QString product = outlookVersionDisplayName(g.outlook);
            if (!g.servicePack.isKnown()) {
                out.append(
                    cannotEvaluate(id(), groupSubject(g), {u"servicePack"_s},
                                   tr("the service pack of %1 in client group %2 is not recorded").arg(product, g.name),
                                   clientSource(with2016)));
                continue;
            }
            if (g.servicePack.value() >= *minimum)
                continue;
            const QString installed = g.servicePack.value() == 0
                ? tr("%1 without a service pack").arg(product)
                : tr("%1 SP%2").arg(product).arg(g.servicePack.value());
            Finding f;
            f.ruleId = id();
            f.severity = Severity::Warning;
            f.subject = groupSubject(g);
            f.fields = {u"servicePack"_s};
            f.message
                = tr("%1 runs %2; %3 supports %4 SP%5 or later.")
                      .arg(describeGroup(g), installed, newExchangeName(with2016), product, QString::number(*minimum));
            f.why = tr("%1 supports %2 only from SP%3 with the latest public update; earlier service packs are not "
                       "supported for connecting to it, and every client connects to it once the namespace moves.")
                        .arg(newExchangeName(with2016), product, QString::number(*minimum));
            f.fix = tr("Install %1 SP%2 or later and the latest public update on the clients of group %3.")
                        .arg(product, QString::number(*minimum), g.name);
            f.source = clientSource(with2016);
            out.append(f);
        }
    }
};
} // namespace

void addClientRules(RuleList &rules)
{
    rules.push_back(std::make_unique<UnsupportedOutlookRule>());
    rules.push_back(std::make_unique<OutlookBelowServicePackRule>());
}

} // namespace wizard
