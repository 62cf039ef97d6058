#include "psrecord.h"

namespace wizard {

const PsProperty *PsRecord::find(QStringView name) const
{
    for (const PsProperty &p : properties) {
        if (name.compare(p.name, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QStringList splitImportLines(const QString &text)
{
    QStringList lines;
    lines.reserve(text.size() / 40 + 1);
    qsizetype start = 0;
    const qsizetype n = text.size();
    auto push = [&](qsizetype end) {
        // A byte order mark inside the text (Out-File -Append on some shells) is no content.
        if (start < end && text[start] == QChar(0xFEFF))
            ++start;
        qsizetype e = end;
        while (e > start && (text[e - 1] == u' ' || text[e - 1] == u'\t'))
            --e;
        lines.append(text.mid(start, e - start));
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\r') {
            push(i);
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < n)
        push(n);
    return lines;
}

bool isShellPromptLine(QStringView line)
{
    QStringView l = line.trimmed();
    if (l.startsWith(u"[PS]"))
        l = l.mid(4).trimmed();
    else if (l.startsWith(u"PS "))
        l = l.mid(3).trimmed();
    else
        return false;
    // A drive or provider path followed by '>': "C:\>", "C:\Windows\system32>", "Microsoft.PowerShell.Core\...>".
    const qsizetype gt = l.indexOf(u'>');
    return gt > 1 && l.indexOf(u':') > 0 && l.indexOf(u':') < gt;
}

} // namespace wizard
