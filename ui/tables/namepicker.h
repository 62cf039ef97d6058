#pragma once

#include <QFrame>
#include <QStringList>

class QLineEdit;
class QListWidget;

namespace ui {

// Several names picked from the plan's list (a client group's mailbox servers, a
// certificate's or load balancer's servers): a search box over check boxes. Names the
// cell held that are not in the list stay, checked and marked, so that opening the
// editor never drops them (REF-001 reports them).
class NamePicker : public QFrame
{
    Q_OBJECT

public:
    explicit NamePicker(QWidget *parent = nullptr);

    void setChoices(const QStringList &names);
    void setSelected(const QStringList &names);
    // The checked names: the list's order, then those not in the list.
    QStringList selected() const;

    QLineEdit *searchBox() const { return m_search; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    // Return pressed, or focus left the picker: the choice is made.
    void accepted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);

    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace ui
