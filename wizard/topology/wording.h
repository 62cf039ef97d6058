#pragma once

#include <QString>

namespace wizard {

// "1 warning", "3 warnings": a count with its noun in the right number, for text a client
// reads. Qt's "%n" only picks a plural form through a translation file, which CoexPlan does
// not ship, so "%n warning(s)" would print the "(s)" as it is.
QString counted(qint64 n, const QString &one, const QString &many);

} // namespace wizard
