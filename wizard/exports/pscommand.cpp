#include "pscommand.h"

#include "powershell/psquote.h"

using namespace Qt::StringLiterals;

namespace wizard {

PsCommand::PsCommand(QLatin1String cmdlet)
    : m_line(cmdlet)
{ }

PsCommand &PsCommand::text(QLatin1String parameter, const QString &value)
{
    m_line += u" -"_s + parameter + u' ' + psQuote(value);
    return *this;
}

PsCommand &PsCommand::texts(QLatin1String parameter, const QStringList &values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (const QString &v : values)
        quoted.append(psQuote(v));
    m_line += u" -"_s + parameter + u' ' + quoted.join(u',');
    return *this;
}

PsCommand &PsCommand::boolean(QLatin1String parameter, bool value)
{
    m_line += u" -"_s + parameter + u' ' + psBool(value);
    return *this;
}

PsCommand &PsCommand::null(QLatin1String parameter)
{
    m_line += u" -"_s + parameter + u" $null"_s;
    return *this;
}

PsCommand &PsCommand::variable(QLatin1String parameter, QLatin1String variableName)
{
    m_line += u" -"_s + parameter + u" $"_s + variableName;
    return *this;
}

PsCommand &PsCommand::whatIfPassThrough()
{
    m_line += u" -WhatIf:$WhatIf"_s;
    return *this;
}

PsCommand &PsCommand::stopOnError()
{
    m_line += u" -ErrorAction Stop"_s;
    return *this;
}

QString PsCommand::toString() const
{
    return m_line;
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
