#pragma once

#include "powershell/commandtable.h"
#include "powershell/psquote.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace wizard {

// One parameter and its value, typed: how fix builders pass parameter lists around.
struct PsArgument
{
    enum class Kind { Text, Token, Boolean, Placeholder };
    QLatin1String parameter; // without the dash: "ExternalHostname"
    Kind kind = Kind::Text;
    QString value; // Text: plan text (quoted when written); Token: an enum token list of the generator
    bool flag = false; // Boolean

    static PsArgument text(QLatin1String parameter, const QString &value) { return {parameter, Kind::Text, value}; }
    static PsArgument token(QLatin1String parameter, const QString &enumTokens)
    {
        return {parameter, Kind::Token, enumTokens};
    }
    static PsArgument boolean(QLatin1String parameter, bool value) { return {parameter, Kind::Boolean, {}, value}; }
    static PsArgument placeholder(QLatin1String parameter, const QString &whatIsMissing)
    {
        return {parameter, Kind::Placeholder, whatIsMissing};
    }
};

// One PowerShell command line built from tokens: the one command model of fix commands
// (checks/) and scripts (exports/) (ARCHITECTURE.md, issue 13). The cmdlet and parameter
// names are constants of the generator, and each is validated against the command table
// (docs/powershell-commands.tsv, CommandTable) for the Exchange shell the command runs
// in; every value goes through psQuote (text), psBool (booleans) or is a validated
// token. A cmdlet or parameter that the table does not list for that shell is never
// written: the command renders as a bracketed refusal, which PowerShell will not parse,
// so neither a fix nor a script can carry it (and the tests that parse every script and
// fix fail on it).
class PsCommand
{
public:
    // `shell`: the Exchange Management Shell version that runs the command (a server's
    // version); nullopt when any shell of the plan may run it (then the pair must be
    // listed for some version).
    PsCommand(QLatin1String cmdlet, std::optional<ExchangeVersion> shell);
    // A function the generated script defines itself (named *-Coex*, so that it cannot
    // be mistaken for a cmdlet); its parameters are the script's own.
    static PsCommand scriptFunction(QLatin1String name);

    // -Name 'value'
    PsCommand &text(QLatin1String parameter, const QString &value);
    // -Name 'a','b' (a PowerShell array of string literals)
    PsCommand &texts(QLatin1String parameter, const QStringList &values);
    // -Name $true / $false
    PsCommand &boolean(QLatin1String parameter, bool value);
    // -Name $null (clears a value)
    PsCommand &null(QLatin1String parameter);
    // -Name Basic,Ntlm: an enum token list of the generator (validated values such as
    // authentication methods, never plan text).
    PsCommand &token(QLatin1String parameter, const QString &enumTokens);
    // -Name <what is missing>: a bracketed placeholder PowerShell refuses to parse, so a
    // fix the plan cannot complete cannot run unfilled.
    PsCommand &placeholder(QLatin1String parameter, const QString &whatIsMissing);
    // Any of the above, by kind.
    PsCommand &add(const PsArgument &argument);
    PsCommand &add(const QList<PsArgument> &arguments);
    // -Name (<constant expression of the generator>), e.g. ($flags -join ','): a script
    // variable the same command line computed, never plan text.
    PsCommand &expression(QLatin1String parameter, QLatin1String constantExpression);
    // -Name $variable: a variable the generated script itself sets (a constant of the
    // generator, never a plan value), e.g. $TestMailbox read with Read-Host.
    PsCommand &variable(QLatin1String parameter, QLatin1String variableName);
    // A positional enum token of the generator (Set-OutlookProvider EXPR).
    PsCommand &positionalToken(QLatin1String token);
    // -Name (a switch parameter)
    PsCommand &switchParameter(QLatin1String parameter);
    // -WhatIf:$WhatIf (the script-level switch passed through, RULEBOOK §5)
    PsCommand &whatIfPassThrough();
    // -ErrorAction Stop
    PsCommand &stopOnError();
    // "  # text" after the command (psCommentText), e.g. which shell runs it (U4).
    PsCommand &trailingComment(const QString &text);

    // The command, or the refusal when a cmdlet or parameter is not in the table.
    QString toString() const;
    bool isRefused() const { return !m_refusal.isEmpty(); }
    const QString &refusal() const { return m_refusal; }

private:
    PsCommand() = default;
    bool accept(QLatin1String parameter);
    void refuse(const QString &what);

    QString m_line;
    QString m_comment;
    QString m_refusal;
    const CommandTableRow *m_rows = nullptr; // the cmdlet's rows in the table
    qsizetype m_rowCount = 0;
    std::optional<ExchangeVersion> m_shell;
    bool m_scriptFunction = false;
};

// A script being written: lines with indentation. Comments go through psCommentText.
class PsScriptWriter
{
public:
    void line(const QString &code);
    void comment(const QString &text);
    void blank();
    void open(const QString &code); // writes `code {` and indents
    void close(const QString &suffix = {}); // dedents and writes `}` + suffix
    void raw(const QString &block); // a constant multi-line block (no plan values)

    QString text() const;

private:
    QStringList m_lines;
    int m_depth = 0;
};

} // namespace wizard
