#include "setspnoutput.h"

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
constexpr QStringView registeredPrefix = u"Registered ServicePrincipalNames for ";
constexpr QStringView checkingDomain = u"Checking domain ";
constexpr QStringView checkingForest = u"Checking forest ";
constexpr QStringView found = u"Existing SPN found!";
constexpr QStringView notFound = u"No such SPN found.";

bool isServiceClassChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.';
}

// serviceclass/host[:port][/name]: no spaces, a class of letters, digits, '-', '_' or
// '.', then '/' and something. "http://..." (a URL) is not one: ':' is not a class char.
bool isSpnShape(QStringView line)
{
    const QStringView t = line.trimmed();
    const qsizetype slash = t.indexOf(u'/');
    if (slash < 1 || slash + 1 >= t.size() || !t.at(0).isLetter())
        return false;
    for (qsizetype i = 0; i < slash; ++i) {
        if (!isServiceClassChar(t.at(i)))
            return false;
    }
    for (const QChar c : t) {
        if (c.isSpace())
            return false;
    }
    return true;
}

// "CN=EXCH2013ASA,CN=Computers,DC=contoso,DC=com": an account's DN as setspn prints it.
bool isDistinguishedName(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.startsWith(u"CN=", Qt::CaseInsensitive) || t.startsWith(u"OU=", Qt::CaseInsensitive)
        || t.startsWith(u"DC=", Qt::CaseInsensitive);
}

// A DN the console wrapped: "…,DC=intranet," then "DC=corporate,DC=com" (blank lines
// between them in a double-spaced paste). The next line continues it when this part
// ends with ',' and the next starts with an RDN.
bool continuesDistinguishedName(const QString &soFar, QStringView next)
{
    return soFar.endsWith(u',') && isDistinguishedName(next) && !isSpnShape(next);
}

qsizetype skipBlank(const QStringList &lines, qsizetype i, qsizetype end)
{
    while (i < end && lines[i].trimmed().isEmpty())
        ++i;
    return i;
}

PsProperty property(const QString &name, const QString &value, qsizetype index)
{
    return PsProperty{name, value, int(index + 1), false};
}

// Joins the lines that continue a wrapped DN (at most a few, blank lines between them
// skipped) onto `dn`, from `from`; returns the index after the last one joined.
qsizetype joinWrappedDn(const QStringList &lines, qsizetype from, qsizetype end, QString &dn)
{
    const qsizetype limit = from + 8;
    for (qsizetype next = skipBlank(lines, from, end);
         !dn.endsWith(u':') && next < end && next < limit && continuesDistinguishedName(dn, lines[next]);
         next = skipBlank(lines, from, end)) {
        dn += lines[next].trimmed();
        from = next + 1;
    }
    return from;
}

// Appends the SPN lines from `from` on (blank lines between them skipped) to `r`;
// returns the index of the last one, or `lastSoFar` when there is none.
qsizetype readSpns(const QStringList &lines, qsizetype from, qsizetype end, qsizetype lastSoFar, PsRecord &r)
{
    for (qsizetype i = skipBlank(lines, from, end); i < end && isSpnShape(lines[i]); i = skipBlank(lines, i + 1, end)) {
        r.properties.append(property(u"ServicePrincipalName"_s, lines[i].trimmed(), i));
        lastSoFar = i;
    }
    return lastSoFar;
}
} // namespace

bool parseSetspnCommandLine(QStringView line, QString *argument, bool *listing)
{
    // The command may follow a prompt ("C:\Windows\system32>setspn ...", "PS C:\> setspn ...").
    // Most lines of an import are neither: one cheap look before the case-blind search.
    const QStringView trimmed = line.trimmed();
    if (!trimmed.startsWith(u"setspn", Qt::CaseInsensitive) && !line.contains(u'>'))
        return false;
    qsizetype at = -1;
    for (qsizetype from = 0;;) {
        const qsizetype i = line.indexOf(u"setspn", from, Qt::CaseInsensitive);
        if (i < 0)
            return false;
        // Only at the start of the line or after a prompt: "Comment : run setspn -L" is data.
        const QStringView before = line.left(i).trimmed();
        if (before.isEmpty() || before.endsWith(u'>')) {
            at = i;
            break;
        }
        from = i + 1;
    }
    QStringView rest = line.mid(at + 6);
    if (rest.startsWith(u".exe", Qt::CaseInsensitive))
        rest = rest.mid(4);
    if (!rest.isEmpty() && !rest.at(0).isSpace())
        return false;
    const QList<QStringView> words = rest.trimmed().split(u' ', Qt::SkipEmptyParts);
    bool query = false;
    bool list = false;
    QString arg;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QStringView w = words[i];
        if (w.size() == 2 && (w.at(0) == u'-' || w.at(0) == u'/')) {
            const QChar s = w.at(1).toLower();
            if (s == u'q')
                query = true;
            else if (s == u'l')
                list = true;
            else if (s == u't')
                ++i; // -T <domain>: its argument is not the SPN
            else if (s != u'f' && s != u'p' && s != u'c' && s != u'u')
                return false; // -S, -D, -A, -R, -X: not a read CoexPlan takes in
            continue;
        }
        if (arg.isEmpty())
            arg = w.toString().remove(u'"');
    }
    if ((query && list) || arg.isEmpty()) // -L and -Q together is not a setspn command
        return false;
    if (argument)
        *argument = arg;
    if (listing)
        *listing = !query;
    return true;
}

bool isSetspnOutputAt(const QStringList &lines, qsizetype i)
{
    const QStringView t = QStringView(lines[i]).trimmed();
    return t.startsWith(registeredPrefix, Qt::CaseInsensitive) || t.startsWith(checkingDomain, Qt::CaseInsensitive)
        || t.startsWith(checkingForest, Qt::CaseInsensitive);
}

qsizetype parseSetspnOutput(const QStringList &lines, qsizetype start, qsizetype end, const QString &command,
                            ParsedRecords &out)
{
    const QString first = lines[start].trimmed();
    if (first.startsWith(registeredPrefix, Qt::CaseInsensitive)) {
        // setspn -L: the header names the account (its DN, maybe wrapped) and ends with ':'.
        PsRecord r;
        r.section = u"setspn -L"_s;
        r.firstLine = int(start + 1);
        QString dn = first.mid(registeredPrefix.size()).trimmed();
        const qsizetype i = joinWrappedDn(lines, start + 1, end, dn);
        if (dn.endsWith(u':'))
            dn.chop(1);
        r.properties.append(property(u"Account"_s, dn.trimmed(), start));
        const qsizetype last = readSpns(lines, i, end, i - 1, r);
        r.lastLine = int(last + 1);
        out.records.append(r);
        return last + 1;
    }
    // setspn -Q: "Checking domain|forest <DN>", then each account found with its SPNs,
    // then "Existing SPN found!" or "No such SPN found.".
    const QString scope = first.startsWith(checkingForest, Qt::CaseInsensitive) ? u"forest"_s : u"domain"_s;
    const auto queryRecord = [&](qsizetype line) {
        PsRecord r;
        r.section = u"setspn -Q"_s;
        r.firstLine = int(line + 1);
        r.lastLine = int(line + 1);
        if (!command.isEmpty())
            r.properties.append(property(u"Query"_s, command, line));
        r.properties.append(property(u"Scope"_s, scope, start));
        return r;
    };
    qsizetype i = start + 1;
    qsizetype last = start;
    bool any = false;
    while (true) {
        i = skipBlank(lines, i, end);
        if (i >= end)
            break;
        const QString t = lines[i].trimmed();
        if (t.startsWith(found, Qt::CaseInsensitive)) {
            last = i++;
            break;
        }
        if (t.startsWith(notFound, Qt::CaseInsensitive)) {
            if (!any) {
                PsRecord r = queryRecord(i);
                r.properties.append(property(u"Found"_s, u"no"_s, i));
                out.records.append(r);
            }
            last = i++;
            break;
        }
        if (!isDistinguishedName(t) || isSpnShape(t))
            break;
        PsRecord r = queryRecord(i);
        QString dn = t;
        const qsizetype j = joinWrappedDn(lines, i + 1, end, dn);
        r.properties.append(property(u"Account"_s, dn, i));
        const qsizetype recordEnd = readSpns(lines, j, end, j - 1, r);
        r.lastLine = int(recordEnd + 1);
        out.records.append(r);
        any = true;
        last = recordEnd;
        i = recordEnd + 1;
    }
    if (!any && last == start)
        out.unplaced.append(UnplacedLine{int(start + 1), lines[start], UnplacedKind::Noise});
    return last + 1;
}

} // namespace wizard
