#include "finding.h"

using namespace Qt::StringLiterals;

namespace wizard {

QString severityToken(Severity s)
{
    switch (s) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        return u"info"_s;
    }
    return {};
}

QString subjectKindToken(SubjectKind k)
{
    switch (k) {
    case SubjectKind::Organization:
        return u"organization"_s;
    case SubjectKind::Site:
        return u"site"_s;
    case SubjectKind::Server:
        return u"server"_s;
    case SubjectKind::CasArray:
        return u"casArray"_s;
    case SubjectKind::Database:
        return u"database"_s;
    case SubjectKind::Certificate:
        return u"certificate"_s;
    case SubjectKind::LoadBalancer:
        return u"loadBalancer"_s;
    case SubjectKind::ClientGroup:
        return u"clientGroup"_s;
    }
    return {};
}

FindingCounts countFindings(const QList<Finding> &findings)
{
    FindingCounts c;
    for (const Finding &f : findings) {
        switch (f.severity) {
        case Severity::Error:
            ++c.errors;
            break;
        case Severity::Warning:
            ++c.warnings;
            break;
        case Severity::Info:
            ++c.infos;
            break;
        }
    }
    return c;
}

} // namespace wizard
