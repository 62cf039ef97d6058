#include "hopfindings.h"

namespace render {

QList<wizard::Finding> findingsOfHop(const wizard::Flow &flow, qsizetype hopIndex,
                                     const QList<wizard::Finding> &findings)
{
    if (hopIndex < 0 || hopIndex >= flow.hops.size())
        return {};
    const wizard::Hop &hop = flow.hops[hopIndex];
    const QStringList names{hop.fromServer, hop.toServer, flow.mailboxServer, flow.clientGroup};
    QList<wizard::Finding> related;
    QList<wizard::Finding> sameRule;
    for (const wizard::Finding &f : findings) {
        if (!hop.ruleIds.contains(f.ruleId) && !hop.infoRuleIds.contains(f.ruleId))
            continue;
        sameRule.append(f);
        const bool shared
            = f.subject.kind != wizard::SubjectKind::Server && f.subject.kind != wizard::SubjectKind::ClientGroup;
        if (shared || names.contains(f.subject.name, Qt::CaseInsensitive))
            related.append(f);
    }
    return related.isEmpty() ? sameRule : related;
}

} // namespace render
