#include "formattable.h"

#include "pastecleanup.h"

namespace wizard {

namespace {
struct Column
{
    qsizetype start = 0;
    qsizetype width = 0; // -1 for the last column: to the end of the line
    QString name;
};

bool isDashesLine(QStringView line)
{
    if (line.isEmpty() || line[0] != u'-')
        return false;
    for (const QChar c : line) {
        if (c != u'-' && c != u' ')
            return false;
    }
    return true;
}

QList<Column> columnsOf(QStringView dashes)
{
    QList<Column> columns;
    qsizetype i = 0;
    while (i < dashes.size()) {
        while (i < dashes.size() && dashes[i] == u' ')
            ++i;
        const qsizetype start = i;
        while (i < dashes.size() && dashes[i] == u'-')
            ++i;
        if (i > start)
            columns.append(Column{start, i - start, {}});
    }
    if (!columns.isEmpty())
        columns.last().width = -1;
    return columns;
}

QStringView cell(QStringView line, const QList<Column> &columns, qsizetype k)
{
    const qsizetype start = columns[k].start;
    if (start >= line.size())
        return {};
    const qsizetype stop = k + 1 < columns.size() ? columns[k + 1].start : line.size();
    return line.sliced(start, qMin(stop, line.size()) - start).trimmed();
}
} // namespace

bool isTruncatedCell(QStringView cell)
{
    return cell.endsWith(u"...") || cell.endsWith(u'\u2026');
}

bool isFormatTableHeaderAt(const QStringList &lines, qsizetype i)
{
    if (i + 1 >= lines.size() || lines[i].isEmpty() || !isDashesLine(lines[i + 1]))
        return false;
    const QString &header = lines[i];
    for (const Column &c : columnsOf(lines[i + 1])) {
        if (c.start >= header.size())
            return false;
        const qsizetype stop = c.width < 0 ? header.size() : qMin(header.size(), c.start + c.width);
        if (QStringView(header).sliced(c.start, stop - c.start).trimmed().isEmpty())
            return false;
    }
    return true;
}

qsizetype parseFormatTable(const QStringList &lines, qsizetype header, qsizetype end, const QString &section,
                           ParsedRecords &out)
{
    QList<Column> columns = columnsOf(lines[header + 1]);
    for (qsizetype k = 0; k < columns.size(); ++k) {
        columns[k].name = cell(lines[header], columns, k).toString();
        if (isTruncatedCell(columns[k].name))
            out.unplaced.append(UnplacedLine{int(header + 1), lines[header], UnplacedKind::TruncatedColumn});
    }
    qsizetype i = header + 2;
    for (; i < end; ++i) {
        const QString &line = lines[i];
        if (line.isEmpty() || isShellPromptLine(line) || isCommandLine(line) || isFormatTableHeaderAt(lines, i))
            break;
        const int number = int(i + 1);
        const bool continuation = !out.records.isEmpty() && out.records.last().lastLine == number - 1
            && cell(line, columns, 0).isEmpty() && out.records.last().firstLine > header;
        if (continuation) {
            PsRecord &row = out.records.last();
            for (qsizetype k = 1; k < columns.size(); ++k) {
                const QStringView text = cell(line, columns, k);
                if (!text.isEmpty())
                    row.properties[k].value += text;
                row.properties[k].truncated = isTruncatedCell(row.properties[k].value);
            }
            row.lastLine = number;
            continue;
        }
        if (cell(line, columns, 0).isEmpty()) {
            out.unplaced.append(UnplacedLine{number, line, UnplacedKind::BadTableRow});
            continue;
        }
        PsRecord row;
        row.firstLine = row.lastLine = number;
        row.section = section;
        for (qsizetype k = 0; k < columns.size(); ++k) {
            const QStringView text = cell(line, columns, k);
            row.properties.append(PsProperty{columns[k].name, text.toString(), number,
                                             isTruncatedCell(text) || isTruncatedCell(columns[k].name)});
        }
        out.records.append(std::move(row));
    }
    return i;
}

} // namespace wizard
