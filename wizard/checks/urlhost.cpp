#include "urlhost.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// RFC 3986 unreserved characters, and '/'.
bool isPlainPathCharacter(char16_t c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'-' || c == u'.' || c == u'_' || c == u'~' || c == u'/';
}

char16_t asciiLower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
}

// A label of a plain DNS name: 1 to 63 letters, digits and hyphens, no hyphen at
// either end, and not an IDN ("xn--") label.
bool isPlainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
        return false;
    if (label.size() >= 4 && asciiLower(label[0].unicode()) == u'x' && asciiLower(label[1].unicode()) == u'n'
        && label[2] == u'-' && label[3] == u'-')
        return false;
    for (QChar c : label) {
        const char16_t u = c.unicode();
        if (!isAsciiLetter(u) && !isAsciiDigit(u) && u != u'-')
            return false;
    }
    return true;
}

// a.compare(b, Qt::CaseInsensitive) == 0 for an ASCII `a`: by hand when `b` is ASCII
// too (case folding is ASCII lower-casing there), else Qt's comparison.
bool equalIgnoringCase(QStringView ascii, QStringView b)
{
    if (ascii.size() != b.size())
        return ascii.compare(b, Qt::CaseInsensitive) == 0; // non-ASCII b may fold to another length
    for (qsizetype i = 0; i < ascii.size(); ++i) {
        const char16_t y = b[i].unicode();
        if (y >= 0x80)
            return ascii.compare(b, Qt::CaseInsensitive) == 0;
        if (asciiLower(ascii[i].unicode()) != asciiLower(y))
            return false;
    }
    return true;
}
} // namespace

std::optional<QStringView> plainHttpsHost(QStringView url)
{
    constexpr QStringView scheme = u"https://";
    if (!url.startsWith(scheme))
        return std::nullopt;
    const QStringView rest = url.sliced(scheme.size());
    const qsizetype slash = rest.indexOf(u'/');
    const QStringView host = slash < 0 ? rest : rest.first(slash);
    const QStringView path = slash < 0 ? QStringView() : rest.sliced(slash);
    if (host.isEmpty() || host.size() > 253)
        return std::nullopt;
    for (QChar c : path) {
        if (!isPlainPathCharacter(c.unicode()))
            return std::nullopt;
    }
    qsizetype labelStart = 0;
    QStringView lastLabel;
    while (true) {
        const qsizetype dot = host.indexOf(u'.', labelStart);
        lastLabel = dot < 0 ? host.sliced(labelStart) : host.sliced(labelStart, dot - labelStart);
        if (!isPlainLabel(lastLabel))
            return std::nullopt; // also an empty label: leading, double or trailing dot
        if (dot < 0)
            break;
        labelStart = dot + 1;
    }
    if (!isAsciiLetter(lastLabel.front().unicode()))
        return std::nullopt;
    return host;
}

bool urlHostMatches(const QString &url, QStringView host)
{
    if (const std::optional<QStringView> plain = plainHttpsHost(url))
        return equalIgnoringCase(*plain, host);
    return QUrl(url, QUrl::StrictMode).host().compare(host, Qt::CaseInsensitive) == 0;
}

} // namespace wizard
