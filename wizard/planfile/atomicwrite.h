#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace wizard {

// The one way CoexPlan writes a file: plans, autosave, scripts, checklists, diagrams.
// The bytes go to a temporary file beside `path` that replaces `path` only when every
// write, the flush and the sync succeeded (QSaveFile). On any failure the previous file
// is byte-identical and the message names the file and the reason (e.g. "No space left
// on device").
std::optional<QString> writeFileAtomically(const QString &path, const QByteArray &bytes);

// True when both paths name one file: the same path (existing or not), a symbolic link
// to it or a hard link of it (an export must never replace the plan it was made from).
bool isSameFile(const QString &a, const QString &b);

// Test seam: when set, called after the bytes were written to the temporary file and
// before it replaces `path`; a message makes that write fail as a full disk would.
using WriteFault = std::function<std::optional<QString>(const QString &path)>;
void setWriteFaultForTesting(WriteFault fault);

} // namespace wizard
