#include "jsonlimits.h"

#include <QCoreApplication>

namespace wizard::planjson {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}
} // namespace

std::optional<JsonLimitError> JsonLimitScanner::feed(QByteArrayView bytes)
{
    const auto at = [this](QString message) { return JsonLimitError{m_offset, m_line, m_column, std::move(message)}; };
    for (qsizetype i = 0; i < bytes.size(); ++i, ++m_offset) {
        const char c = bytes[i];
        if (c == '\n') {
            ++m_line;
            m_column = 0;
        } else {
            ++m_column;
        }
        if (m_inString) {
            if (m_escaped)
                m_escaped = false;
            else if (c == '\\')
                m_escaped = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        switch (c) {
        case '"':
            m_inString = true;
            break;
        case '[':
        case '{':
            if (++m_depth > maxJsonDepth)
                return at(tr("the JSON is nested deeper than %1 levels (a plan needs five)").arg(maxJsonDepth));
            ++m_values; // a first element, if any; the others follow a comma
            break;
        case ']':
        case '}':
            --m_depth;
            break;
        case ',':
            if (++m_values > maxJsonValues)
                return at(tr("the JSON holds more than %1 values, more than any plan has").arg(maxJsonValues));
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return at(tr("this is not JSON (a control byte 0x%1 outside a string)")
                              .arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0')));
            break;
        }
    }
    return std::nullopt;
}

std::optional<JsonLimitError> checkJsonLimits(QByteArrayView json)
{
    return JsonLimitScanner().feed(json);
}

} // namespace wizard::planjson
