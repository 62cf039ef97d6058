#pragma once

#include "checklist.h"

#include <QStringList>

namespace wizard {

// The references of a checklist item a reader can use: its rule ids ("PB-002") for the
// text, and for the facts behind it (internal numbers such as "F45", never shown) the
// public pages they come from, as https addresses.
QStringList checklistRuleReferences(const ChecklistItem &item);
QStringList checklistSourceUrls(const ChecklistItem &item);

} // namespace wizard
