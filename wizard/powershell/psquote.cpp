#include "powershell/psquote.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
bool isPowerShellSingleQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || (u >= 0x2018 && u <= 0x201B);
}
} // namespace

QString psQuote(QStringView value)
{
    if (std::none_of(value.cbegin(), value.cend(), isPowerShellSingleQuote))
        return QString(u'\'' + value + u'\''); // nothing to double: one allocation
    QString out;
    out.reserve(value.size() + 2);
    out.append(u'\'');
    for (QChar c : value) {
        if (isPowerShellSingleQuote(c))
            out.append(c);
        out.append(c);
    }
    out.append(u'\'');
    return out;
}

QString psBool(bool value)
{
    return value ? u"$true"_s : u"$false"_s;
}

QString psCommentText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        // Line terminators PowerShell's tokenizer knows (CR, LF) and the Unicode ones
        // an editor may show as breaks; other control characters too.
        const bool breaks = u < 0x20 || u == 0x7F || u == 0x85 || u == 0x2028 || u == 0x2029;
        out.append(breaks ? QChar(u' ') : c);
    }
    return out;
}

} // namespace wizard
