#include "planimport.h"

#include "cmdletrecords.h"
#include "importdocument.h"
#include "importdraft.h"
#include "planmerge.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

// "3, 7, 12-14": line numbers in increasing order, runs collapsed.
QString lineRanges(const QList<int> &numbers)
{
    QStringList parts;
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype j = i;
        while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1)
            ++j;
        parts.append(j == i ? QString::number(numbers[i]) : u"%1-%2"_s.arg(numbers[i]).arg(numbers[j]));
        i = j + 1;
    }
    return parts.join(u", "_s);
}

void reportUnplaced(const ParsedDocument &doc, ImportResult &result)
{
    // Prompts, echoed commands and formatting are expected around pasted output: one
    // summary line, not a warning each (issue 12).
    QList<int> ignored;
    for (const UnplacedLine &u : doc.unplaced) {
        QString message;
        switch (u.kind) {
        case UnplacedKind::Prompt:
        case UnplacedKind::Command:
        case UnplacedKind::Markup:
            ignored.append(u.line);
            continue;
        case UnplacedKind::Noise:
            message = tr("not cmdlet output: ignored");
            break;
        case UnplacedKind::Orphan:
            message = tr("an indented line that continues no property: ignored");
            break;
        case UnplacedKind::BadTableRow:
            message = tr("a table row without a first column: ignored");
            break;
        case UnplacedKind::TruncatedColumn:
            message = tr("a table column header cut off by the console: that column is ignored");
            break;
        }
        result.issues.append(
            ImportIssue{IssueSeverity::Warning, SourceRef{doc.name, u.line}, message, u.text, IssueTopic::Unplaced});
    }
    if (!ignored.isEmpty())
        result.issues.append(
            ImportIssue{IssueSeverity::Note,
                        SourceRef{doc.name, 0},
                        tr("shell prompts, commands and formatting ignored (lines %1)").arg(lineRanges(ignored)),
                        {},
                        IssueTopic::Ignored});
    for (const CollectorMessage &m : doc.collectorMessages) {
        const IssueSeverity severity = m.kind == u"error"_s ? IssueSeverity::Warning : IssueSeverity::Note;
        result.issues.append(
            ImportIssue{severity, SourceRef{doc.name, m.line}, tr("collector %1: %2").arg(m.kind, m.text), {}});
    }
}

void mapAutodiscover(const ParsedDocument &doc, ImportDraft &draft, ImportResult &result)
{
    const AutodiscoverResponse &response = *doc.autodiscover;
    RecognisedRecord rec{
        SourceRef{doc.name, 1}, doc.lineCount, RecordKind::AutodiscoverResponse, response.smtpAddress, {}};
    if (!response.errorCode.isEmpty()) {
        result.issues.append(ImportIssue{IssueSeverity::Warning,
                                         SourceRef{doc.name, response.errorLine},
                                         tr("the Autodiscover response is an error (%1 %2): no settings in it")
                                             .arg(response.errorCode, response.errorMessage),
                                         {}});
    }
    QStringList types;
    for (const AutodiscoverProtocol &p : response.protocols) {
        types.append(p.type);
        if (p.type.compare(u"EXPR"_s, Qt::CaseInsensitive) != 0)
            continue;
        // EXPR is what Outlook Anywhere clients are told (F30, F43).
        if (!p.server.isEmpty()
            && draft.facts.record(u"organization"_s, u"autodiscover.EXPR.server"_s, p.server, {doc.name, p.line}))
            draft.autodiscoverOutlookAnywhereHost = p.server;
        if (!p.certPrincipalName.isEmpty()
            && draft.facts.record(u"organization"_s, u"expressCertPrincipalName"_s, p.certPrincipalName,
                                  {doc.name, p.line})) {
            draft.expressCertPrincipalName = p.certPrincipalName;
            rec.fields.append(u"expressCertPrincipalName"_s);
        }
    }
    if (!response.protocols.isEmpty())
        noteAt(
            result, {doc.name, 1},
            tr("Autodiscover response for %1: protocols %2")
                .arg(response.smtpAddress.isEmpty() ? tr("(no address)") : response.smtpAddress, types.join(u", "_s)));
    result.records.append(rec);
}

void dispatch(const PsRecord &r, const QString &file, ImportDraft &draft, ImportResult &result)
{
    switch (classifyRecord(r)) {
    case RecordKind::OutlookAnywhere:
        queueOutlookAnywhere(r, file, draft, result);
        return;
    case RecordKind::ExchangeServer:
        mapExchangeServer(r, file, draft, result);
        return;
    case RecordKind::ClientAccessServer:
        mapClientAccessServer(r, file, draft, result);
        return;
    case RecordKind::ClientAccessArray:
        mapClientAccessArray(r, file, draft, result);
        return;
    case RecordKind::MailboxDatabase:
        mapMailboxDatabase(r, file, draft, result);
        return;
    case RecordKind::ExchangeCertificate:
        mapExchangeCertificate(r, file, draft, result);
        return;
    case RecordKind::OutlookProvider:
        mapOutlookProvider(r, file, draft, result);
        return;
    case RecordKind::MailboxCount:
        mapMailboxCount(r, file, draft, result);
        return;
    case RecordKind::Mailbox:
        mapMailbox(r, file, draft, result);
        return;
    case RecordKind::PublicFolderDatabase:
        mapPublicFolderDatabase(r, file, draft, result);
        return;
    case RecordKind::OrganizationConfig:
        mapOrganizationConfig(r, file, draft, result);
        return;
    case RecordKind::ServicePrincipalNames:
        mapServicePrincipalNames(r, file, draft, result);
        return;
    case RecordKind::AutodiscoverResponse:
    case RecordKind::Unknown:
        break;
    }
    QStringList names;
    for (const PsProperty &p : r.properties.mid(0, 4))
        names.append(p.name);
    result.issues.append(ImportIssue{IssueSeverity::Warning,
                                     SourceRef{file, r.firstLine},
                                     tr("lines %1-%2: a record from a cmdlet CoexPlan does not read (%3...): ignored")
                                         .arg(r.firstLine)
                                         .arg(r.lastLine)
                                         .arg(names.join(u", "_s)),
                                     {}});
}
} // namespace

ImportOutcome importIntoPlan(const QList<ImportSource> &sources, const Plan &base, const ImportOptions &options)
{
    ImportOutcome outcome;
    ImportResult &result = outcome.result;
    // Documents stay alive until the merge: drafts point into their records.
    std::vector<std::unique_ptr<ParsedDocument>> documents;
    ImportDraft draft;
    for (const auto &[name, version] : options.versions)
        draft.givenVersions.insert(name.toLower(), version);
    for (const ImportSource &source : sources) {
        FileSummary summary;
        summary.name = source.name;
        if (!source.text.decoded) {
            summary.error = source.text.error;
            result.files.append(summary);
            continue;
        }
        documents.push_back(std::make_unique<ParsedDocument>(parseImportDocument(source.name, *source.text.decoded)));
        const ParsedDocument &doc = *documents.back();
        summary.encoding = textEncodingName(doc.encoding);
        summary.format = documentFormatName(doc.format);
        summary.lines = doc.lineCount;
        summary.records = doc.autodiscover ? 1 : int(doc.records.size());
        result.files.append(summary);
        reportUnplaced(doc, result);
        if (!doc.error.isEmpty()) {
            result.issues.append(ImportIssue{IssueSeverity::Error, SourceRef{doc.name, doc.errorLine}, doc.error, {}});
            continue;
        }
        if (doc.autodiscover) {
            mapAutodiscover(doc, draft, result);
            continue;
        }
        if (doc.records.isEmpty()) {
            result.issues.append(ImportIssue{IssueSeverity::Error,
                                             SourceRef{doc.name, 0},
                                             tr("no cmdlet output found (expected Format-List or Format-Table "
                                                "output, an Autodiscover response or the collector's file)"),
                                             {}});
            continue;
        }
        qsizetype known = 0;
        for (const PsRecord &r : doc.records) {
            known += classifyRecord(r) != RecordKind::Unknown ? 1 : 0;
            dispatch(r, doc.name, draft, result);
        }
        // Records of which none is Exchange output CoexPlan knows (pasted garbage, a
        // Format-List of something else): nothing can be placed, so the import failed.
        if (known == 0) {
            result.issues.append(ImportIssue{IssueSeverity::Error,
                                             SourceRef{doc.name, 0},
                                             QCoreApplication::translate("wizard",
                                                                         "nothing could be placed in the plan: none "
                                                                         "of its %n records is Exchange cmdlet output "
                                                                         "that CoexPlan reads",
                                                                         nullptr, int(doc.records.size())),
                                             {}});
        }
    }
    QStringList planServers;
    for (const Server &s : base.topology.servers)
        planServers.append(s.name);
    placeAnonymousRecords(options.serverForAnonymousRecords, options.recordServers, planServers, draft, result);
    outcome.plan = base;
    mergeDraftIntoPlan(draft, outcome.plan, result);
    for (const ImportConflict &c : draft.facts.conflicts())
        result.conflicts.append(c);
    // An import refuses only when nothing at all could be placed (issue 12).
    const bool placedNothing = result.servers.isEmpty() && draft.casArrays.isEmpty() && draft.databases.isEmpty()
        && draft.mailboxCounts.isEmpty() && draft.certificates.isEmpty() && !draft.expressCertPrincipalName.isKnown()
        && !draft.remotePublicFolderMailboxes.isKnown() && draft.autodiscoverOutlookAnywhereHost.isEmpty()
        && !draft.servicePrincipalNames.learned() && draft.proxyDatabasesPlaced == 0;
    if (placedNothing && result.succeeded() && !documents.empty()
        && std::any_of(documents.cbegin(), documents.cend(), [](const auto &d) { return !d->records.isEmpty(); }))
        result.issues.append(ImportIssue{IssueSeverity::Error,
                                         SourceRef{},
                                         tr("nothing in the input could be placed in the plan: answer the "
                                            "questions above (--server, --version) and import again"),
                                         {}});
    return outcome;
}

} // namespace wizard
