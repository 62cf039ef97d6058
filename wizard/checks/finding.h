#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wizard {

enum class Severity { Error, Warning, Info };
QString severityToken(Severity s); // "error", "warning", "info"

// What a finding is about: a plan element identified by its kind and name.
enum class SubjectKind { Organization, Site, Server, CasArray, Database, Certificate, LoadBalancer, ClientGroup };
QString subjectKindToken(SubjectKind k); // "organization", "server", ...

struct SubjectRef
{
    SubjectKind kind = SubjectKind::Organization;
    QString name; // empty for the organization

    friend bool operator==(const SubjectRef &, const SubjectRef &) = default;
};

// RULEBOOK §2. `fields` are plan-file keys relative to the subject, e.g.
// "outlookAnywhere.iisAuthenticationMethods" on a server, or
// "namespaces.autodiscover" on the organization: the UI maps them onto widgets.
struct Finding
{
    QString ruleId;
    Severity severity = Severity::Info;
    SubjectRef subject;
    QStringList fields;
    QString message;
    QString why;
    QString fix; // a PowerShell command for the subject's version, or a manual step
    QString source; // URL from FACTS.md

    friend bool operator==(const Finding &, const Finding &) = default;
};

struct FindingCounts
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;

    friend bool operator==(const FindingCounts &, const FindingCounts &) = default;
};
FindingCounts countFindings(const QList<Finding> &findings);

// The id used for "cannot evaluate <rule>: <what is missing>" infos (RULEBOOK §1) is
// the rule's own id with severity Info.

} // namespace wizard
