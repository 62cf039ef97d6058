#pragma once

#include <QString>
#include <QStringList>

// A small PowerShell tokenizer for the subset CoexPlan generates, following the
// language's rules for quotes: ' and the typographic quotes U+2018..U+201B all open
// and close a verbatim string, and two quote characters in a row inside one stand for
// a literal quote (PowerShell keeps the second). Used to prove that a plan value is
// one string literal, whatever characters it holds.
struct PsScan
{
    QStringList literals; // decoded single-quoted string contents, in order
    QString code; // everything outside single-quoted strings and comments
    bool unterminated = false;
};

inline bool isPsSingleQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || (u >= 0x2018 && u <= 0x201B);
}

inline PsScan scanPowerShell(const QString &script)
{
    PsScan scan;
    qsizetype i = 0;
    const qsizetype n = script.size();
    while (i < n) {
        const QChar c = script[i];
        if (isPsSingleQuote(c)) {
            QString literal;
            ++i;
            bool closed = false;
            while (i < n) {
                if (isPsSingleQuote(script[i])) {
                    if (i + 1 < n && isPsSingleQuote(script[i + 1])) {
                        literal.append(script[i + 1]);
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                literal.append(script[i++]);
            }
            scan.unterminated |= !closed;
            scan.literals.append(literal);
            scan.code.append(u"''");
        } else if (c == u'<' && i + 1 < n && script[i + 1] == u'#') {
            const qsizetype end = script.indexOf(QStringLiteral("#>"), i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == u'#') {
            while (i < n && script[i] != u'\n' && script[i] != u'\r')
                ++i;
        } else {
            scan.code.append(c);
            ++i;
        }
    }
    return scan;
}

// The script's statements line by line, where a line break inside a single-quoted
// string does not end the line (a plan value may hold newlines).
inline QStringList psLogicalLines(const QString &script)
{
    QStringList lines;
    QString current;
    bool inLiteral = false;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script[i];
        if (isPsSingleQuote(c)) {
            if (inLiteral && i + 1 < script.size() && isPsSingleQuote(script[i + 1])) {
                current.append(c).append(script[i + 1]);
                ++i;
                continue;
            }
            inLiteral = !inLiteral;
        } else if (!inLiteral && c == u'#') {
            // a comment runs to the end of the line; quotes in it do not count
            while (i < script.size() && script[i] != u'\n' && script[i] != u'\r')
                current.append(script[i++]);
            --i;
            continue;
        }
        if (!inLiteral && (c == u'\n' || c == u'\r')) {
            if (c == u'\r' && i + 1 < script.size() && script[i + 1] == u'\n')
                ++i;
            lines.append(current);
            current.clear();
            continue;
        }
        current.append(c);
    }
    lines.append(current);
    return lines;
}
