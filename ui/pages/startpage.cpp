#include "startpage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
// QListView asks its delegate for an item's size without a width, so a wrapping text
// would keep one line: the delegate measures it at the width of the list's viewport.
class WrappingItemDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingItemDelegate(QListView *list)
        : QStyledItemDelegate(list)
        , m_list(list)
    { }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem wrapped = option;
        // (Any height: a rectangle of no height counts as no width.)
        wrapped.rect = QRect(0, 0, m_list->viewport()->width() - 2 * m_list->spacing(), 1 << 16);
        wrapped.features |= QStyleOptionViewItem::WrapText;
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }

private:
    QListView *m_list;
};
} // namespace

StartPage::StartPage(PlanSession *session, QWidget *parent)
    : WizardPage(session, tr("Start"),
                 tr("Plan how Outlook clients keep working while Exchange 2013/2016 runs beside Exchange 2007/2010: "
                    "start a new plan, open one, import what the Exchange Management Shell reports (or drop its "
                    "output on this window), or explore a sample."),
                 parent)
    , m_samples(new QListWidget(this))
    , m_recent(new QListWidget(this))
{
    setObjectName(u"startPage"_s);
    auto *newButton = new QPushButton(tr("New &plan"), this);
    newButton->setObjectName(u"startNewPlan"_s);
    newButton->setAccessibleName(tr("Start a new plan"));
    auto *openButton = new QPushButton(tr("&Open a plan file..."), this);
    openButton->setObjectName(u"startOpenPlan"_s);
    openButton->setAccessibleName(tr("Open a plan file"));
    auto *importButton = new QPushButton(tr("&Import cmdlet output..."), this);
    importButton->setObjectName(u"startImport"_s);
    importButton->setAccessibleName(tr("Import Exchange Management Shell output"));
    connect(importButton, &QPushButton::clicked, this, &StartPage::importRequested);
    connect(newButton, &QPushButton::clicked, this, &StartPage::newPlanRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);

    // A long sample title wraps in the list rather than hide its end behind a scroll bar.
    for (QListWidget *list : {m_samples, m_recent}) {
        list->setWordWrap(true);
        list->setTextElideMode(Qt::ElideNone);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setResizeMode(QListView::Adjust);
        list->setSpacing(3); // a wrapped title reads as one item
        list->setItemDelegate(new WrappingItemDelegate(list));
    }
    m_samples->setObjectName(u"startSamples"_s);
    m_samples->setAccessibleName(tr("Bundled samples"));
    for (const QString &path : bundledSamples()) {
        // The sample's own title ("Contoso: Exchange 2013 beside Exchange 2010 ..."), not its
        // file name; the file name is in the tooltip.
        auto *item = new QListWidgetItem(planTitleOf(path), m_samples);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QFileInfo(path).fileName());
    }
    m_recent->setObjectName(u"startRecent"_s);
    m_recent->setAccessibleName(tr("Recent plans"));
    auto open = [this](QListWidgetItem *item) { Q_EMIT openFileRequested(item->data(Qt::UserRole).toString()); };
    connect(m_samples, &QListWidget::itemActivated, this, open);
    connect(m_recent, &QListWidget::itemActivated, this, open);

    auto *samplesLabel = new QLabel(tr("&Samples (double-click to open):"), this);
    samplesLabel->setBuddy(m_samples);
    auto *recentLabel = new QLabel(tr("&Recent plans:"), this);
    recentLabel->setBuddy(m_recent);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(importButton);
    buttons->addStretch(1);
    auto *lists = new QGridLayout;
    lists->addWidget(samplesLabel, 0, 0);
    lists->addWidget(m_samples, 1, 0);
    lists->addWidget(recentLabel, 0, 1);
    lists->addWidget(m_recent, 1, 1);
    contentLayout()->addLayout(buttons);
    contentLayout()->addLayout(lists, 1);
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    if (paths.isEmpty()) {
        // Say what the empty list is for rather than show a blank box.
        auto *hint = new QListWidgetItem(tr("No recent plans yet: plans you open or save are listed here."), m_recent);
        hint->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
}

QString StartPage::planTitleOf(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        const QString title = doc.object().value(u"info"_s).toObject().value(u"title"_s).toString().trimmed();
        if (!title.isEmpty())
            return title;
    }
    return QFileInfo(path).completeBaseName();
}

QStringList StartPage::bundledSamples()
{
    QStringList paths;
    const QDir dir(u":/samples"_s);
    for (const QString &name : dir.entryList({u"*.coexplan"_s}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

} // namespace ui
