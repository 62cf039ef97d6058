#include "flow.h"

using namespace Qt::StringLiterals;

namespace wizard {

QString verdictToken(Verdict v)
{
    switch (v) {
    case Verdict::Ok:
        return u"ok"_s;
    case Verdict::Warn:
        return u"warn"_s;
    case Verdict::Fail:
        return u"fail"_s;
    case Verdict::Unknown:
        return u"unknown"_s;
    }
    return {};
}

namespace {
int rank(Verdict v)
{
    switch (v) {
    case Verdict::Ok:
        return 0;
    case Verdict::Unknown:
        return 1;
    case Verdict::Warn:
        return 2;
    case Verdict::Fail:
        return 3;
    }
    return 0;
}
} // namespace

Verdict worse(Verdict a, Verdict b)
{
    return rank(a) >= rank(b) ? a : b;
}

QString hopKindToken(HopKind k)
{
    switch (k) {
    case HopKind::Autodiscover:
        return u"autodiscover"_s;
    case HopKind::PartA:
        return u"partA"_s;
    case HopKind::RpcTcp:
        return u"rpcTcp"_s;
    case HopKind::PartB:
        return u"partB"_s;
    case HopKind::Mailbox:
        return u"mailbox"_s;
    }
    return {};
}

FlowRegion regionOf(HopKind k)
{
    switch (k) {
    case HopKind::Autodiscover:
    case HopKind::PartA:
    case HopKind::RpcTcp:
        return FlowRegion::Client;
    case HopKind::PartB:
    case HopKind::Mailbox:
        return FlowRegion::Server;
    }
    return FlowRegion::Client;
}

QString Flow::scenarioId() const
{
    return u"%1 / %2 / %3"_s.arg(clientGroup, clientLocationDisplayName(location), mailboxServer);
}

} // namespace wizard
