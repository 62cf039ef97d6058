#pragma once

#include "importresult.h"
#include "textdecoding.h"
#include "topology/topology.h"

#include <QList>
#include <QPair>
#include <QString>

namespace wizard {

// One input: its name for messages and its decoded text (or why it could not be read).
struct ImportSource
{
    QString name;
    TextDecodeResult text;
};

// What the user adds to the input (CLI options, the question after the import).
struct ImportOptions
{
    QString serverForAnonymousRecords; // --server: records that name no server belong to it
    QList<QPair<QString, ExchangeVersion>> versions; // --version NAME=2010: versions the input lacks
    // The GUI's answer to "which server is the record on lines a-b?" (ImportQuestion::
    // RecordServer): the record starting at that place belongs to the server. Wins over
    // serverForAnonymousRecords for that record.
    QList<QPair<SourceRef, QString>> recordServers;
};

struct ImportOutcome
{
    Plan plan; // `base` with the import merged in; only meaningful when result.succeeded()
    ImportResult result;
};

// Reads every source (any mix of formats, auto-detected), then merges what they say
// into `base`:
//  - each server's *current* state (Server::current) is replaced field by field by
//    the captured values; fields the inputs do not mention keep their previous
//    captured value, or stay unknown (an absent property is never a default);
//  - the *target* (Server::outlookAnywhere) follows the captured value for every
//    field the consultant has not edited (target equal to the previous current
//    value), so a new server's target starts equal to its current state and a
//    re-import keeps the consultant's planned changes;
//  - the version comes from Get-ExchangeServer's AdminDisplayVersion, the plan, the
//    user (options.versions) or the record's own AdminDisplayVersion, never from field
//    names or ExchangeVersion (RULEBOOK §6, F37);
//  - two inputs (or an input and the plan's version) that disagree are conflicts.
//  - a record that names no server goes to options.serverForAnonymousRecords, else to
//    the only server the inputs know; a server whose version is neither in the input,
//    the plan nor options.versions is reported and not added.
ImportOutcome importIntoPlan(const QList<ImportSource> &sources, const Plan &base, const ImportOptions &options = {});

} // namespace wizard
