#include "jsonreader.h"

#include <QCoreApplication>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace wizard::planjson {

QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString lowerCaseKey(const QString &name)
{
    bool capitals = false;
    for (const QChar c : name) {
        if (c.unicode() >= 0x80)
            return name.toLower();
        capitals = capitals || (c >= u'A' && c <= u'Z');
    }
    if (!capitals)
        return name;
    QString lower = name;
    for (QChar &c : lower) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return lower;
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string toStd(const QString &s)
{
    return s.toStdString();
}

void failAt(const JsonPath &pointer, const QString &message)
{
    throw ReadError{pointer.toString(), message};
}

QString typeName(const JsonValue &value)
{
    return QString::fromLatin1(value.type_name());
}

int maxTextLength(TextKind kind)
{
    switch (kind) {
    case TextKind::Name:
    case TextKind::Host:
        return 255;
    case TextKind::Line:
        return 1024;
    case TextKind::Note:
        return 10000;
    }
    return 0;
}

namespace {
bool allowedControl(char16_t c, TextKind kind)
{
    if (kind == TextKind::Note)
        return c == u'\t' || c == u'\n' || c == u'\r';
    return kind == TextKind::Line && c == u'\t';
}

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}
} // namespace

QString expectText(const JsonValue &value, const JsonPath &pointer, TextKind kind)
{
    if (!value.is_string())
        failAt(pointer, QCoreApplication::translate("wizard", "expected a string, found %1").arg(typeName(value)));
    return expectText(value.string(), pointer, kind);
}

QString expectText(std::string_view bytes, const JsonPath &pointer, TextKind kind)
{
    const int limit = maxTextLength(kind);
    // The message is made only when it is needed (this runs for every string of a plan).
    const auto tooLong = [limit] {
        return QCoreApplication::translate("wizard", "the value is longer than %1 characters")
            .arg(QString::number(limit));
    };
    // Three UTF-8 bytes make at least one UTF-16 unit: longer byte strings are refused unread.
    if (bytes.size() > std::size_t(limit) * 3)
        failAt(pointer, tooLong());
    const QString text = toQString(bytes);
    if (text.size() > limit)
        failAt(pointer, tooLong());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (isControl(c) && !allowedControl(c, kind)) {
            failAt(pointer,
                   QCoreApplication::translate("wizard", "control character U+%1 at character %2")
                       .arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'))
                       .arg(i + 1));
        }
    }
    return text;
}

QString expectString(const JsonValue &value, const JsonPath &pointer)
{
    return expectText(value, pointer, TextKind::Line);
}

QString expectHost(const JsonValue &value, const JsonPath &pointer)
{
    return expectText(value, pointer, TextKind::Host);
}

namespace {
// RFC 6901 escaping of a member name inside a pointer.
QString escapeToken(const QString &token)
{
    QString t = token;
    t.replace(u'~', u"~0"_s);
    t.replace(u'/', u"~1"_s);
    return t;
}
} // namespace

QString JsonPath::toString() const
{
    if (m_absolute)
        return m_ownedKey;
    if (!m_parent && !m_key && !m_isIndex && !m_hasOwnedKey)
        return {};
    const QString token = m_isIndex ? QString::number(m_index)
        : m_hasOwnedKey             ? escapeToken(m_ownedKey)
                                    : escapeToken(QString::fromLatin1(m_key));
    return (m_parent ? m_parent->toString() : QString()) + u'/' + token;
}

ObjectReader::ObjectReader(const JsonValue &object, const JsonPath &pointer)
    : m_object(object)
    , m_pointer(pointer)
{
    if (!m_object.is_object()) {
        const QString where = m_pointer.toString();
        throw ReadError{where.isEmpty() ? u"/"_s : where,
                        QCoreApplication::translate("wizard", "expected an object, found %1").arg(typeName(m_object))};
    }
}

const JsonValue *ObjectReader::find(const char *key) const
{
    const JsonValue *v = m_object.find(key);
    return v && !v->is_null() ? v : nullptr;
}

bool ObjectReader::has(const char *key) const
{
    return find(key) != nullptr;
}

const JsonValue &ObjectReader::at(const char *key) const
{
    if (const JsonValue *v = m_object.find(key))
        return *v;
    throw std::out_of_range(key); // as nlohmann's at(); never reached after has()
}

void ObjectReader::rejectUnknownKeys(std::initializer_list<std::string_view> known) const
{
    for (const JsonMember &member : m_object.members()) {
        bool found = false;
        for (const std::string_view k : known) {
            if (member.key == k) {
                found = true;
                break;
            }
        }
        if (!found) {
            const QString name = toQString(member.key);
            failAt(JsonPath(&m_pointer, name),
                   QCoreApplication::translate("wizard", "unknown member \"%1\"").arg(name));
        }
    }
}

void ObjectReader::fail(const char *key, const QString &message) const
{
    failAt(pointerOf(key), message);
}

QString ObjectReader::requiredString(const char *key, TextKind kind) const
{
    const JsonValue *v = find(key);
    if (!v)
        fail(key, QCoreApplication::translate("wizard", "required member is missing"));
    return expectText(*v, pointerOf(key), kind);
}

QString ObjectReader::optionalString(const char *key, TextKind kind) const
{
    const JsonValue *v = find(key);
    return v ? expectText(*v, pointerOf(key), kind) : QString();
}

bool ObjectReader::optionalBool(const char *key, bool fallback) const
{
    const JsonValue *found = find(key);
    if (!found)
        return fallback;
    const JsonValue &v = *found;
    if (!v.is_boolean())
        fail(key, QCoreApplication::translate("wizard", "expected true or false, found %1").arg(typeName(v)));
    return v.boolean();
}

int ObjectReader::optionalInt(const char *key, int fallback, int min, int max) const
{
    const JsonValue *found = find(key);
    if (!found)
        return fallback;
    const JsonValue &v = *found;
    if (!v.is_number_integer())
        fail(key, QCoreApplication::translate("wizard", "expected a whole number, found %1").arg(typeName(v)));
    const long long n = v.integer();
    if (n < min || n > max) {
        fail(key,
             QCoreApplication::translate("wizard", "%1 is out of range (%2 to %3)")
                 .arg(QString::number(n), QString::number(min), QString::number(max)));
    }
    return static_cast<int>(n);
}

QStringList ObjectReader::optionalStringList(const char *key, TextKind kind) const
{
    QStringList list;
    if (const JsonValue *v = find(key))
        list.reserve(qsizetype(v->elements().size()));
    forEachInArray(key, [&list, kind](const JsonValue &v, const JsonPath &p) { list.append(expectText(v, p, kind)); });
    return list;
}

void ObjectReader::failNotArray(const char *key, const JsonValue &v) const
{
    fail(key, QCoreApplication::translate("wizard", "expected an array, found %1").arg(typeName(v)));
}

} // namespace wizard::planjson
