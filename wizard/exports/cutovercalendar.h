#pragma once

#include "cutover/cutovergates.h"
#include "topology/topology.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace wizard {

// The dated cutover steps as an iCalendar file (RFC 5545), one all-day VEVENT each, so
// the project team gets the milestones in Outlook. CRLF line ends, lines folded at 75
// octets (never inside a UTF-8 sequence), TEXT values escaped (\\ \; \, \n). UIDs are
// stable for a plan (organization name, plan title and step), so importing a newer
// export updates the events instead of adding copies. `stamp` is the DTSTAMP (UTC).
// Empty when no step has a date (a VCALENDAR needs at least one component).
QByteArray cutoverCalendar(const Plan &plan, const QList<CutoverStep> &steps, const QDateTime &stamp);

// RFC 5545 §3.3.11: the TEXT escaping, and §3.1: a content line folded at 75 octets.
QString escapeICalendarText(const QString &text);
QByteArray foldICalendarLine(const QByteArray &line);

} // namespace wizard
