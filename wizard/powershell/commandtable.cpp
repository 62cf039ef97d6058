#include "commandtable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

QStringView commandTableText(); // commandtabledata.cpp, generated from the TSV

namespace {
QString lineError(qsizetype line, const QString &what)
{
    return u"docs/powershell-commands.tsv line %1: %2"_s.arg(line).arg(what);
}
} // namespace

const CommandTable &CommandTable::instance()
{
    // The file is part of the source tree; a malformed line is a build defect, which
    // tst_powershellmodel reports with its line (here the rows before it are kept).
    static const CommandTable table = parse(commandTableText());
    return table;
}

CommandTable CommandTable::parse(QStringView tsv, QString *error)
{
    CommandTable t;
    qsizetype lineNumber = 0;
    for (QStringView line : tsv.split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> c = line.split(u'\t');
        if (c.size() < 6) {
            if (error && error->isEmpty())
                *error = lineError(lineNumber, u"6 tab-separated columns expected, %1 found"_s.arg(c.size()));
            continue;
        }
        CommandTableRow row{c[0].toString(), c[1].toString(), c[2].toString(), false, {}, c[4].toString(),
                            c[5].toString()};
        for (QStringView v : c[3].split(u',')) {
            if (v == u"any") {
                row.anyVersion = true;
            } else if (const std::optional<ExchangeVersion> version = parseExchangeVersionToken(v)) {
                row.versions.append(*version);
            } else if (error && error->isEmpty()) {
                *error = lineError(lineNumber, u"unknown version \"%1\""_s.arg(v));
            }
        }
        t.m_rows.append(std::move(row));
    }
    std::stable_sort(t.m_rows.begin(), t.m_rows.end(),
                     [](const CommandTableRow &a, const CommandTableRow &b) { return a.cmdlet < b.cmdlet; });
    return t;
}

const CommandTableRow *CommandTable::findCmdlet(QStringView cmdlet, qsizetype *count) const
{
    const auto first = std::lower_bound(m_rows.cbegin(), m_rows.cend(), cmdlet,
                                        [](const CommandTableRow &r, QStringView name) { return r.cmdlet < name; });
    auto last = first;
    while (last != m_rows.cend() && last->cmdlet == cmdlet)
        ++last;
    *count = last - first;
    return *count > 0 ? &*first : nullptr;
}

const CommandTableRow *CommandTable::findParameter(const CommandTableRow *first, qsizetype count,
                                                   QStringView parameter)
{
    for (qsizetype i = 0; i < count; ++i) {
        if (first[i].parameter == parameter)
            return first + i;
    }
    return nullptr;
}

} // namespace wizard
