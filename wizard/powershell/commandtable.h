#pragma once

#include "topology/exchangeversion.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace wizard {

// docs/powershell-commands.tsv, compiled into the engine (wizard/powershell/CMakeLists.txt
// embeds the file): every cmdlet and parameter CoexPlan may emit, per Exchange version,
// with the Microsoft page each was checked against (issue 13). PsCommand validates every
// cmdlet and parameter it is given against this table, so a pair that is not listed for
// the shell a command runs in cannot be emitted; the tests read the same file.
struct CommandTableRow
{
    QString kind; // exchange | windows | powershell
    QString cmdlet; // canonical spelling, e.g. "Set-OutlookAnywhere"
    QString parameter; // "-ExternalHostname"; empty for the cmdlet itself
    bool anyVersion = false; // "any": not an Exchange cmdlet
    QList<ExchangeVersion> versions;
    QString argument; // value | switch | -
    QString source;

    bool allows(ExchangeVersion v) const { return anyVersion || versions.contains(v); }
};

class CommandTable
{
public:
    // The table of this build (parsed once, on first use).
    static const CommandTable &instance();
    // Parses TSV text; a malformed line is reported in `error` with its line number.
    static CommandTable parse(QStringView tsv, QString *error = nullptr);

    const QList<CommandTableRow> &rows() const { return m_rows; }
    // The rows of one cmdlet (exact, case-sensitive spelling: the generator's constants
    // use the table's spelling), or an empty span.
    const CommandTableRow *findCmdlet(QStringView cmdlet, qsizetype *count) const;
    // The row of `parameter` ("-Name") among `count` rows starting at `first`.
    static const CommandTableRow *findParameter(const CommandTableRow *first, qsizetype count,
                                                QStringView parameter);

private:
    QList<CommandTableRow> m_rows; // grouped by cmdlet (as the file lists them, regrouped)
};

} // namespace wizard
