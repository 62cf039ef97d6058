#pragma once

// Internal to wizard/flows: sentences with placeholders, filled for thousands of hops.
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>

namespace wizard {

// A translated sentence with %1..%n placeholders, split once at the places where
// QString::arg puts its arguments, so that filling it is one concatenation rather than
// a parse of the pattern per hop. The split is taken from arg() itself (it is given
// private-use characters as arguments), so fill() gives exactly what arg() would.
class SentenceTemplate
{
public:
    SentenceTemplate() = default;
    // `argCount` (1 to 3): as pattern.arg(a) for one argument, pattern.arg(a, b, ...) for more.
    SentenceTemplate(const QString &pattern, qsizetype argCount);

    QString fill(std::initializer_list<QStringView> args) const;

private:
    QString m_pattern;
    qsizetype m_argCount = 0;
    bool m_split = false; // false: the pattern holds a marker character itself; fill() calls arg()
    QStringList m_pieces; // the text around the arguments: one more than m_slots
    QList<int> m_slots; // which argument goes after each piece
};

} // namespace wizard
