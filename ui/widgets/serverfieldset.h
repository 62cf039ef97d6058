#pragma once

#include "checks/finding.h"
#include "topology/topology.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

namespace ui {

class MarkedField;
class PlanSession;

// The editable settings of one server (Outlook Anywhere and the server-level fields
// Part A/B depend on), each as a MarkedField bound to the session: the widgets show the
// server's values, hide fields that do not exist on its version, send every change as
// a named undo command and carry the findings that name them.
class ServerFieldSet : public QObject
{
    Q_OBJECT

public:
    ServerFieldSet(PlanSession *session, const QStringList &fieldKeys, QWidget *widgetParent);

    // Every key this class can edit, in display order.
    static QStringList allFieldKeys();
    static QString fieldLabel(const QString &key);

    void setServer(const QString &name);
    QString server() const { return m_server; }
    MarkedField *field(const QString &key) const { return m_fields.value(key); }
    const QStringList &fieldKeys() const { return m_keys; }
    // Fields the server's version has (the others are hidden by the owner).
    bool isApplicable(const QString &key) const;

Q_SIGNALS:
    // After values changed: owners show or hide rows by isApplicable().
    void refreshed();

private:
    void refresh();
    void setFindings();
    void editServer(const QString &key, const std::function<void(wizard::Server &)> &change, bool mergeTyping);

    PlanSession *m_session;
    QStringList m_keys;
    QString m_server;
    QHash<QString, MarkedField *> m_fields;
    QHash<QString, bool> m_applicable;
    std::optional<wizard::Server> m_shown; // what the widgets show
    bool m_shownValid = false;
    QList<wizard::Finding> m_findings; // the findings the markers show
    bool m_findingsValid = false;
};

} // namespace ui
