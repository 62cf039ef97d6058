// Column and list-operation builders the record schemas share (recordschemas.cpp): text,
// list, server-list and three-state columns, and the add / duplicate / remove / rename
// operations of a plan list.
#pragma once

#include "recordschema.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <utility>

namespace ui::recordcolumns {

using namespace Qt::StringLiterals;

inline QString tr(const char *text)
{
    return QCoreApplication::translate("ui::RecordSchema", text);
}

template <typename Record> QStringList namesOf(const QList<Record> &records)
{
    QStringList names;
    names.reserve(records.size());
    for (const Record &r : records)
        names.append(r.name);
    return names;
}

// Common add / duplicate / remove / name for a QList<Record> member of Topology.
template <typename Record>
void setListOperations(RecordSchema &schema, QList<Record> wizard::Topology::*list, const QString &baseName)
{
    schema.count = [list](const wizard::Topology &t) { return (t.*list).size(); };
    schema.name = [list](const wizard::Topology &t, qsizetype i) { return (t.*list).at(i).name; };
    schema.append = [list, baseName](wizard::Topology &t) {
        Record r;
        r.name = uniqueName(baseName, namesOf(t.*list));
        (t.*list).append(r);
    };
    schema.duplicate = [list](wizard::Topology &t, qsizetype i) {
        Record copy = (t.*list).at(i);
        copy.name = uniqueName(copy.name, namesOf(t.*list));
        (t.*list).append(copy);
    };
    schema.remove = [list](wizard::Topology &t, qsizetype i) { (t.*list).removeAt(i); };
}

template <typename Record>
RecordColumn textColumn(const QString &header, const QString &key, QString Record::*member,
                        QList<Record> wizard::Topology::*list, RecordColumn::Editor editor = RecordColumn::Editor::Text)
{
    RecordColumn c;
    c.header = header;
    c.fieldKey = key;
    c.editor = editor;
    c.value = [list, member](const wizard::Topology &t, qsizetype i) { return QVariant((t.*list).at(i).*member); };
    // A host name is kept as typed (NS-005 says what is wrong with it); other text loses
    // the spaces around it.
    const bool asTyped = editor == RecordColumn::Editor::HostName;
    c.setValue = [list, member, asTyped](wizard::Topology &t, qsizetype i, const QVariant &v) {
        (t.*list)[i].*member = asTyped ? v.toString() : v.toString().trimmed();
    };
    return c;
}

template <typename Record>
RecordColumn listColumn(const QString &header, const QString &key, QStringList Record::*member,
                        QList<Record> wizard::Topology::*list)
{
    RecordColumn c;
    c.header = header;
    c.fieldKey = key;
    c.value = [list, member](const wizard::Topology &t, qsizetype i) {
        return QVariant(joinList((t.*list).at(i).*member));
    };
    c.setValue = [list, member](wizard::Topology &t, qsizetype i, const QVariant &v) {
        (t.*list)[i].*member = splitList(v.toString());
    };
    return c;
}

// A list of server names, picked from the plan's servers (issue 14: references are
// picked, not typed; a name that is not in the plan is REF-001's).
template <typename Record>
RecordColumn serverListColumn(const QString &header, const QString &key, QStringList Record::*member,
                              QList<Record> wizard::Topology::*list)
{
    RecordColumn c = listColumn(header, key, member, list);
    c.editor = RecordColumn::Editor::NamePicker;
    c.choices = [](const wizard::Topology &t) { return namesOf(t.servers); };
    return c;
}

inline QStringList siteChoices(const wizard::Topology &t)
{
    return QStringList{QString()} + namesOf(t.sites);
}

// Renaming a server renames every reference to it, so that the plan stays consistent.
inline void renameServer(wizard::Topology &t, qsizetype index, const QString &newName)
{
    const QString old = t.servers.at(index).name;
    t.servers[index].name = newName;
    auto rename = [&](QStringList &names) {
        for (QString &n : names) {
            if (n.compare(old, Qt::CaseInsensitive) == 0)
                n = newName;
        }
    };
    for (wizard::Certificate &c : t.certificates)
        rename(c.servers);
    for (wizard::LoadBalancer &lb : t.loadBalancers)
        rename(lb.servers);
    for (wizard::ClientGroup &g : t.clientGroups)
        rename(g.mailboxServers);
    for (wizard::MailboxDatabase &db : t.databases) {
        if (db.server.compare(old, Qt::CaseInsensitive) == 0)
            db.server = newName;
    }
}

inline RecordColumn roleColumn(const QString &header, const QString &key, bool wizard::ServerRoles::*role)
{
    RecordColumn c;
    c.header = header;
    c.toolTip = header;
    c.fieldKey = key;
    c.editor = RecordColumn::Editor::Check;
    c.value = [role](const wizard::Topology &t, qsizetype i) { return QVariant(t.servers.at(i).roles.*role); };
    c.setValue = [role](wizard::Topology &t, qsizetype i, const QVariant &v) { t.servers[i].roles.*role = v.toBool(); };
    return c;
}

// A three-state value (RULEBOOK §1) picked from a list: "Unknown", the known values, and
// "Not applicable" shown (not offered) when the field does not exist on the record's version.
template <typename Record, typename T>
RecordColumn settingChoiceColumn(const QString &header, const QString &key, wizard::Setting<T> Record::*member,
                                 QList<Record> wizard::Topology::*list, const QList<std::pair<QString, T>> &known)
{
    RecordColumn c;
    c.header = header;
    c.fieldKey = key;
    c.editor = RecordColumn::Editor::Choice;
    c.value = [list, member, known](const wizard::Topology &t, qsizetype i) {
        const wizard::Setting<T> &v = (t.*list).at(i).*member;
        if (v.isNotApplicable())
            return QVariant(tr("Not applicable"));
        for (const auto &[label, value] : known) {
            if (v.isKnown() && v.value() == value)
                return QVariant(label);
        }
        return QVariant(tr("Unknown"));
    };
    c.setValue = [list, member, known](wizard::Topology &t, qsizetype i, const QVariant &v) {
        for (const auto &[label, value] : known) {
            if (label == v.toString()) {
                (t.*list)[i].*member = value;
                return;
            }
        }
        if (v.toString() == tr("Unknown"))
            ((t.*list)[i].*member).setUnknown();
    };
    c.choices = [known](const wizard::Topology &) {
        QStringList labels{tr("Unknown")};
        for (const auto &entry : known)
            labels.append(entry.first);
        return labels;
    };
    return c;
}

inline QList<std::pair<QString, bool>> yesNo()
{
    return {{tr("Yes"), true}, {tr("No"), false}};
}

// A whole number that may be unknown: an empty cell is unknown; text that is no whole
// number of at least `minimum` leaves the value as it was.
template <typename Record>
RecordColumn settingNumberColumn(const QString &header, const QString &key, wizard::Setting<int> Record::*member,
                                 QList<Record> wizard::Topology::*list, int minimum)
{
    RecordColumn c;
    c.header = header;
    c.fieldKey = key;
    c.value = [list, member](const wizard::Topology &t, qsizetype i) {
        const wizard::Setting<int> &v = (t.*list).at(i).*member;
        return QVariant(v.isKnown() ? QString::number(v.value()) : QString());
    };
    c.setValue = [list, member, minimum](wizard::Topology &t, qsizetype i, const QVariant &v) {
        const QString text = v.toString().trimmed();
        if (text.isEmpty()) {
            ((t.*list)[i].*member).setUnknown();
            return;
        }
        bool ok = false;
        const int n = text.toInt(&ok);
        if (ok && n >= minimum)
            (t.*list)[i].*member = n;
    };
    return c;
}

inline QString windowsServerDisplayName(wizard::WindowsServer w)
{
    QString version = wizard::windowsServerToken(w); // "2008R2"
    version.replace(u"R2"_s, u" R2"_s);
    return tr("Windows Server %1").arg(version);
}

// A list of the organization that may be unknown (Setting<QList<Record>>): an unknown
// list has no rows; adding one records the list (known, possibly emptied again later).
template <typename Record>
void setOrganizationListOperations(RecordSchema &schema, wizard::Setting<QList<Record>> wizard::Organization::*list,
                                   const QString &baseName)
{
    schema.subjectKind = wizard::SubjectKind::Organization;
    schema.count = [list](const wizard::Topology &t) {
        const auto &v = t.organization.*list;
        return v.isKnown() ? v.value().size() : qsizetype(0);
    };
    schema.name = [list](const wizard::Topology &t, qsizetype i) { return (t.organization.*list).value().at(i).name; };
    schema.append = [list, baseName](wizard::Topology &t) {
        QList<Record> records = (t.organization.*list).valueOr({});
        Record r;
        r.name = uniqueName(baseName, namesOf(records));
        records.append(r);
        t.organization.*list = records;
    };
    schema.duplicate = [list](wizard::Topology &t, qsizetype i) {
        QList<Record> records = (t.organization.*list).value();
        records.append(records.at(i)); // a repeated SPN is what KRB-004 looks for: kept as is
        t.organization.*list = records;
    };
    schema.remove = [list](wizard::Topology &t, qsizetype i) {
        QList<Record> records = (t.organization.*list).value();
        records.removeAt(i);
        t.organization.*list = records;
    };
}

template <typename Record>
RecordColumn organizationListColumn(const QString &header, const QString &key, QString Record::*member,
                                    wizard::Setting<QList<Record>> wizard::Organization::*list,
                                    RecordColumn::Editor editor = RecordColumn::Editor::Text)
{
    RecordColumn c;
    c.header = header;
    c.fieldKey = key;
    c.editor = editor;
    c.value = [list, member](const wizard::Topology &t, qsizetype i) {
        return QVariant((t.organization.*list).value().at(i).*member);
    };
    c.setValue = [list, member](wizard::Topology &t, qsizetype i, const QVariant &v) {
        QList<Record> records = (t.organization.*list).value();
        records[i].*member = v.toString().trimmed();
        t.organization.*list = records;
    };
    return c;
}

} // namespace ui::recordcolumns
