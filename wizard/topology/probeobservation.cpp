#include "probeobservation.h"

#include <array>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
struct StatusToken
{
    ReachStatus status;
    QStringView token;
};
constexpr std::array statusTokens = {
    StatusToken{ReachStatus::Ok, u"ok"},           StatusToken{ReachStatus::NotFound, u"notFound"},
    StatusToken{ReachStatus::Refused, u"refused"}, StatusToken{ReachStatus::TimedOut, u"timeout"},
    StatusToken{ReachStatus::Failed, u"failed"},   StatusToken{ReachStatus::NotTried, u"notTried"},
};
} // namespace

QString reachStatusToken(ReachStatus s)
{
    for (const StatusToken &t : statusTokens) {
        if (t.status == s)
            return t.token.toString();
    }
    return u"notTried"_s;
}

std::optional<ReachStatus> parseReachStatusToken(QStringView text)
{
    for (const StatusToken &t : statusTokens) {
        if (t.token == text)
            return t.status;
    }
    return std::nullopt;
}

} // namespace wizard
