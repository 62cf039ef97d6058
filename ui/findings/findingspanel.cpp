#include "findingspanel.h"

#include "findingsfiltermodel.h"
#include "findingsmodel.h"
#include "widgets/combowidthfit.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_filter(new FindingsFilterModel(this))
    , m_severity(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_filterBar(new QWidget(this))
{
    m_filter->setSourceModel(m_model);

    m_severity->setObjectName(u"findingsSeverityFilter"_s);
    m_severity->addItem(tr("Errors, warnings and info"));
    m_severity->addItem(tr("Errors and warnings"));
    m_severity->addItem(tr("Errors only"));
    m_severity->setAccessibleName(tr("Severity filter"));
    new ComboWidthFit(m_severity);
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this](int i) { m_filter->setMaxSeverity(2 - i); });

    m_search->setObjectName(u"findingsSearch"_s);
    m_search->setPlaceholderText(tr("Search findings"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search findings"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &FindingsFilterModel::setSearchText);

    m_view->setObjectName(u"findingsView"_s);
    m_view->setAccessibleName(tr("Findings"));
    m_view->setModel(m_filter);
    m_model->setViewFont(m_view->font());
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    // Sized by fitColumns(), not ResizeToContents: that lays out the text of a thousand
    // rows per column on every edit of a large plan.
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_view, &QTreeView::activated, this, &FindingsPanel::activate);
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == FindingsModel::RuleColumn && openSource(index))
            return;
        activate(index);
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &FindingsPanel::showContextMenu);

    m_summary->setObjectName(u"findingsSummary"_s);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FindingsPanel::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &FindingsPanel::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &FindingsPanel::updateSummary);

    m_filterBar->setObjectName(u"findingsFilterBar"_s);
    auto *filters = new QHBoxLayout(m_filterBar);
    filters->setContentsMargins(0, 0, 0, 0);
    auto *severityLabel = new QLabel(tr("Sho&w:"), this);
    severityLabel->setBuddy(m_severity);
    filters->addWidget(severityLabel);
    filters->addWidget(m_severity);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    m_empty->setObjectName(u"findingsEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty, 1);
    updateSummary();
}

void FindingsPanel::setFindings(const QList<wizard::Finding> &findings)
{
    m_model->setFindings(findings);
    updateSummary();
    fitColumns();
}

int FindingsPanel::heightForRows(int rows) const
{
    // A row as the view draws it: the text or the severity icon, whichever is taller,
    // and the style's item margins (the same for every row: uniform row heights).
    const int row = m_filter->rowCount() > 0
        ? m_view->sizeHintForRow(0)
        : std::max(m_view->fontMetrics().height(), m_view->iconSize().height()) + 4;
    return foldedHeight() + 2 * m_view->frameWidth() + m_view->header()->sizeHint().height() + rows * row;
}

void FindingsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_model->setViewFont(m_view->font());
        m_advance.clear();
        m_subjectAdvance.clear();
        fitColumns();
    }
}

int FindingsPanel::advanceOf(const QString &text)
{
    auto it = m_advance.constFind(text);
    if (it == m_advance.cend())
        it = m_advance.insert(text, m_view->fontMetrics().horizontalAdvance(text));
    return it.value();
}

int FindingsPanel::subjectAdvanceOf(const wizard::SubjectRef &subject)
{
    const std::pair<int, QString> key(int(subject.kind), subject.name);
    auto it = m_subjectAdvance.constFind(key);
    if (it == m_subjectAdvance.cend())
        it = m_subjectAdvance.insert(key, advanceOf(subjectDisplayName(subject)));
    return it.value();
}

void FindingsPanel::fitColumns()
{
    // What ResizeToContents gives, at the cost of one delegate layout per column: the
    // delegate's width is the text's advance plus the same margins and icon in every
    // row of a column, so the row with the widest text is the widest row. Advances of
    // the few distinct severities, rule ids and subjects are kept across edits, and read
    // from the findings themselves (no cell text is written to measure them).
    QHeaderView *header = m_view->header();
    const QList<wizard::Finding> &findings = m_model->findings();
    int severityAdvance[3] = {-1, -1, -1};
    for (const int column : {FindingsModel::SeverityColumn, FindingsModel::RuleColumn, FindingsModel::SubjectColumn}) {
        int widestRow = -1;
        int widest = -1;
        for (qsizetype row = 0; row < findings.size(); ++row) {
            const wizard::Finding &f = findings.at(row);
            int advance = 0;
            if (column == FindingsModel::SeverityColumn) {
                int &known = severityAdvance[std::clamp(int(f.severity), 0, 2)];
                if (known < 0)
                    known = advanceOf(severityDisplayName(f.severity));
                advance = known;
            } else if (column == FindingsModel::RuleColumn) {
                advance = advanceOf(f.ruleId);
            } else {
                advance = subjectAdvanceOf(f.subject);
            }
            if (advance > widest) {
                widest = advance;
                widestRow = int(row);
            }
        }
        int width = header->sectionSizeHint(column);
        if (widestRow >= 0) {
            // The margins and icon from a row the view shows (the widest one may be
            // filtered out).
            QModelIndex shown = m_filter->mapFromSource(m_model->index(widestRow, column));
            if (!shown.isValid())
                shown = m_filter->index(0, column);
            if (shown.isValid()) {
                const int margins = m_view->sizeHintForIndex(shown).width() - advanceOf(shown.data().toString());
                // and two spaces before the next column: a subject ending where the
                // message starts with the same name ran on as one text.
                width = std::max(width, widest + margins + 2 * m_view->fontMetrics().horizontalAdvance(u' '));
            }
        }
        if (header->sectionSize(column) != width)
            header->resizeSection(column, width);
    }
}

void FindingsPanel::setMissingInput(const QString &whatToEnterFirst)
{
    if (whatToEnterFirst == m_missingInput)
        return;
    m_missingInput = whatToEnterFirst;
    updateSummary();
}

void FindingsPanel::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_filter->mapToSource(proxyIndex);
    if (source.isValid())
        Q_EMIT findingActivated(m_model->finding(source.row()));
}

bool FindingsPanel::openSource(const QModelIndex &proxyIndex)
{
    const QString source
        = proxyIndex.siblingAtColumn(FindingsModel::RuleColumn).data(FindingsModel::SourceRole).toString();
    if (source.isEmpty())
        return false;
    QDesktopServices::openUrl(QUrl(source));
    return true;
}

void FindingsPanel::showContextMenu(const QPoint &pos)
{
    QModelIndex index = m_view->indexAt(pos);
    QPoint at = pos;
    if (!index.isValid()) {
        index = m_view->currentIndex(); // the menu key
        at = m_view->visualRect(index).center();
    }
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.setObjectName(u"findingMenu"_s);
    QAction *go = menu.addAction(tr("&Go to the field"));
    const QUrl source(index.siblingAtColumn(FindingsModel::RuleColumn).data(FindingsModel::SourceRole).toString());
    QAction *open
        = menu.addAction(source.isEmpty() ? tr("No source cited") : tr("&Open the source (%1)").arg(source.host()));
    open->setEnabled(!source.isEmpty());
    QAction *chosen = menu.exec(m_view->viewport()->mapToGlobal(at));
    if (chosen == go)
        activate(index);
    else if (chosen == open)
        openSource(index);
}

void FindingsPanel::updateSummary()
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        switch (m_model->finding(row).severity) {
        case wizard::Severity::Error:
            ++errors;
            break;
        case wizard::Severity::Warning:
            ++warnings;
            break;
        case wizard::Severity::Info:
            ++infos;
            break;
        }
    }
    m_summary->setText(tr("Errors: %1  Warnings: %2  Info: %3").arg(errors).arg(warnings).arg(infos));
    const bool none = m_model->rowCount() == 0;
    const bool hidden = !none && m_filter->rowCount() == 0;
    if (hidden)
        m_empty->setText(tr("No finding matches the filter."));
    else if (!m_missingInput.isEmpty())
        m_empty->setText(m_missingInput);
    else
        m_empty->setText(tr("No findings: every check passes on the plan as it stands."));
    m_empty->setVisible(m_listShown && (none || hidden));
    m_view->setVisible(m_listShown && !none && !hidden);
}

void FindingsPanel::setListShown(bool shown)
{
    if (shown == m_listShown)
        return;
    m_listShown = shown;
    // The rows the view had stay, and the current finding with them.
    updateSummary();
    setMaximumHeight(shown ? QWIDGETSIZE_MAX : foldedHeight());
}

int FindingsPanel::foldedHeight() const
{
    const QMargins margins = layout()->contentsMargins();
    // The filter row counts while it is the panel's own (not in a dock's title bar).
    const int filters = m_filterBar->parentWidget() != this
        ? 0
        : std::max({m_severity->sizeHint().height(), m_search->sizeHint().height(), m_summary->sizeHint().height()})
            + layout()->spacing();
    return margins.top() + filters + margins.bottom();
}

} // namespace ui
