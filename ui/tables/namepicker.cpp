#include "namepicker.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
constexpr int NotInPlanRole = Qt::UserRole + 1;

bool isInside(const QWidget *w, const QWidget *ancestor)
{
    for (; w; w = w->parentWidget()) {
        if (w == ancestor)
            return true;
    }
    return false;
}
} // namespace

NamePicker::NamePicker(QWidget *parent)
    : QFrame(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"namePicker"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_search->setObjectName(u"namePickerSearch"_s);
    m_search->setPlaceholderText(tr("Search, then Space to tick, Enter to finish"));
    m_search->setAccessibleName(tr("Search the plan's servers"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"namePickerList"_s);
    m_list->setAccessibleName(tr("The plan's servers; ticked ones are chosen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &NamePicker::filter);
    m_search->installEventFilter(this);
    m_list->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        if (isInside(old, this) && now && !isInside(now, this))
            Q_EMIT accepted();
    });
}

void NamePicker::setChoices(const QStringList &names)
{
    m_list->clear();
    for (const QString &name : names) {
        if (name.isEmpty())
            continue;
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void NamePicker::setSelected(const QStringList &names)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(Qt::Unchecked);
    for (const QString &name : names) {
        const QList<QListWidgetItem *> found = m_list->findItems(name, Qt::MatchFixedString); // any case
        if (!found.isEmpty()) {
            found.first()->setCheckState(Qt::Checked);
            continue;
        }
        auto *item = new QListWidgetItem(tr("%1 (not in the plan)").arg(name), m_list);
        item->setData(NotInPlanRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
}

QStringList NamePicker::selected() const
{
    QStringList inPlan;
    QStringList others;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QVariant notInPlan = item->data(NotInPlanRole);
        if (notInPlan.isValid())
            others << notInPlan.toString();
        else
            inPlan << item->text();
    }
    return inPlan + others;
}

void NamePicker::filter(const QString &text)
{
    QListWidgetItem *firstShown = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool shown = text.isEmpty() || item->text().contains(text, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    if (firstShown && (!m_list->currentItem() || m_list->currentItem()->isHidden()))
        m_list->setCurrentItem(firstShown);
}

bool NamePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT accepted();
        return true;
    case Qt::Key_Down:
    case Qt::Key_Up:
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        if (watched == m_search) {
            // Searching and moving through the list go together: the list takes the key.
            QApplication::sendEvent(m_list, event);
            return true;
        }
        break;
    case Qt::Key_Space:
        if (watched == m_search && m_list->currentItem() && !m_list->currentItem()->isHidden()) {
            QListWidgetItem *item = m_list->currentItem();
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            return true;
        }
        break;
    default:
        break;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace ui
