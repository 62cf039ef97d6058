#pragma once

#include "checks/finding.h"
#include "topology/topology.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace ui {

// Describes one table of plan records (sites, servers, certificates, ...) so that one
// model, one delegate and one editor serve them all: adding a column is a table entry.
struct RecordColumn
{
    // NamePicker: several names ticked in a searchable list of `choices` (the plan's
    // servers), kept as "A, B" like a list column.
    enum class Editor { Text, HostName, Choice, Check, Number, ReadOnly, NamePicker };

    QString header; // translated
    QString toolTip; // for the header, when the header is an abbreviation
    QString fieldKey; // plan-file key named by findings ("fqdn", "tls", ...)
    Editor editor = Editor::Text;
    // The value shown and edited: a QString, a bool (Check) or an int (Number).
    std::function<QVariant(const wizard::Topology &, qsizetype)> value;
    std::function<void(wizard::Topology &, qsizetype, const QVariant &)> setValue;
    std::function<QStringList(const wizard::Topology &)> choices; // Editor::Choice only
};

struct RecordSchema
{
    QString objectName; // "servers", "sites", ...
    wizard::SubjectKind subjectKind = wizard::SubjectKind::Server;
    std::function<qsizetype(const wizard::Topology &)> count;
    std::function<bool(const wizard::Topology &, qsizetype)> includes; // null: every record
    std::function<QString(const wizard::Topology &, qsizetype)> name;
    std::function<void(wizard::Topology &)> append; // a new record with a unique name
    std::function<void(wizard::Topology &, qsizetype)> duplicate; // appended after the others
    std::function<void(wizard::Topology &, qsizetype)> remove;
    QList<RecordColumn> columns;
    // Shown in the empty table: what belongs here and where it can come from.
    QString emptyHint;
};

enum class ServerGeneration { New, Legacy };
// The step that lists a server: 2013 and later under the new servers; 2007/2010, 2003
// and servers of unknown version (until the user names it) under the legacy servers.
ServerGeneration serverGenerationOf(wizard::ExchangeVersion version);
// The version column's text: the plan token, "Unknown" (translated) for an unknown version.
QString versionChoiceText(wizard::ExchangeVersion version);

RecordSchema siteSchema();
RecordSchema serverSchema(ServerGeneration generation);
RecordSchema certificateSchema();
RecordSchema loadBalancerSchema();
RecordSchema clientGroupSchema();
RecordSchema casArraySchema();
RecordSchema databaseSchema();
// Organization lists (tier 2): one row per SPN (setspn), per public folder proxy mailbox
// (Get-OrganizationConfig RemotePublicFolderMailboxes). Adding a row records the list.
RecordSchema servicePrincipalNameSchema();
RecordSchema remotePublicFolderMailboxSchema();

// "EX2013CAS-2": the first `base-N` no record of the list uses (case-insensitive).
QString uniqueName(const QString &base, const QStringList &taken);
// "a, b" <-> {"a", "b"}; commas or spaces separate.
QString joinList(const QStringList &items);
QStringList splitList(const QString &text);

} // namespace ui
