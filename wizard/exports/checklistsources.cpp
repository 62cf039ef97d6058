#include "checklistsources.h"

#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
bool isFactId(const QString &reference)
{
    static const QRegularExpression fact(u"^[FU][0-9]+$"_s);
    return fact.match(reference).hasMatch();
}

// The source of each fact a checklist item cites: the first Microsoft page among the
// fact's sources in the rulebook's FACTS.md (its [Sx] key), else its first source.
QString sourceOfFact(const QString &fact)
{
    static const std::pair<const char16_t *, const char16_t *> sources[] = {
    {u"F2", u"https://learn.microsoft.com/exchange/outlook-anywhere-exchange-2013-help"},
    {u"F3", u"https://learn.microsoft.com/powershell/module/exchangepowershell/enable-outlookanywhere"},
    {u"F4", u"https://learn.microsoft.com/powershell/module/exchangepowershell/disable-outlookanywhere"},
    {u"F9", u"https://learn.microsoft.com/powershell/module/exchangepowershell/set-outlookanywhere"},
    {u"F11", u"https://learn.microsoft.com/powershell/module/exchangepowershell/set-outlookanywhere"},
    {u"F12", u"https://learn.microsoft.com/powershell/module/exchangepowershell/enable-outlookanywhere"},
    {u"F13", u"https://learn.microsoft.com/powershell/module/exchangepowershell/set-outlookanywhere"},
    {u"F14", u"https://learn.microsoft.com/powershell/module/exchangepowershell/enable-outlookanywhere"},
    {u"F27", u"https://learn.microsoft.com/exchange/configuring-ssl-offloading-in-exchange-2013-exchange-2013-help"},
    {u"F34", u"https://learn.microsoft.com/answers/questions/1360935/outlook-anywhere-not-connect-to-exchange-2010-via"},
    {u"F37", u"https://learn.microsoft.com/answers/questions/1360935/outlook-anywhere-not-connect-to-exchange-2010-via"},
    {u"F39", u"https://learn.microsoft.com/exchange/new-features/build-numbers-and-release-dates"},
    {u"F40", u"https://learn.microsoft.com/exchange/configuring-ssl-offloading-in-exchange-2013-exchange-2013-help"},
    {u"F41", u"https://learn.microsoft.com/exchange/outlook-anywhere-exchange-2013-help"},
    {u"F42", u"https://learn.microsoft.com/exchange/outlook-anywhere-exchange-2013-help"},
    {u"F45", u"https://learn.microsoft.com/exchange/outlook-anywhere-exchange-2013-help"},
    {u"F48", u"https://learn.microsoft.com/exchange/client-access-server-exchange-2013-help"},
    {u"F49", u"https://techcommunity.microsoft.com/t5/exchange-team-blog/ambiguous-urls-and-their-effect-on-exchange-2010-to-exchange/ba-p/593809"},
    {u"F50", u"https://learn.microsoft.com/exchange/digital-certificates-and-ssl-exchange-2013-help"},
    {u"F51", u"https://learn.microsoft.com/exchange/upgrade-from-exchange-2010-to-exchange-2013-exchange-2013-help"},
    {u"F53", u"https://learn.microsoft.com/exchange/upgrade-from-exchange-2010-to-exchange-2013-exchange-2013-help"},
    {u"F54", u"https://learn.microsoft.com/exchange/plan-and-deploy/system-requirements?view=exchserver-2016"},
    {u"F56", u"https://learn.microsoft.com/exchange/exchange-2013-system-requirements-exchange-2013-help"},
    {u"F57", u"https://learn.microsoft.com/exchange/configure-legacy-public-folders-where-user-mailboxes-are-on-exchange-2013-servers-exchange-2013-help"},
    {u"F60", u"https://learn.microsoft.com/exchange/digital-certificates-and-ssl-exchange-2013-help"},
    {u"F61", u"https://support.microsoft.com/en-us/topic/outlook-anywhere-users-prompted-for-credentials-when-they-try-to-connect-to-exchange-server-2013-or-exchange-server-2016-07ec2dce-059f-c817-8650-47c62b9e0f7a"},
    {u"F70", u"https://learn.microsoft.com/exchange/upgrade-from-exchange-2010-to-exchange-2013-exchange-2013-help"},
    {u"F71", u"https://learn.microsoft.com/exchange/exchange-2013-client-access-server-configuration-exchange-2013-help"},
    {u"F72", u"https://github.com/DarrenLucht/PowerShell/tree/master/Exchange"},
    {u"F73", u"https://blog.rmilne.ca/2014/03/19/exchange-2007-and-2013-outlook-anywhere-co-existence/"},
    {u"F74", u"https://learn.microsoft.com/exchange/outlook-anywhere-exchange-2013-help"},
    {u"F76", u"https://support.microsoft.com/en-us/topic/outlook-anywhere-users-prompted-for-credentials-when-they-try-to-connect-to-exchange-server-2013-or-exchange-server-2016-07ec2dce-059f-c817-8650-47c62b9e0f7a"},
    {u"F78", u"https://techcommunity.microsoft.com/t5/exchange-team-blog/ambiguous-urls-and-their-effect-on-exchange-2010-to-exchange/ba-p/593809"},
    {u"U4", u"https://learn.microsoft.com/answers/questions/1360935/outlook-anywhere-not-connect-to-exchange-2010-via"},
    };
    for (const auto &[id, url] : sources) {
        if (fact == QStringView(id))
            return QString::fromUtf16(url);
    }
    return {};
}
} // namespace

QStringList checklistRuleReferences(const ChecklistItem &item)
{
    QStringList out;
    for (const QString &reference : item.references) {
        if (!isFactId(reference))
            out.append(reference);
    }
    return out;
}

QStringList checklistSourceUrls(const ChecklistItem &item)
{
    QStringList out = item.sources;
    for (const QString &reference : item.references) {
        if (!isFactId(reference))
            continue;
        const QString url = sourceOfFact(reference);
        if (!url.isEmpty() && !out.contains(url))
            out.append(url);
    }
    return out;
}

} // namespace wizard
