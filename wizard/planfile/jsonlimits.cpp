#include "jsonlimits.h"

#include <QCoreApplication>

namespace wizard::planjson {

std::optional<JsonLimitError> checkJsonLimits(QByteArrayView json)
{
    int depth = 0;
    std::size_t values = 1; // the root
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > maxJsonDepth) {
                return JsonLimitError{std::size_t(i),
                                      QCoreApplication::translate("wizard",
                                                                  "the JSON is nested deeper than "
                                                                  "%1 levels (a plan needs five)")
                                          .arg(maxJsonDepth)};
            }
            ++values; // a first element, if any; the others follow a comma
            break;
        case ']':
        case '}':
            --depth;
            break;
        case ',':
            if (++values > maxJsonValues) {
                return JsonLimitError{std::size_t(i),
                                      QCoreApplication::translate("wizard",
                                                                  "the JSON holds more than %1 values, more than "
                                                                  "any plan has")
                                          .arg(maxJsonValues)};
            }
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

} // namespace wizard::planjson
