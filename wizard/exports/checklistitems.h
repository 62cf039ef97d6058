#pragma once

#include "checklist.h"

namespace wizard {

// The items a phase gets from the topology itself (not from findings), filled in with
// the client's names. Items that do not apply to this plan are left out.
QList<ChecklistItem> topologyItems(const Topology &topology, ChecklistPhaseId phase);

// Phases 4-7 (Outlook Anywhere, authentication, Autodiscover) and 8-11 (verification,
// cutover, mailbox moves, afterwards); in checklistoaitems.cpp.
QList<ChecklistItem> outlookAnywhereItems(const Topology &topology, ChecklistPhaseId phase);
QList<ChecklistItem> laterItems(const Topology &topology, ChecklistPhaseId phase);

// The verification phase's items of the plan's last saved live probe (one per name,
// with its verdict and time); empty when the plan holds none. In checklistprobeitems.cpp.
QList<ChecklistItem> probeItems(const Plan &plan);

// An item with its stable id, title and references; the phase builders fill in the rest.
ChecklistItem checklistItem(const QString &id, const QString &title, const QStringList &references);

// "Exchange 2010 Management Shell": where a server's commands run (U4).
QString managementShellName(ExchangeVersion v);

} // namespace wizard
