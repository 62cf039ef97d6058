#include "cutoverpage.h"

#include "cutover/cutovergates.h"
#include "cutover/cutoverseries.h"
#include "cutover/waveusers.h"
#include "cutoverchart.h"
#include "cutoverchartview.h"
#include "cutovergatetext.h"
#include "findings/findingsmodel.h"
#include "session/plansession.h"
#include "verdicticon.h"
#include "widgets/emptyviewhint.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
// QDateTimeEdit sizes itself for its longest text plus 2 px, but its line edit keeps a
// 2 px margin on each side: with the cursor at the end, "no date" scrolled its first
// letter's edge out of view. Room for both margins.
class DateEdit : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;
    QSize sizeHint() const override { return QDateEdit::sizeHint() + QSize(2, 0); }
    QSize minimumSizeHint() const override { return QDateEdit::minimumSizeHint() + QSize(2, 0); }
};

constexpr int ChartHeight = 360; // at the normal type

enum WaveColumn { NameColumn, DateColumn, DatabasesColumn, ServersColumn, GroupsColumn, UsersColumn, GateColumn };

QStringList splitNames(const QString &text)
{
    QStringList names;
    for (const QString &part : text.split(u',')) {
        if (!part.trimmed().isEmpty())
            names.append(part.trimmed());
    }
    return names;
}
} // namespace

CutoverPage::CutoverPage(PlanSession *session, QWidget *parent)
    : WizardPage(session, tr("Cutover"),
                 tr("When each step happens: the dates of the milestones and of the mailbox-move waves. Each step "
                    "lists the errors that block it; a dated step that is still blocked is a finding (CUT-001)."),
                 parent)
    , m_waves(new QTableWidget(0, 7))
    , m_charts(new QTabWidget)
{
    setObjectName(u"cutoverPage"_s);
    auto *top = new QWidget;
    // The steps beside the waves when both fit at their full width, else the waves below
    // (workshop type on a small screen): the step names are never wrapped or cut.
    auto *topLayout = m_top = new QBoxLayout(QBoxLayout::LeftToRight, top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = m_form = new QGridLayout;
    form->setColumnStretch(4, 1);
    // Column heads, as the waves table beside has: the box alone said nothing.
    const auto head = [this](const QString &text, const QString &name) {
        auto *label = new QLabel(text);
        label->setObjectName(name);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    form->addWidget(head(tr("Step"), u"stepsHeadStep"_s), 0, 0);
    form->addWidget(head(tr("Planned"), u"stepsHeadPlanned"_s), 0, 1);
    form->addWidget(head(tr("Date"), u"stepsHeadDate"_s), 0, 2);
    form->addWidget(head(tr("Gate"), u"stepsHeadGate"_s), 0, 3, 1, 2);
    int formRow = 1;
    for (wizard::MilestoneKind kind : wizard::allMilestoneKinds()) {
        MilestoneEditor e;
        e.planned = new QCheckBox;
        e.planned->setObjectName(u"planned_"_s + wizard::milestoneKindToken(kind));
        e.planned->setToolTip(tr("Planned: give this step a date"));
        e.planned->setAccessibleName(tr("%1 planned").arg(wizard::milestoneDisplayName(kind)));
        e.date = new DateEdit;
        e.date->setObjectName(u"date_"_s + wizard::milestoneKindToken(kind));
        e.date->setCalendarPopup(true);
        e.date->setAccessibleName(tr("Date of %1").arg(wizard::milestoneDisplayName(kind)));
        e.date->setDisplayFormat(u"yyyy-MM-dd"_s);
        e.date->setDateRange(QDate(2000, 1, 1), QDate(2199, 12, 31));
        // Not planned: the picker shows no date rather than its earliest one (the gate
        // beside it says "Not planned"; the picker saying it too read twice).
        e.date->setSpecialValueText(tr("no date"));
        e.gate = new QLabel;
        e.gate->setObjectName(u"gate_"_s + wizard::milestoneKindToken(kind));
        e.gate->setWordWrap(true);
        e.gate->setMinimumWidth(gateMinimumWidth(e.gate));
        e.gateIcon = new QLabel;
        e.gateIcon->setObjectName(u"gateIcon_"_s + wizard::milestoneKindToken(kind));
        auto *name = new QLabel(wizard::milestoneDisplayName(kind));
        name->setBuddy(e.planned);
        form->addWidget(name, formRow, 0);
        form->addWidget(e.planned, formRow, 1, Qt::AlignHCenter);
        form->addWidget(e.date, formRow, 2);
        form->addWidget(e.gateIcon, formRow, 3);
        form->addWidget(e.gate, formRow, 4);
        ++formRow;
        connect(e.planned, &QCheckBox::toggled, this, [this, kind] { setMilestone(kind); });
        connect(e.date, &QDateEdit::dateChanged, this, [this, kind] { setMilestone(kind); });
        m_milestones.insert(int(kind), e);
    }
    topLayout->addLayout(form, 0);

    auto *waveBox = new QWidget;
    auto *waveLayout = new QVBoxLayout(waveBox);
    waveLayout->setContentsMargins(0, 0, 0, 0);
    m_waves->setObjectName(u"wavesTable"_s);
    m_waves->setAccessibleName(tr("Mailbox-move waves"));
    m_waves->setHorizontalHeaderLabels(
        {tr("Wave"), tr("Date"), tr("Databases"), tr("Servers"), tr("Client groups"), tr("Users"), tr("Gate")});
    m_waves->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The stretched Gate column keeps at least the size its section had when it was made
    // the stretched one (the default, 100 px, more than its head): beside the steps the
    // table scrolled sideways by the difference. Its head's width is the floor instead.
    m_waves->horizontalHeader()->setDefaultSectionSize(m_waves->horizontalHeader()->minimumSectionSize());
    m_waves->horizontalHeader()->setStretchLastSection(true);
    // No row numbers, as the plan's other tables: a wave is named in its first column.
    m_waves->verticalHeader()->hide();
    m_waves->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_waves->setSelectionMode(QAbstractItemView::SingleSelection);
    m_waves->setToolTip(tr("Dates as YYYY-MM-DD; databases, servers and client groups separated by commas."));
    // An empty table says what belongs in it, as the record tables do.
    auto *noWaves = new EmptyViewHint(m_waves,
                                      tr("No waves yet. Add one for each set of mailboxes that moves on "
                                         "one date: its databases, servers or client groups."));
    noWaves->setObjectName(u"wavesEmptyHint"_s);
    connect(m_waves, &QTableWidget::cellChanged, this, &CutoverPage::editWaveCell);
    // The gate (the last column, stretched to the room left) wraps its "Blocked by ..."
    // onto more lines as it narrows, rather than cutting it: the rows follow its width.
    // Queued, once per burst of resizes: a resize made while the rows were being fitted
    // (the table's new height moves the layout) was skipped, and left a row two lines
    // tall for a gate that fitted on one (1920x1080 workshop).
    connect(m_waves->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == m_waves->columnCount() - 1)
            queueWaveRowFit();
    });
    waveLayout->addWidget(m_waves, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add wave"));
    add->setObjectName(u"addWave"_s);
    auto *remove = new QPushButton(tr("&Remove wave"));
    remove->setObjectName(u"removeWave"_s);
    auto *earlier = new QPushButton(tr("A week earl&ier"));
    earlier->setObjectName(u"waveEarlier"_s);
    auto *later = new QPushButton(tr("A week &later"));
    later->setObjectName(u"waveLater"_s);
    for (QPushButton *b : {add, remove, earlier, later})
        buttons->addWidget(b);
    // Remove and move act on the selected wave: off while there is none (an empty table).
    const auto enableWaveButtons = [this, remove, earlier, later] {
        const bool selected = m_waves->selectionModel()->hasSelection();
        for (QPushButton *b : {remove, earlier, later})
            b->setEnabled(selected);
    };
    connect(m_waves->selectionModel(), &QItemSelectionModel::selectionChanged, this, enableWaveButtons);
    connect(m_waves->model(), &QAbstractItemModel::modelReset, this, enableWaveButtons);
    connect(m_waves->model(), &QAbstractItemModel::rowsRemoved, this, enableWaveButtons);
    enableWaveButtons();
    buttons->addStretch(1);
    waveLayout->addLayout(buttons);
    m_waveButtons = buttons;
    top->installEventFilter(this);
    connect(add, &QPushButton::clicked, this, &CutoverPage::addWave);
    connect(remove, &QPushButton::clicked, this, &CutoverPage::removeSelectedWave);
    connect(earlier, &QPushButton::clicked, this, [this] { moveSelectedWave(-7); });
    connect(later, &QPushButton::clicked, this, [this] { moveSelectedWave(7); });
    auto *earlierKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), m_waves);
    connect(earlierKey, &QShortcut::activated, this, [this] { moveSelectedWave(-7); });
    auto *laterKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketRight), m_waves);
    connect(laterKey, &QShortcut::activated, this, [this] { moveSelectedWave(7); });
    topLayout->addWidget(waveBox, 1);

    m_charts->setObjectName(u"cutoverCharts"_s);
    for (charts::CutoverChartKind kind : charts::allCutoverCharts) {
        CutoverChartView *view = kind == charts::CutoverChartKind::UsersOverTime
            ? m_usersChart = new WaveDragChartView(session)
            : new CutoverChartView;
        view->setRenderHint(QPainter::Antialiasing);
        // Tall enough for a readable scale and the milestone names above it; the page's
        // height goes to the charts beyond that.
        view->setMinimumHeight(ChartHeight);
        view->setAccessibleName(charts::cutoverChartTitle(kind));
        if (kind == charts::CutoverChartKind::UsersOverTime)
            view->setObjectName(u"usersChart"_s);
        m_chartViews.append(view);
        m_charts->addTab(view, charts::cutoverChartTitle(kind));
    }
    // One scrolling page: the steps and waves at the height their wrapped text needs, the
    // charts below in the rest (at least a readable height).
    QVBoxLayout *body = scrollingContentLayout();
    body->addWidget(top);
    body->addWidget(m_charts, 1);

    connect(m_usersChart, &WaveDragChartView::waveGrabbed, m_waves, &QTableWidget::selectRow);
    connect(m_usersChart, &WaveDragChartView::waveDropped, this, &CutoverPage::moveWave);
    connect(session, &PlanSession::analysisChanged, this, &CutoverPage::refresh);
    refresh();
}

bool CutoverPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_top->parentWidget() && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        updateDirection();
    return WizardPage::eventFilter(watched, event);
}

int CutoverPage::waveLineX(int wave) const
{
    return m_usersChart->waveLineX(wave);
}

void CutoverPage::moveWave(int row, QDate to)
{
    if (row < 0 || row >= session()->topology().cutover.waves.size())
        return;
    const wizard::Wave &wave = session()->topology().cutover.waves[row];
    if (to.isValid() && to != wave.date) {
        session()->edit(tr("Move %1 to %2").arg(wave.name, to.toString(Qt::ISODate)),
                        [row, to](wizard::Plan &p) { p.topology.cutover.waves[row].date = to; });
    }
    m_waves->selectRow(row);
}

void CutoverPage::queueWaveRowFit()
{
    if (m_fittingWaveRows)
        return;
    m_fittingWaveRows = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_waves->resizeRowsToContents();
            fitWaveTableHeight();
            m_fittingWaveRows = false;
        },
        Qt::QueuedConnection);
}

void CutoverPage::changeEvent(QEvent *event)
{
    WizardPage::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        // Workshop mode: taller rows, wider rule ids.
        m_waves->resizeRowsToContents();
        fitWaveTableHeight();
        for (const MilestoneEditor &e : std::as_const(m_milestones))
            e.gate->setMinimumWidth(gateMinimumWidth(e.gate));
        // The charts' type grows with the window's (a QChart does not take the widget's
        // font), and the gates' icons with the gates' type.
        const qreal scale = font().pointSizeF() / QApplication::font().pointSizeF();
        if (scale > 0)
            m_chartTextScale = scale;
        // The plot keeps its height under the milestone names, which grow with the type
        // (at 1.5 it was squeezed to a fifth of the chart).
        for (QChartView *view : std::as_const(m_chartViews))
            view->setMinimumHeight(int(ChartHeight * m_chartTextScale));
        refresh();
    }
}

// The page scrolls as one: the waves table is as tall as its rows, never the one row a
// scroll area would give it. Only more waves than the page shows at once scroll in the
// table, which is then as tall as the page's view (whole on the screen when scrolled to).
void CutoverPage::fitWaveTableHeight()
{
    const QHeaderView *rows = m_waves->verticalHeader();
    int height = m_waves->horizontalHeader()->sizeHint().height() + 2 * m_waves->frameWidth()
        + m_waves->horizontalScrollBar()->sizeHint().height();
    const int shown = std::max(3, rows->count());
    for (int i = 0; i < shown; ++i)
        height += i < rows->count() ? rows->sectionSize(i) : rows->defaultSectionSize();
    m_waves->setMinimumHeight(std::min(height, pageViewHeight()));
}

int CutoverPage::pageViewHeight() const
{
    for (const QWidget *p = m_waves->parentWidget(); p; p = p->parentWidget()) {
        if (const auto *scroll = qobject_cast<const QScrollArea *>(p))
            return scroll->viewport()->height() > 0 ? scroll->viewport()->height() : QWIDGETSIZE_MAX;
    }
    return QWIDGETSIZE_MAX;
}

void CutoverPage::updateDirection()
{
    QWidget *top = m_top->parentWidget();
    // The waves need their buttons' width and every column of the table (no side
    // scrolling): the columns at their content's width, the stretched Gate column at its
    // text's (its section's size is whatever room it was given, the whole width when the
    // table sits under the steps, so side by side would never seem to fit).
    const QHeaderView *header = m_waves->horizontalHeader();
    int columns = 0;
    for (int column = 0; column < header->count(); ++column) {
        columns += column == header->count() - 1
            ? std::max(header->sectionSizeHint(column),
                       static_cast<const QAbstractItemView *>(m_waves)->sizeHintForColumn(column))
            : header->sectionSize(column);
    }
    const int table = columns + 2 * m_waves->frameWidth() + m_waves->verticalScrollBar()->sizeHint().width();
    const int needed
        = m_form->sizeHint().width() + m_top->spacing() + std::max(m_waveButtons->sizeHint().width(), table);
    const auto direction = top->width() >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_top->direction() != direction) {
        m_top->setDirection(direction);
        m_top->activate();
    }
}

bool CutoverPage::shows(const wizard::Finding &finding, const wizard::Topology &) const
{
    return finding.ruleId.startsWith(u"CUT-"_s);
}

void CutoverPage::focusFinding(const wizard::Finding &finding)
{
    for (const QString &field : finding.fields) {
        for (wizard::MilestoneKind kind : wizard::allMilestoneKinds()) {
            if (field == u"cutover.milestones."_s + wizard::milestoneKindToken(kind)) {
                m_milestones.value(int(kind)).date->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
        const QString prefix = u"cutover.waves."_s;
        if (field.startsWith(prefix)) {
            const QString name = field.mid(prefix.size());
            for (int row = 0; row < m_waves->rowCount(); ++row) {
                if (m_waves->item(row, NameColumn)->text() == name) {
                    m_waves->setCurrentCell(row, DateColumn);
                    m_waves->setFocus(Qt::OtherFocusReason);
                    return;
                }
            }
        }
    }
}

void CutoverPage::showEvent(QShowEvent *event)
{
    WizardPage::showEvent(event);
    if (m_stale)
        rebuild();
}

void CutoverPage::refresh()
{
    m_stale = true;
    if (isVisible())
        rebuild();
}

void CutoverPage::rebuild()
{
    m_stale = false;
    m_refreshing = true;
    const wizard::Topology &t = session()->topology();
    const QList<wizard::CutoverStep> steps = wizard::computeCutoverSteps(t, session()->findings());
    for (const wizard::CutoverStep &step : steps) {
        if (step.isWave())
            continue;
        const MilestoneEditor &e = m_milestones.value(int(*step.milestone));
        e.planned->setChecked(step.date.isValid());
        e.date->setEnabled(step.date.isValid());
        e.date->setDate(step.date.isValid() ? step.date : e.date->minimumDate());
        e.gate->setText(gateText(step));
        // Dated and still blocked: an error finding (CUT-001), marked as the waves' gates are.
        const bool cut001 = step.blocked() && step.date.isValid();
        e.gate->setToolTip(cut001 ? cut001Text(step) : step.blocked() ? blockedByAll(step) : QString());
        e.gateIcon->setToolTip(e.gate->toolTip());
        const int side = e.gate->fontMetrics().height();
        // Ready: the check the Review step draws for OK, so that "Ready" and "Blocked by"
        // start at the same place.
        const bool ready = step.date.isValid() && !step.blocked();
        e.gateIcon->setPixmap(cut001      ? severityIcon(wizard::Severity::Error).pixmap(side, side)
                                  : ready ? verdictIcon(wizard::Verdict::Ok).pixmap(side, side)
                                          : QPixmap());
        e.gateIcon->setFixedWidth(side);
        e.gateIcon->setAccessibleName(cut001 ? tr("Error") : ready ? tr("Ready") : QString());
        // A palette, not a style sheet: a styled label would keep its type size when
        // workshop mode enlarges the window's.
        QPalette palette = e.gate->parentWidget()->palette();
        if (step.blocked())
            palette.setColor(QPalette::WindowText, QColor(0xa4, 0x26, 0x2c));
        e.gate->setPalette(palette);
    }
    const int selected = m_waves->currentRow();
    m_waves->setRowCount(int(t.cutover.waves.size()));
    int row = 0;
    for (const wizard::CutoverStep &step : steps) {
        if (!step.isWave())
            continue;
        const wizard::Wave *w = t.cutover.findWave(step.wave);
        const QStringList cells = {w->name,
                                   w->date.toString(Qt::ISODate),
                                   w->databases.join(u", "_s),
                                   w->servers.join(u", "_s),
                                   w->clientGroups.join(u", "_s),
                                   QString::number(wizard::totalUsers(wizard::waveUsers(t, *w))),
                                   gateText(step)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == UsersColumn || c == GateColumn)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (c == GateColumn && step.date.isValid() && !step.blocked())
                item->setIcon(verdictIcon(wizard::Verdict::Ok));
            if (c == GateColumn && step.blocked()) {
                item->setForeground(QColor(0xa4, 0x26, 0x2c));
                // Dated and still blocked: that is an error finding (CUT-001), marked as one.
                const bool dated = step.date.isValid();
                if (dated)
                    item->setIcon(severityIcon(wizard::Severity::Error));
                item->setToolTip(dated ? cut001Text(step) : blockedByAll(step));
            }
            m_waves->setItem(row, c, item);
        }
        ++row;
    }
    if (selected >= 0 && selected < m_waves->rowCount())
        m_waves->selectRow(selected);

    m_waves->resizeRowsToContents();
    fitWaveTableHeight();

    const wizard::CutoverCharts chartData = wizard::cutoverCharts(t, steps, QDate::currentDate());
    int i = 0;
    for (charts::CutoverChartKind kind : charts::allCutoverCharts) {
        // The view takes the new chart and only releases the old one (QChartView::setChart).
        QChartView *view = m_chartViews[i++];
        QChart *old = view->chart();
        // The tab names the chart; its height goes to the plot (exported charts keep their title).
        QChart *chart = charts::buildCutoverChart(kind, chartData, m_chartTextScale, false).release();
        chart->layout()->setContentsMargins(0, 0, 0, 0);
        view->setChart(chart);
        delete old;
    }
    m_refreshing = false;
    // As tall as its waves (room for three at least, and one more to add): the rest of
    // the page goes to the charts.
    int rowsHeight = 0;
    for (int r = 0; r < m_waves->rowCount(); ++r)
        rowsHeight += m_waves->rowHeight(r);
    const int rowHeight = m_waves->verticalHeader()->defaultSectionSize();
    rowsHeight += std::max(0, 3 - m_waves->rowCount()) * rowHeight + rowHeight;
    m_waves->setMaximumHeight(
        std::max(m_waves->minimumHeight(),
                 std::min(pageViewHeight(),
                          m_waves->horizontalHeader()->sizeHint().height() + rowsHeight + 2 * m_waves->frameWidth()
                              + m_waves->horizontalScrollBar()->sizeHint().height())));
    updateDirection();
}

void CutoverPage::setMilestone(wizard::MilestoneKind kind)
{
    if (m_refreshing)
        return;
    const MilestoneEditor &e = m_milestones.value(int(kind));
    QDate date = e.planned->isChecked() ? e.date->date() : QDate();
    // Planned just now: today, not the picker's earliest date.
    if (date.isValid() && date == e.date->minimumDate())
        date = QDate::currentDate();
    session()->edit(
        tr("Change the date of %1").arg(wizard::milestoneDisplayName(kind)),
        [kind, date](wizard::Plan &p) { p.topology.cutover.setDate(kind, date); },
        u"cutover-"_s + wizard::milestoneKindToken(kind));
}

void CutoverPage::editWaveCell(int row, int column)
{
    if (m_refreshing || row < 0 || row >= session()->topology().cutover.waves.size())
        return;
    const QString text = m_waves->item(row, column)->text().trimmed();
    const wizard::Topology &t = session()->topology();
    const auto refuse = [this] { QMetaObject::invokeMethod(this, &CutoverPage::refresh, Qt::QueuedConnection); };
    switch (column) {
    case NameColumn:
        if (text.isEmpty() || (t.cutover.findWave(text) && t.cutover.findWave(text) != &t.cutover.waves[row]))
            return refuse();
        session()->edit(tr("Rename wave"), [row, text](wizard::Plan &p) { p.topology.cutover.waves[row].name = text; });
        return;
    case DateColumn: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && (!date.isValid() || date.year() < 2000 || date.year() > 2199))
            return refuse();
        session()->edit(tr("Change the date of %1").arg(t.cutover.waves[row].name),
                        [row, date](wizard::Plan &p) { p.topology.cutover.waves[row].date = date; });
        return;
    }
    case DatabasesColumn:
    case ServersColumn:
    case GroupsColumn: {
        QStringList names = splitNames(text);
        // Only names of the plan: a wave never refers to something that is not there.
        for (const QString &n : names) {
            const bool known = column == ServersColumn ? t.findServer(n) != nullptr
                : column == DatabasesColumn
                ? std::any_of(t.databases.cbegin(), t.databases.cend(),
                              [&](const wizard::MailboxDatabase &d) {
                                  return !d.isPublicFolderDatabase && d.name.compare(n, Qt::CaseInsensitive) == 0;
                              })
                : std::any_of(t.clientGroups.cbegin(), t.clientGroups.cend(), [&](const wizard::ClientGroup &g) {
                      return g.name.compare(n, Qt::CaseInsensitive) == 0;
                  });
            if (!known)
                return refuse();
        }
        names.removeDuplicates();
        session()->edit(tr("Change what %1 moves").arg(t.cutover.waves[row].name),
                        [row, column, names](wizard::Plan &p) {
                            wizard::Wave &w = p.topology.cutover.waves[row];
                            (column == DatabasesColumn     ? w.databases
                                 : column == ServersColumn ? w.servers
                                                           : w.clientGroups)
                                = names;
                        });
        return;
    }
    default:
        return;
    }
}

void CutoverPage::addWave()
{
    const wizard::CutoverPlan &c = session()->topology().cutover;
    QString name;
    for (int n = int(c.waves.size()) + 1;; ++n) {
        name = tr("Wave %1").arg(n);
        if (!c.findWave(name))
            break;
    }
    session()->edit(tr("Add wave"), [name](wizard::Plan &p) {
        p.topology.cutover.waves.append(wizard::Wave{name, {}, {}, {}, {}});
    });
    m_waves->selectRow(m_waves->rowCount() - 1);
}

void CutoverPage::removeSelectedWave()
{
    const int row = m_waves->currentRow();
    if (row < 0 || row >= session()->topology().cutover.waves.size())
        return;
    session()->edit(tr("Remove wave"), [row](wizard::Plan &p) { p.topology.cutover.waves.removeAt(row); });
}

void CutoverPage::moveSelectedWave(int days)
{
    const int row = m_waves->currentRow();
    const wizard::CutoverPlan &c = session()->topology().cutover;
    if (row < 0 || row >= c.waves.size())
        return;
    const QDate from = c.waves[row].date.isValid() ? c.waves[row].date : QDate::currentDate();
    const QDate to = from.addDays(days);
    session()->edit(tr("Move %1 to %2").arg(c.waves[row].name, to.toString(Qt::ISODate)),
                    [row, to](wizard::Plan &p) { p.topology.cutover.waves[row].date = to; });
    m_waves->selectRow(row);
}

} // namespace ui
