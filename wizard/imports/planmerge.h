#pragma once

#include "importdraft.h"

namespace wizard {

// Resolves each drafted server's version (inventory, then the plan, then the records'
// own AdminDisplayVersion, never ExchangeVersion: F37, RULEBOOK §6), maps its Outlook Anywhere records
// with that version's schema and merges everything into `plan` (see planimport.h for
// the current/target rules). Problems and conflicts go to `result`/`draft.facts`.
void mergeDraftIntoPlan(ImportDraft &draft, Plan &plan, ImportResult &result);

// When the plan has no Outlook Anywhere namespace (or Autodiscover name) and every
// imported new CAS gives the same ExternalHostname (AutoDiscoverServiceInternalUri
// host), proposes it, with a note that it was taken from the input; a warning names
// the servers when they disagree (namespaceproposal.cpp).
void proposeNamespaces(const QStringList &importedServers, Topology &topology, ImportResult &result);

// Per field: where the target still equals the previously captured value (the
// consultant has not planned a change), it follows the newly captured one.
OutlookAnywhereSettings carryTarget(const OutlookAnywhereSettings &target, const OutlookAnywhereSettings &previous,
                                    const OutlookAnywhereSettings &captured);

} // namespace wizard
