#include "importreport.h"

#include "topology/outlookanywhere.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

void writeFiles(const ImportResult &result, QTextStream &out)
{
    out << tr("Files:\n");
    for (const FileSummary &f : result.files) {
        if (!f.error.isEmpty()) {
            out << u"  %1: "_s.arg(f.name) << tr("cannot import: %1").arg(f.error) << u'\n';
            continue;
        }
        out << u"  %1: "_s.arg(f.name)
            << tr("%1, %2, %3 lines, %4 records").arg(f.format, f.encoding).arg(f.lines).arg(f.records) << u'\n';
        for (const RecognisedRecord &r : result.records) {
            if (r.where.file != f.name)
                continue;
            out << u"    "_s << tr("lines %1-%2").arg(r.where.line).arg(r.lastLine) << u": "_s
                << recordKindName(r.kind);
            if (!r.subject.isEmpty())
                out << u' ' << r.subject;
            out << u'\n';
        }
    }
}

// Plain words for the plan fields an import fills (the report is read by the
// consultant, not by the plan file's schema).
QString plainFieldName(const QString &key)
{
    static const QList<std::pair<QLatin1String, const char *>> names = {
        {oafield::enabled, QT_TRANSLATE_NOOP("wizard", "Outlook Anywhere enabled")},
        {oafield::externalHostname, QT_TRANSLATE_NOOP("wizard", "external host name")},
        {oafield::internalHostname, QT_TRANSLATE_NOOP("wizard", "internal host name")},
        {oafield::clientAuthenticationMethod, QT_TRANSLATE_NOOP("wizard", "client authentication")},
        {oafield::externalClientAuthenticationMethod, QT_TRANSLATE_NOOP("wizard", "external client authentication")},
        {oafield::internalClientAuthenticationMethod, QT_TRANSLATE_NOOP("wizard", "internal client authentication")},
        {oafield::iisAuthenticationMethods, QT_TRANSLATE_NOOP("wizard", "IIS authentication")},
        {oafield::sslOffloading, QT_TRANSLATE_NOOP("wizard", "SSL offloading")},
        {oafield::externalClientsRequireSsl, QT_TRANSLATE_NOOP("wizard", "external clients require SSL")},
        {oafield::internalClientsRequireSsl, QT_TRANSLATE_NOOP("wizard", "internal clients require SSL")},
        {QLatin1String("autodiscoverServiceInternalUri"), QT_TRANSLATE_NOOP("wizard", "Autodiscover SCP")},
        {QLatin1String("alternateServiceAccount"), QT_TRANSLATE_NOOP("wizard", "alternate service account")},
        {QLatin1String("extendedProtection"), QT_TRANSLATE_NOOP("wizard", "Extended Protection")},
    };
    for (const auto &[k, name] : names) {
        if (key == k)
            return tr(name);
    }
    return key;
}

void writeServers(const ImportResult &result, QTextStream &out)
{
    if (result.servers.isEmpty())
        return;
    out << tr("Imported per server:\n");
    for (const ServerSummary &s : result.servers) {
        out << u"  %1 (%2, %3)"_s.arg(s.name, exchangeVersionDisplayName(s.version),
                                      s.added ? tr("added") : tr("updated"));
        if (s.readFromNewerShell)
            out << tr(" [read from a 2013 or later shell: IMP-001]");
        out << u'\n';
        QStringList fields;
        for (const QString &f : s.fields)
            fields.append(plainFieldName(f));
        out << u"    "_s << (fields.isEmpty() ? tr("no Outlook Anywhere values captured") : fields.join(u", "_s))
            << u'\n';
    }
}

void writeIssues(const ImportResult &result, IssueTopic topic, const QString &heading, QTextStream &out)
{
    bool first = true;
    for (const ImportIssue &i : result.issues) {
        if (i.topic != topic)
            continue;
        if (first)
            out << heading;
        first = false;
        const QString where = i.where.toString();
        if (where.isEmpty()) // about the import as a whole
            out << u"  %1: %2\n"_s.arg(issueSeverityToken(i.severity), i.message);
        else
            out << u"  %1: %2: %3\n"_s.arg(where, issueSeverityToken(i.severity), i.message);
        if (!i.text.isEmpty())
            out << u"      | "_s << i.text << u'\n';
    }
}

void writeConflicts(const ImportResult &result, QTextStream &out)
{
    if (result.conflicts.isEmpty())
        return;
    out << tr("Conflicts (nothing was overwritten):\n");
    for (const ImportConflict &c : result.conflicts) {
        out << u"  %1 %2: \"%3\" (%4) vs \"%5\" (%6)\n"_s.arg(c.subject, c.field, c.firstValue, c.first.toString(),
                                                              c.secondValue, c.second.toString());
    }
}
} // namespace

QString importReportText(const ImportResult &result)
{
    QString text;
    QTextStream out(&text);
    writeFiles(result, out);
    writeServers(result, out);
    // Grouped by what the user does about it (issue 12).
    writeIssues(result, IssueTopic::NeedsAnswer,
                tr("Not in the input (say it with --server / --version, or complete the plan later):\n"), out);
    writeIssues(result, IssueTopic::Unplaced, tr("Lines that look like data but could not be placed:\n"), out);
    writeIssues(result, IssueTopic::General, tr("Errors, warnings and notes:\n"), out);
    writeIssues(result, IssueTopic::Ignored, tr("Ignored:\n"), out);
    writeConflicts(result, out);
    if (result.succeeded())
        out << tr("Import succeeded: %1 servers.\n").arg(result.servers.size());
    else
        out << tr("Import failed: %1 conflicts, %2 errors.\n")
                   .arg(result.conflicts.size())
                   .arg(std::count_if(result.issues.cbegin(), result.issues.cend(),
                                      [](const ImportIssue &i) { return i.severity == IssueSeverity::Error; })
                        + std::count_if(result.files.cbegin(), result.files.cend(),
                                        [](const FileSummary &f) { return !f.error.isEmpty(); }));
    out.flush();
    return text;
}

} // namespace wizard
