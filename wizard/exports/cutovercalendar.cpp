#include "cutovercalendar.h"
#include "topology/wording.h"

#include "coexplan_version.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

QByteArray icalDate(QDate d)
{
    return d.toString(u"yyyyMMdd"_s).toLatin1();
}

// Stable per plan and step: a hash of what names them, so a re-export keeps the UIDs.
QByteArray uidOf(const Plan &plan, const CutoverStep &step)
{
    const QByteArray key = (plan.topology.organization.name + u'\n' + plan.info.title + u'\n' + step.field()).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32);
    return "coexplan-" + hash + "@coexplan.invalid";
}

QString descriptionOf(const CutoverStep &step)
{
    QStringList lines;
    if (step.blocked())
        lines << tr("Blocked by %1: fix them before this date.").arg(step.blockingRuleIds().join(u", "_s));
    else
        lines << tr("Not blocked by any error finding of the plan.");
    int warnings = 0;
    for (const Finding &f : step.open)
        warnings += f.severity == Severity::Warning ? 1 : 0;
    if (warnings > 0)
        lines << tr("%1 to review before this date.").arg(counted(warnings, tr("warning"), tr("warnings")));
    for (const Finding &f : step.open) {
        if (f.severity == Severity::Error)
            lines << u"%1: %2"_s.arg(f.ruleId, f.message);
    }
    return lines.join(u'\n');
}

void appendLine(QByteArray &out, const QByteArray &line)
{
    out += foldICalendarLine(line);
    out += "\r\n";
}
} // namespace

QString escapeICalendarText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            out += u"\\n"_s;
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i; // CRLF is one line break
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            out += u' '; // RFC 5545 forbids control characters in TEXT (but HTAB)
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray foldICalendarLine(const QByteArray &line)
{
    QByteArray out;
    qsizetype lineOctets = 0;
    const qsizetype limit = 75;
    for (qsizetype i = 0; i < line.size();) {
        // Length of the UTF-8 sequence starting here: never split one.
        const auto lead = static_cast<unsigned char>(line[i]);
        qsizetype n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        n = std::min(n, line.size() - i);
        if (lineOctets + n > limit) {
            out += "\r\n ";
            lineOctets = 1; // the leading space is part of the folded line
        }
        out += line.mid(i, n);
        lineOctets += n;
        i += n;
    }
    return out;
}

QByteArray cutoverCalendar(const Plan &plan, const QList<CutoverStep> &steps, const QDateTime &stamp)
{
    const QList<CutoverStep> dated = sortedByDate(steps);
    if (dated.isEmpty())
        return {};
    const QString org = plan.topology.organization.name;
    QByteArray out;
    appendLine(out, "BEGIN:VCALENDAR");
    appendLine(out, "VERSION:2.0");
    appendLine(out, "PRODID:-//CoexPlan//CoexPlan " COEXPLAN_VERSION_STRING "//EN");
    appendLine(out, "CALSCALE:GREGORIAN");
    appendLine(out, "METHOD:PUBLISH");
    const QByteArray dtstamp = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
    for (const CutoverStep &step : dated) {
        const QString summary = org.isEmpty() ? step.label : tr("%1: %2").arg(org, step.label);
        appendLine(out, "BEGIN:VEVENT");
        appendLine(out, "UID:" + uidOf(plan, step));
        appendLine(out, "DTSTAMP:" + dtstamp);
        appendLine(out, "DTSTART;VALUE=DATE:" + icalDate(step.date));
        appendLine(out, "DTEND;VALUE=DATE:" + icalDate(step.date.addDays(1))); // exclusive: one whole day
        appendLine(out, "SUMMARY:" + escapeICalendarText(summary).toUtf8());
        appendLine(out, "DESCRIPTION:" + escapeICalendarText(descriptionOf(step)).toUtf8());
        appendLine(out, step.blocked() ? QByteArray("CATEGORIES:CoexPlan,Blocked") : QByteArray("CATEGORIES:CoexPlan"));
        appendLine(out, "TRANSP:TRANSPARENT"); // an all-day reminder, not a busy day
        appendLine(out, "END:VEVENT");
    }
    appendLine(out, "END:VCALENDAR");
    return out;
}

} // namespace wizard
