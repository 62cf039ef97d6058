#include "prettyjson.h"

namespace wizard {

void PrettyJsonWriter::newline()
{
    m_out.append('\n');
    m_out.append(QByteArray(2 * m_depth, ' '));
}

void PrettyJsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (!m_empty)
            m_out.append(',');
        newline();
    }
    m_empty = false;
}

void PrettyJsonWriter::key(const char *name)
{
    beforeValue();
    m_out.append('"');
    m_out.append(name);
    m_out.append("\": ");
    m_afterKey = true;
}

void PrettyJsonWriter::open(char bracket)
{
    beforeValue();
    m_out.append(bracket);
    ++m_depth;
    m_empty = true;
}

void PrettyJsonWriter::close(char bracket)
{
    --m_depth;
    if (!m_empty)
        newline();
    m_out.append(bracket);
    m_empty = false; // the parent now holds this container
}

void PrettyJsonWriter::value(const QString &text)
{
    beforeValue();
    const QByteArray utf8 = text.toUtf8();
    m_out.append('"');
    static constexpr char hex[] = "0123456789abcdef";
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            m_out.append(escaped, sizeof escaped);
        }
        }
    }
    m_out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    m_out.append('"');
}

void PrettyJsonWriter::value(qint64 number)
{
    beforeValue();
    m_out.append(QByteArray::number(number));
}

void PrettyJsonWriter::value(const QStringList &texts)
{
    beginArray();
    for (const QString &t : texts)
        value(t);
    endArray();
}

} // namespace wizard
