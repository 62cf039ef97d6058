#include "pscommand.h"

#include "powershell/psquote.h"

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
bool rowAllows(const CommandTableRow &row, std::optional<ExchangeVersion> shell)
{
    return shell ? row.allows(*shell) : (row.anyVersion || !row.versions.isEmpty());
}

QString shellName(std::optional<ExchangeVersion> shell)
{
    return shell ? u"the Exchange %1 shell"_s.arg(exchangeVersionToken(*shell)) : u"any shell"_s;
}
} // namespace

PsCommand::PsCommand(QLatin1String cmdlet, std::optional<ExchangeVersion> shell)
    : m_line(cmdlet)
    , m_shell(shell)
{
    m_rows = CommandTable::instance().findCmdlet(m_line, &m_rowCount);
    if (!m_rows) {
        refuse(u"%1 is not in docs/powershell-commands.tsv"_s.arg(cmdlet));
        return;
    }
    // The cmdlet's own row (empty parameter) or, for a cmdlet listed only by its
    // parameters, any of them must allow the shell.
    bool allowed = false;
    for (qsizetype i = 0; i < m_rowCount && !allowed; ++i)
        allowed = rowAllows(m_rows[i], shell);
    if (!allowed)
        refuse(u"%1 is not listed for %2"_s.arg(cmdlet, shellName(shell)));
}

PsCommand PsCommand::scriptFunction(QLatin1String name)
{
    PsCommand cmd;
    cmd.m_line = name;
    cmd.m_scriptFunction = true;
    if (!QStringView(cmd.m_line).contains(u"-Coex"))
        cmd.refuse(u"%1 is not a CoexPlan script function (*-Coex*)"_s.arg(name));
    return cmd;
}

void PsCommand::refuse(const QString &what)
{
    if (m_refusal.isEmpty())
        m_refusal = what;
}

bool PsCommand::accept(QLatin1String parameter)
{
    if (m_scriptFunction)
        return true;
    if (!m_rows)
        return false; // the cmdlet itself is refused
    for (qsizetype i = 0; i < m_rowCount; ++i) {
        const CommandTableRow &row = m_rows[i];
        if (row.parameter.size() == parameter.size() + 1 && QStringView(row.parameter).sliced(1) == parameter) {
            if (rowAllows(row, m_shell))
                return true;
            refuse(u"%1 -%2 is not listed for %3"_s.arg(m_rows->cmdlet, parameter, shellName(m_shell)));
            return false;
        }
    }
    refuse(u"%1 -%2 is not in docs/powershell-commands.tsv"_s.arg(m_rows->cmdlet, parameter));
    return false;
}

PsCommand &PsCommand::text(QLatin1String parameter, const QString &value)
{
    if (accept(parameter))
        m_line += u" -"_s + parameter + u' ' + psQuote(value);
    return *this;
}

PsCommand &PsCommand::texts(QLatin1String parameter, const QStringList &values)
{
    if (!accept(parameter))
        return *this;
    QStringList quoted;
    quoted.reserve(values.size());
    for (const QString &v : values)
        quoted.append(psQuote(v));
    m_line += u" -"_s + parameter + u' ' + quoted.join(u',');
    return *this;
}

PsCommand &PsCommand::boolean(QLatin1String parameter, bool value)
{
    if (accept(parameter))
        m_line += u" -"_s + parameter + u' ' + psBool(value);
    return *this;
}

PsCommand &PsCommand::null(QLatin1String parameter)
{
    if (accept(parameter))
        m_line += u" -"_s + parameter + u" $null"_s;
    return *this;
}

PsCommand &PsCommand::token(QLatin1String parameter, const QString &enumTokens)
{
    if (accept(parameter))
        m_line += u" -"_s + parameter + u' ' + enumTokens;
    return *this;
}

PsCommand &PsCommand::placeholder(QLatin1String parameter, const QString &whatIsMissing)
{
    if (accept(parameter))
        m_line += u" -"_s + parameter + u' ' + (whatIsMissing.startsWith(u'<') ? psCommentText(whatIsMissing) : u'<' + psCommentText(whatIsMissing) + u'>');
    return *this;
}

PsCommand &PsCommand::add(const PsArgument &argument)
{
    switch (argument.kind) {
    case PsArgument::Kind::Text:
        return text(argument.parameter, argument.value);
    case PsArgument::Kind::Token:
        return token(argument.parameter, argument.value);
    case PsArgument::Kind::Boolean:
        return boolean(argument.parameter, argument.flag);
    case PsArgument::Kind::Placeholder:
        return placeholder(argument.parameter, argument.value);
    }
    return *this;
}

PsCommand &PsCommand::add(const QList<PsArgument> &arguments)
{
    for (const PsArgument &a : arguments)
        add(a);
    return *this;
}

PsCommand &PsCommand::expression(QLatin1String parameter, QLatin1String constantExpression)
{
    if (accept(parameter))
        m_line += u" -"_s + parameter + u' ' + constantExpression;
    return *this;
}

PsCommand &PsCommand::variable(QLatin1String parameter, QLatin1String variableName)
{
    if (accept(parameter))
        m_line += u" -"_s + parameter + u" $"_s + variableName;
    return *this;
}

PsCommand &PsCommand::positionalToken(QLatin1String token)
{
    m_line += u' ' + token;
    return *this;
}

PsCommand &PsCommand::switchParameter(QLatin1String parameter)
{
    if (accept(parameter))
        m_line += u" -"_s + parameter;
    return *this;
}

PsCommand &PsCommand::whatIfPassThrough()
{
    if (accept("WhatIf"_L1))
        m_line += u" -WhatIf:$WhatIf"_s;
    return *this;
}

PsCommand &PsCommand::stopOnError()
{
    if (accept("ErrorAction"_L1))
        m_line += u" -ErrorAction Stop"_s;
    return *this;
}

PsCommand &PsCommand::trailingComment(const QString &text)
{
    m_comment = u"  # "_s + psCommentText(text);
    return *this;
}

QString PsCommand::toString() const
{
    if (!m_refusal.isEmpty())
        return u"<CoexPlan did not write this command: "_s + psCommentText(m_refusal) + u'>';
    return m_comment.isEmpty() ? m_line : m_line + m_comment;
}

void PsScriptWriter::line(const QString &code)
{
    m_lines.append(code.isEmpty() ? QString() : QString(m_depth * 4, u' ') + code);
}

void PsScriptWriter::comment(const QString &text)
{
    line(u"# "_s + psCommentText(text));
}

void PsScriptWriter::blank()
{
    m_lines.append(QString());
}

void PsScriptWriter::open(const QString &code)
{
    line(code + u" {"_s);
    ++m_depth;
}

void PsScriptWriter::close(const QString &suffix)
{
    if (m_depth > 0)
        --m_depth;
    line(u'}' + suffix);
}

void PsScriptWriter::raw(const QString &block)
{
    for (const QString &l : block.split(u'\n'))
        line(l);
}

QString PsScriptWriter::text() const
{
    // CRLF is what Windows PowerShell 2.0 editors expect; LF parses everywhere but a
    // consultant opening the file in Notepad on Windows Server 2008 R2 sees one line.
    return m_lines.join(u"\r\n"_s) + u"\r\n"_s;
}

} // namespace wizard
