#include "importresult.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

QString SourceRef::toString() const
{
    return line > 0 ? u"%1:%2"_s.arg(file).arg(line) : file;
}

QString recordKindName(RecordKind k)
{
    switch (k) {
    case RecordKind::OutlookAnywhere:
        return u"Get-OutlookAnywhere"_s;
    case RecordKind::ExchangeServer:
        return u"Get-ExchangeServer"_s;
    case RecordKind::ClientAccessServer:
        return u"Get-ClientAccessServer"_s;
    case RecordKind::ClientAccessArray:
        return u"Get-ClientAccessArray"_s;
    case RecordKind::MailboxDatabase:
        return u"Get-MailboxDatabase"_s;
    case RecordKind::ExchangeCertificate:
        return u"Get-ExchangeCertificate"_s;
    case RecordKind::OutlookProvider:
        return u"Get-OutlookProvider"_s;
    case RecordKind::MailboxCount:
        return u"Get-Mailbox"_s;
    case RecordKind::Mailbox:
        return u"Get-Mailbox -Identity"_s;
    case RecordKind::PublicFolderDatabase:
        return u"Get-PublicFolderDatabase"_s;
    case RecordKind::OrganizationConfig:
        return u"Get-OrganizationConfig"_s;
    case RecordKind::ServicePrincipalNames:
        return u"setspn"_s;
    case RecordKind::AutodiscoverResponse:
        return u"Autodiscover"_s;
    case RecordKind::Unknown:
        return u"unknown"_s;
    }
    return {};
}

QString issueSeverityToken(IssueSeverity s)
{
    switch (s) {
    case IssueSeverity::Error:
        return u"error"_s;
    case IssueSeverity::Warning:
        return u"warning"_s;
    case IssueSeverity::Note:
        return u"note"_s;
    }
    return {};
}

bool ImportResult::hasErrors() const
{
    return std::any_of(files.cbegin(), files.cend(), [](const FileSummary &f) { return !f.error.isEmpty(); })
        || std::any_of(issues.cbegin(), issues.cend(),
                       [](const ImportIssue &i) { return i.severity == IssueSeverity::Error; });
}

} // namespace wizard
