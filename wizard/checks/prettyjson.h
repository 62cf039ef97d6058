#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wizard {

// Writes JSON straight into a byte buffer in the layout of nlohmann's dump(2): two
// spaces per level, "key": value, "[]" and "{}" when empty, strings escaped as nlohmann
// does with ensure_ascii off (", \, \b \f \n \r \t, other control characters as \u00xx
// in lower-case hex; everything else as UTF-8). `coexplan check --format json` used to
// build the whole document in nlohmann first; this writes each value once, in order
// (tests/checks/tst_prettyjson compares both on hostile text).
class PrettyJsonWriter
{
public:
    explicit PrettyJsonWriter(QByteArray &out)
        : m_out(out)
    { }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    // Inside an object: the next value's key.
    void key(const char *name);

    void value(const QString &text);
    void value(qint64 number);
    void value(const QStringList &texts);

    // Key and value in one call.
    template <typename T> void member(const char *name, const T &v)
    {
        key(name);
        value(v);
    }

private:
    void open(char bracket);
    void close(char bracket);
    void beforeValue();
    void newline();

    QByteArray &m_out;
    int m_depth = 0;
    bool m_empty = true; // the innermost container has no value yet
    bool m_afterKey = false;
};

} // namespace wizard
