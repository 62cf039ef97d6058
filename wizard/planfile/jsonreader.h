#pragma once

#include "jsondocument.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <utility>

namespace wizard::planjson {

// Thrown inside the plan reader only; parsePlan() turns it into a PlanError.
struct ReadError
{
    QString pointer;
    QString message;
};

// What a string member may hold (docs/plan-file.md, "Value limits"). Control
// characters (C0, DEL, C1) are refused in every kind but those a note may carry; the
// lengths are in UTF-16 code units.
enum class TextKind {
    Name, // server, site, group, database ... names and enum tokens: 255, no control characters
    Host, // host names: 255 (RFC 1035's limit), no control characters
    Line, // one line of text (title, author, URL, subject, owner ...): 1,024, tab allowed
    Note, // notes: 10,000, tab, line feed and carriage return allowed
};
int maxTextLength(TextKind kind);

// name.toLower(), the key of a case-insensitive name: an ASCII name skips Qt's Unicode
// tables, and one without capitals is not copied.
QString lowerCaseKey(const QString &name);

QString toQString(const std::string &s);
QString toQString(std::string_view s);
std::string toStd(const QString &s);

// The JSON pointer of a value, made into text only when an error names it: the reader
// visits every value of a plan, and building "/servers/812/outlookAnywhere/..." for
// each one cost as much as the rest of the reading. A path refers to its parent, which
// must outlive it (paths live on the stack of the reader's nested calls).
class JsonPath
{
public:
    JsonPath() = default; // the document's root
    JsonPath(const JsonPath *parent, const char *key)
        : m_parent(parent)
        , m_key(key)
    { }
    JsonPath(const JsonPath *parent, std::size_t index)
        : m_parent(parent)
        , m_index(index)
        , m_isIndex(true)
    { }
    JsonPath(const JsonPath *parent, QString key) // a member name from the document
        : m_parent(parent)
        , m_ownedKey(std::move(key))
        , m_hasOwnedKey(true)
    { }

    // A pointer given whole as text ("/cutover/waves/2"), for readers that build their
    // pointers as strings; its children extend it.
    JsonPath(const QString &absolutePointer) // NOLINT: implicit, like the QString it stands for
        : m_ownedKey(absolutePointer)
        , m_hasOwnedKey(true)
        , m_absolute(true)
    { }

    QString toString() const; // RFC 6901, "" for the root
    operator QString() const { return toString(); } // NOLINT: see the QString constructor

private:
    const JsonPath *m_parent = nullptr;
    const char *m_key = nullptr;
    QString m_ownedKey;
    std::size_t m_index = 0;
    bool m_isIndex = false;
    bool m_hasOwnedKey = false;
    bool m_absolute = false;
};

// Walks a JSON document keeping the JSON pointer of the current value, so that every
// error names its place.
class ObjectReader
{
public:
    ObjectReader(const JsonValue &object, const JsonPath &pointer);

    const JsonPath &pointer() const { return m_pointer; }
    JsonPath pointerOf(const char *key) const { return JsonPath(&m_pointer, key); }
    bool has(const char *key) const; // present and not null
    const JsonValue &at(const char *key) const; // throws std::out_of_range if absent, as nlohmann's at()
    const JsonValue *find(const char *key) const; // nullptr if absent or null

    // Strict: any member not in `known` is an error (catches typos).
    void rejectUnknownKeys(std::initializer_list<std::string_view> known) const;

    QString requiredString(const char *key, TextKind kind = TextKind::Name) const;
    QString optionalString(const char *key, TextKind kind = TextKind::Line) const; // "" when absent
    bool optionalBool(const char *key, bool fallback) const;
    int optionalInt(const char *key, int fallback, int min, int max) const;
    QStringList optionalStringList(const char *key, TextKind kind = TextKind::Name) const;

    // Calls f(element, pointer) for each element of an optional array member.
    template <typename F> void forEachInArray(const char *key, F &&f) const
    {
        const JsonValue *v = find(key);
        if (!v)
            return;
        if (!v->is_array())
            failNotArray(key, *v);
        const JsonPath base = pointerOf(key);
        std::size_t i = 0;
        for (const JsonValue &element : v->elements())
            f(element, JsonPath(&base, i++));
    }

    [[noreturn]] void fail(const char *key, const QString &message) const;

private:
    [[noreturn]] void failNotArray(const char *key, const JsonValue &v) const;

    const JsonValue &m_object;
    JsonPath m_pointer;
};

[[noreturn]] void failAt(const JsonPath &pointer, const QString &message);
QString typeName(const JsonValue &value);
QString expectText(const JsonValue &value, const JsonPath &pointer, TextKind kind);
QString expectText(std::string_view bytes, const JsonPath &pointer,
                   TextKind kind); // UTF-8: a string's, or a member name
QString expectString(const JsonValue &value, const JsonPath &pointer); // TextKind::Line
QString expectHost(const JsonValue &value, const JsonPath &pointer);

} // namespace wizard::planjson
