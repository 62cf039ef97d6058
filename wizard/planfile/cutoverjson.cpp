// The "cutover" section of a plan: dated milestones and mailbox-move waves (issue 16).
#include "cutoverjson.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard::planjson {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

// Dates are ISO 8601 calendar dates, "2026-03-14": a cutover is planned by day.
QDate readDate(const JsonValue &value, const QString &pointer)
{
    const QString text = expectText(value, pointer, TextKind::Name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        failAt(pointer, tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(text));
    if (date.year() < 2000 || date.year() > 2199)
        failAt(pointer, tr("%1 is outside the years 2000 to 2199").arg(text));
    return date;
}

template <typename Exists>
QStringList readReferences(const ObjectReader &r, const char *key, Exists exists, const QString &what)
{
    QStringList names;
    QSet<QString> seen;
    r.forEachInArray(key, [&](const JsonValue &v, const QString &p) {
        const QString name = expectText(v, p, TextKind::Name);
        if (!exists(name))
            failAt(p, tr("\"%1\" does not name a %2 in this plan").arg(name, what));
        const QString nameKey = lowerCaseKey(name);
        if (seen.contains(nameKey))
            failAt(p, tr("\"%1\" is listed twice").arg(name));
        seen.insert(nameKey);
        names.append(name);
    });
    return names;
}

bool hasDatabase(const Topology &t, const QString &name)
{
    return std::any_of(t.databases.cbegin(), t.databases.cend(), [&](const MailboxDatabase &d) {
        return !d.isPublicFolderDatabase && d.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}

bool hasClientGroup(const Topology &t, const QString &name)
{
    return std::any_of(t.clientGroups.cbegin(), t.clientGroups.cend(),
                       [&](const ClientGroup &g) { return g.name.compare(name, Qt::CaseInsensitive) == 0; });
}

Wave readWave(const JsonValue &json, const QString &pointer, const Topology &t)
{
    ObjectReader r(json, pointer);
    r.rejectUnknownKeys({"name", "date", "databases", "servers", "clientGroups"});
    Wave w;
    w.name = r.requiredString("name");
    if (w.name.trimmed().isEmpty())
        r.fail("name", tr("a wave needs a name"));
    if (r.has("date"))
        w.date = readDate(r.at("date"), r.pointerOf("date"));
    w.databases = readReferences(
        r, "databases", [&](const QString &n) { return hasDatabase(t, n); }, tr("mailbox database"));
    w.servers = readReferences(
        r, "servers", [&](const QString &n) { return t.findServer(n) != nullptr; }, tr("server"));
    w.clientGroups = readReferences(
        r, "clientGroups", [&](const QString &n) { return hasClientGroup(t, n); }, tr("client group"));
    return w;
}
} // namespace

CutoverPlan readCutover(const JsonValue &json, const QString &pointer, const Topology &topology)
{
    ObjectReader r(json, pointer);
    r.rejectUnknownKeys({"milestones", "waves"});
    CutoverPlan plan;
    if (r.has("milestones")) {
        const JsonValue &m = r.at("milestones");
        const QString base = r.pointerOf("milestones");
        ObjectReader milestones(m, base);
        for (const JsonMember &member : m.members()) {
            const QString key = toQString(member.key);
            const std::optional<MilestoneKind> kind = parseMilestoneKindToken(key);
            if (!kind)
                failAt(QString(base + u'/' + expectText(member.key, base, TextKind::Name)),
                       tr("unknown milestone (expected newServersInstalled, coexistencePrepared, namespaceCutover, "
                          "scpChange, publicFolders or decommission)"));
            const QString p = base + u'/' + key;
            if (!member.value.is_null())
                plan.setDate(*kind, readDate(member.value, p));
        }
    }
    QSet<QString> names;
    r.forEachInArray("waves", [&](const JsonValue &v, const QString &p) {
        if (plan.waves.size() >= maxCutoverWaves)
            failAt(p, tr("more than %1 waves").arg(maxCutoverWaves));
        Wave w = readWave(v, p, topology);
        const QString key = lowerCaseKey(w.name);
        if (names.contains(key))
            failAt(QString(p + u"/name"_s), tr("duplicate wave name \"%1\"").arg(w.name));
        names.insert(key);
        plan.waves.append(std::move(w));
    });
    return plan;
}

nlohmann::ordered_json writeCutover(const CutoverPlan &cutover)
{
    using Json = nlohmann::ordered_json;
    Json o = Json::object();
    Json milestones = Json::object();
    for (MilestoneKind k : allMilestoneKinds()) {
        const QDate d = cutover.dateOf(k);
        if (d.isValid())
            milestones[toStd(milestoneKindToken(k))] = toStd(d.toString(Qt::ISODate));
    }
    o["milestones"] = milestones;
    Json waves = Json::array();
    const auto list = [](const QStringList &names) {
        Json a = Json::array();
        for (const QString &n : names)
            a.push_back(toStd(n));
        return a;
    };
    for (const Wave &w : cutover.waves) {
        Json wave = Json::object();
        wave["name"] = toStd(w.name);
        if (w.date.isValid())
            wave["date"] = toStd(w.date.toString(Qt::ISODate));
        wave["databases"] = list(w.databases);
        wave["servers"] = list(w.servers);
        if (!w.clientGroups.isEmpty())
            wave["clientGroups"] = list(w.clientGroups);
        waves.push_back(wave);
    }
    o["waves"] = waves;
    return o;
}

} // namespace wizard::planjson
