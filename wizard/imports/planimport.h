#pragma once

#include "importresult.h"
#include "textdecoding.h"
#include "topology/topology.h"

#include <QList>
#include <QString>

namespace wizard {

// One input: its name for messages and its decoded text (or why it could not be read).
struct ImportSource
{
    QString name;
    TextDecodeResult text;
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
//  - the version comes from Get-ExchangeServer's AdminDisplayVersion, the plan, or
//    the record's own AdminDisplayVersion/ExchangeVersion (F37), never from field names;
//  - two inputs (or an input and the plan's version) that disagree are conflicts.
ImportOutcome importIntoPlan(const QList<ImportSource> &sources, const Plan &base);

} // namespace wizard
