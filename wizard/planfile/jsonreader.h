#pragma once

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>

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

QString toQString(const std::string &s);
std::string toStd(const QString &s);

// Walks a JSON document keeping the JSON pointer of the current value, so that every
// error names its place.
class ObjectReader
{
public:
    ObjectReader(const nlohmann::json &object, QString pointer);

    const QString &pointer() const { return m_pointer; }
    QString pointerOf(const char *key) const;
    bool has(const char *key) const;
    const nlohmann::json &at(const char *key) const;

    // Strict: any member not in `known` is an error (catches typos).
    void rejectUnknownKeys(std::initializer_list<const char *> known) const;

    QString requiredString(const char *key, TextKind kind = TextKind::Name) const;
    QString optionalString(const char *key, TextKind kind = TextKind::Line) const; // "" when absent
    bool optionalBool(const char *key, bool fallback) const;
    int optionalInt(const char *key, int fallback, int min, int max) const;
    QStringList optionalStringList(const char *key, TextKind kind = TextKind::Name) const;

    // Calls f(element, pointer) for each element of an optional array member.
    void forEachInArray(const char *key, const std::function<void(const nlohmann::json &, const QString &)> &f) const;

    [[noreturn]] void fail(const char *key, const QString &message) const;

private:
    const nlohmann::json &m_object;
    QString m_pointer;
};

[[noreturn]] void failAt(const QString &pointer, const QString &message);
QString typeName(const nlohmann::json &value);
QString expectText(const nlohmann::json &value, const QString &pointer, TextKind kind);
QString expectString(const nlohmann::json &value, const QString &pointer); // TextKind::Line
QString expectHost(const nlohmann::json &value, const QString &pointer);

} // namespace wizard::planjson
