#pragma once

#include "powershell/psquote.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace wizard {

// One PowerShell command line built from tokens (STYLE: generated PowerShell is built
// from tokens with one quoting function). The cmdlet and parameter names are
// constants of the generator; every value goes through psQuote (text), psBool
// (booleans) or is the fixed token $null / $WhatIf. Nothing from a plan is pasted.
class PsCommand
{
public:
    explicit PsCommand(QLatin1String cmdlet);

    // -Name 'value'
    PsCommand &text(QLatin1String parameter, const QString &value);
    // -Name 'a','b' (a PowerShell array of string literals)
    PsCommand &texts(QLatin1String parameter, const QStringList &values);
    // -Name $true / $false
    PsCommand &boolean(QLatin1String parameter, bool value);
    // -Name $null (clears a value)
    PsCommand &null(QLatin1String parameter);
    // -Name $variable: a variable the generated script itself sets (a constant of the
    // generator, never a plan value), e.g. $TestMailbox read with Read-Host.
    PsCommand &variable(QLatin1String parameter, QLatin1String variableName);
    // -WhatIf:$WhatIf (the script-level switch passed through, RULEBOOK §5)
    PsCommand &whatIfPassThrough();
    // -ErrorAction Stop
    PsCommand &stopOnError();

    QString toString() const;

private:
    QString m_line;
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
