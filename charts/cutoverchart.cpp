#include "cutoverchart.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QTimeZone>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace charts {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("charts", text);
}

// QTimeZone::UTC arrived in Qt 6.5 and the Qt::TimeSpec constructor is deprecated from 6.9.
QDateTime utcMidnight(QDate date)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, QTime(0, 0), QTimeZone::UTC);
#else
    return QDateTime(date, QTime(0, 0), Qt::UTC);
#endif
}

QColor versionColor(wizard::ExchangeVersion v)
{
    switch (v) {
    case wizard::ExchangeVersion::Ex2007:
        return {0x8c, 0x56, 0x4b};
    case wizard::ExchangeVersion::Ex2010:
        return {0xe0, 0x8a, 0x1e};
    case wizard::ExchangeVersion::Ex2013:
        return {0x2b, 0x57, 0x97};
    case wizard::ExchangeVersion::Ex2016:
        return {0x1b, 0x8a, 0x7a};
    case wizard::ExchangeVersion::Ex2003:
        return {0x5a, 0x3a, 0x32};
    case wizard::ExchangeVersion::Ex2019:
        return {0x13, 0x63, 0x58};
    case wizard::ExchangeVersion::ExSE:
        return {0x0e, 0x4d, 0x44};
    case wizard::ExchangeVersion::Unknown:
        return Qt::gray;
    }
    return Qt::gray;
}

const QColor errorColor(0xa4, 0x26, 0x2c);
const QColor warningColor(0xd9, 0x8b, 0x00);
const QColor infoColor(0x7a, 0x86, 0x94);
const QColor readyColor(0x3a, 0x8a, 0x3a);

void styleChart(QChart &chart, const QString &title, qreal scale)
{
    chart.setTitle(title);
    QFont titleFont(u"DejaVu Sans"_s);
    titleFont.setPointSizeF(12 * scale);
    titleFont.setBold(true);
    chart.setTitleFont(titleFont);
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setBackgroundRoundness(0);
    chart.legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont(u"DejaVu Sans"_s);
    legendFont.setPointSizeF(9 * scale);
    chart.legend()->setFont(legendFont);
}

QFont axisFont(qreal scale)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPointSizeF(8 * scale);
    return f;
}

// The dated steps' names above the users chart, level, in rows: each at its line (its
// left end there, or its right end near the chart's right edge), a thin leader down to
// the plot. QCategoryAxis cut them to the room between two lines ("Coexistenc...").
// Placed from right to left, each in the lowest row where it overlaps no other label
// and no leader crosses it; the chart's top margin grows to hold the rows. Placed again
// whenever the plot area moves.
class MarkerLabels : public QObject
{
public:
    MarkerLabels(QChart *chart, const QList<wizard::UsersTimeline::Marker> &markers, qreal from, qreal to,
                 const QFont &font)
        : QObject(chart)
        , m_chart(chart)
        , m_from(from)
        , m_to(to)
    {
        // Same-day steps share their line and their label.
        QList<QDate> dates;
        QStringList texts;
        for (const auto &m : markers) {
            const qsizetype at = dates.indexOf(m.date);
            if (at >= 0) {
                texts[at] += u" \u00b7 "_s + m.label;
                continue;
            }
            dates.append(m.date);
            texts.append(m.label);
        }
        const QPen leaderPen(QColor(0x44, 0x44, 0x44), 1, Qt::DotLine);
        for (qsizetype i = 0; i < dates.size(); ++i) {
            auto *item = new QGraphicsSimpleTextItem(texts[i], chart);
            item->setFont(font);
            item->setBrush(QColor(0x22, 0x22, 0x22));
            item->setZValue(20);
            auto *leader = new QGraphicsLineItem(chart);
            leader->setPen(leaderPen);
            leader->setZValue(19);
            m_labels.append({item, leader, chartTime(dates[i])});
        }
        std::sort(m_labels.begin(), m_labels.end(), [](const Label &l, const Label &r) { return l.x > r.x; });
        // QChart puts its title between the margin and the plot, where the rows go: the
        // title is drawn here instead, above them (an exported chart has one).
        if (!chart->title().isEmpty()) {
            m_title = new QGraphicsSimpleTextItem(chart->title(), chart);
            m_title->setFont(chart->titleFont());
            m_title->setBrush(chart->titleBrush());
            chart->setTitle(QString());
        }
        connect(chart, &QChart::plotAreaChanged, this, &MarkerLabels::place);
    }

private:
    struct Label
    {
        QGraphicsSimpleTextItem *item;
        QGraphicsLineItem *leader;
        qreal x; // chart time
    };
    struct Placed
    {
        int row;
        qreal left, right, at;
    };

    void place(const QRectF &plot)
    {
        if (m_to <= m_from || plot.width() <= 0 || m_labels.isEmpty())
            return;
        const qreal gap = 8;
        const qreal line = m_labels.first().item->boundingRect().height() + 2;
        QList<Placed> placed;
        int rows = 0;
        for (const Label &l : std::as_const(m_labels)) {
            const qreal x = plot.left() + (l.x - m_from) / (m_to - m_from) * plot.width();
            const qreal width = l.item->boundingRect().width();
            // Left end at the line, unless that runs past the chart's right edge.
            const bool leftEnd = x + width <= m_chart->size().width() - gap;
            const qreal left = leftEnd ? x : x - width;
            const qreal right = left + width;
            // The lowest row free of overlaps and of crossing leaders; where a label to
            // the right ends over this line (right-aligned at the edge), no row keeps the
            // leader clear: then the lowest row free of overlaps.
            const auto freeRow = [&](bool leaders) {
                for (int row = 0;; ++row) {
                    const bool free = std::none_of(placed.cbegin(), placed.cend(), [&](const Placed &p) {
                        if (p.row == row)
                            return left < p.right + gap && p.left < right + gap;
                        if (!leaders)
                            return false;
                        if (p.row > row) // its leader comes down through this row
                            return p.at >= left - 2 && p.at <= right + 2;
                        return x >= p.left - 2 && x <= p.right + 2; // this leader crosses it
                    });
                    if (free)
                        return row;
                    if (row > placed.size())
                        return -1;
                }
            };
            int row = freeRow(true);
            if (row < 0)
                row = freeRow(false);
            placed.append({row, left, right, x});
            rows = std::max(rows, row + 1);
        }
        for (qsizetype i = 0; i < m_labels.size(); ++i) {
            const Placed &p = placed[i];
            const qreal y = plot.top() - 6 - (p.row + 1) * line;
            m_labels[i].item->setPos(p.left, y);
            m_labels[i].leader->setLine(QLineF(p.at, y + line - 2, p.at, plot.top()));
        }
        qreal title = 0;
        if (m_title) {
            const QRectF box = m_title->boundingRect();
            title = box.height() + 8;
            m_title->setPos((m_chart->size().width() - box.width()) / 2, plot.top() - 6 - rows * line - title);
        }
        // Room above the plot for the rows (QChart's own layout moves the plot down).
        QMargins margins = m_chart->margins();
        const int wantTop = int(std::ceil(rows * line + title + 10));
        if (std::abs(margins.top() - wantTop) > 2) {
            margins.setTop(wantTop);
            m_chart->setMargins(margins);
        }
    }

    QChart *m_chart;
    qreal m_from;
    qreal m_to;
    QList<Label> m_labels;
    QGraphicsSimpleTextItem *m_title = nullptr;
};

QValueAxis *countAxis(int max, const QString &title, qreal scale)
{
    auto *axis = new QValueAxis;
    // Whole numbers with a little headroom; at least 0..1 so an empty chart has a scale.
    const int top = std::max(1, max + std::max(1, max / 10));
    axis->setRange(0, top);
    axis->setLabelFormat(u"%d"_s);
    // At most six ticks: QtCharts elides a label to "..." when its tick spacing is lower than
    // the font, which eleven ticks on a short chart are.
    axis->setTickCount(std::min(top, 5) + 1);
    if (top > 5)
        axis->applyNiceNumbers();
    axis->setTitleText(title);
    axis->setLabelsFont(axisFont(scale));
    QFont titleFont = axisFont(scale);
    titleFont.setBold(true);
    axis->setTitleFont(titleFont);
    return axis;
}

// The time axis of the users chart, from `first` to `end`. Its ticks stand on the first
// days of months, every month or every 2, 3, 6 or 12 so that at most six are labelled:
// QDateTimeAxis spaces its ticks evenly from the range's ends, and they fell on odd days
// (2027-01-11, 2027-02-13, ...). A span of under two months keeps QDateTimeAxis's ticks,
// five of them, which then fall a week or two apart.
QAbstractAxis *timeAxis(QDate first, QDate end, qreal scale)
{
    const auto monthStart = [](QDate d) { return QDate(d.year(), d.month(), 1); };
    QList<QDate> starts;
    if (first.isValid() && end.isValid()) { // (an invalid date's addMonths stays invalid)
        for (QDate d = first.day() == 1 ? first : monthStart(first).addMonths(1); d <= end; d = d.addMonths(1))
            starts.append(d);
    }
    if (starts.size() < 2) {
        auto *axis = new QDateTimeAxis;
        axis->setFormat(u"yyyy-MM-dd"_s);
        axis->setRange(utcMidnight(first), utcMidnight(end));
        axis->setLabelsFont(axisFont(scale));
        // Level dates, five of them: slanted, QtCharts cut them to "2..." in workshop type
        // on a chart of the Cutover step's height.
        axis->setTickCount(5);
        return axis;
    }
    int every = 1;
    for (int step : {1, 2, 3, 6, 12}) {
        every = step;
        if ((starts.size() + step - 1) / step <= 6)
            break;
    }
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(chartTime(first), chartTime(end));
    axis->setLabelsFont(axisFont(scale));
    // Every few months: on the calendar's own (January, April, ... quarterly). A span of
    // that many months holds at least one.
    for (const QDate &d : std::as_const(starts)) {
        if ((d.month() - 1) % every == 0)
            axis->append(d.toString(Qt::ISODate), chartTime(d));
    }
    return axis;
}

// The step chart of users per version, stacked, with a vertical line per dated step.
void buildUsers(QChart &chart, const wizard::UsersTimeline &t, qreal scale)
{
    const QList<QList<QPointF>> outlines = usersStepOutlines(t);
    QAbstractAxis *xAxis = timeAxis(t.dates.value(0), t.end, scale);
    chart.addAxis(xAxis, Qt::AlignBottom);
    int max = 0;
    for (const QList<QPointF> &line : outlines) {
        for (const QPointF &p : line)
            max = std::max(max, int(p.y()));
    }
    QValueAxis *yAxis = countAxis(max, tr("Users"), scale);
    chart.addAxis(yAxis, Qt::AlignLeft);
    QList<QPointF> previous;
    for (qsizetype j = 0; j < outlines.size(); ++j) {
        auto *upper = new QLineSeries;
        upper->append(outlines[j]);
        QLineSeries *lower = nullptr;
        if (!previous.isEmpty()) {
            lower = new QLineSeries;
            lower->append(previous);
        }
        auto *area = new QAreaSeries(upper, lower);
        area->setName(wizard::exchangeVersionDisplayName(t.versions[j]));
        area->setColor(versionColor(t.versions[j]));
        area->setBorderColor(versionColor(t.versions[j]).darker(130));
        chart.addSeries(area);
        area->attachAxis(xAxis);
        area->attachAxis(yAxis);
        previous = outlines[j];
    }
    // The markers: a category axis on top whose grid lines stand at the steps' dates;
    // their names are drawn by MarkerLabels (the axis would cut them).
    if (!t.markers.isEmpty()) {
        auto *markers = new QCategoryAxis;
        markers->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        markers->setRange(chartTime(t.dates.value(0)), chartTime(t.end));
        QStringList used;
        for (const auto &m : t.markers) {
            // Category labels must be unique: same-day steps share one line.
            QString label = m.label;
            while (used.contains(label))
                label += u' ';
            used.append(label);
            markers->append(label, chartTime(m.date));
        }
        markers->setGridLineVisible(true);
        markers->setGridLinePen(QPen(QColor(0x44, 0x44, 0x44), 1, Qt::DashLine));
        markers->setLabelsVisible(false);
        markers->setLineVisible(false);
        chart.addAxis(markers, Qt::AlignTop);
        new MarkerLabels(&chart, t.markers, markers->min(), markers->max(), axisFont(scale));
        // An invisible series ties the axis to the chart's x range.
        auto *anchor = new QLineSeries;
        anchor->append(markers->min(), 0);
        anchor->append(markers->max(), 0);
        anchor->setPen(Qt::NoPen);
        chart.addSeries(anchor);
        anchor->attachAxis(markers);
        anchor->attachAxis(yAxis);
        for (QLegendMarker *m : chart.legend()->markers(anchor))
            m->setVisible(false);
    }
}

QBarCategoryAxis *categoryAxis(const QStringList &labels, qreal scale)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    axis->setLabelsFont(axisFont(scale));
    return axis;
}

// A bar's label, level and in short lines (the axis draws its labels as rich text):
// slanted, QtCharts cut a step's name to the bar's width ("New servers ins..."); a line
// of a word or two fits it.
QString wrapped(const QString &text)
{
    constexpr qsizetype Line = 12;
    QStringList lines;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= Line)
            lines.last() += u' ' + word;
        else
            lines.append(word);
    }
    return lines.join(u"<br>"_s);
}

QString stepLabel(const QString &label, QDate date)
{
    return date.isValid() ? u"%1<br>%2"_s.arg(wrapped(label.toHtmlEscaped()), date.toString(Qt::ISODate))
                          : wrapped(label.toHtmlEscaped());
}

// Categories must be unique in a QBarCategoryAxis: a repeated label gets its position.
QStringList uniqueLabels(QStringList labels)
{
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (labels.indexOf(labels[i]) != i)
            labels[i] += u" (%1)"_s.arg(i + 1);
    }
    return labels;
}

void buildFindings(QChart &chart, const QList<wizard::StepFindings> &steps, qreal scale)
{
    auto *series = new QStackedBarSeries;
    auto *errors = new QBarSet(tr("Errors"));
    auto *warnings = new QBarSet(tr("Warnings"));
    auto *infos = new QBarSet(tr("Info"));
    errors->setColor(errorColor);
    warnings->setColor(warningColor);
    infos->setColor(infoColor);
    QStringList labels;
    int max = 0;
    for (const wizard::StepFindings &s : steps) {
        errors->append(s.errors);
        warnings->append(s.warnings);
        infos->append(s.infos);
        labels.append(stepLabel(s.label, s.date));
        max = std::max(max, s.errors + s.warnings + s.infos);
    }
    series->append({errors, warnings, infos});
    chart.addSeries(series);
    QBarCategoryAxis *x = categoryAxis(uniqueLabels(labels), scale);
    chart.addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(max, tr("Open findings"), scale);
    chart.addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void buildWaves(QChart &chart, const QList<wizard::WaveBar> &waves, qreal scale)
{
    // Two stacked sets, one of them zero for each wave: one bar per wave, its colour
    // saying whether it is blocked.
    auto *series = new QStackedBarSeries;
    auto *ready = new QBarSet(tr("Ready"));
    auto *blocked = new QBarSet(tr("Blocked"));
    ready->setColor(readyColor);
    blocked->setColor(errorColor);
    QStringList labels;
    int max = 0;
    for (const wizard::WaveBar &w : waves) {
        ready->append(w.blocked ? 0 : w.users);
        blocked->append(w.blocked ? w.users : 0);
        labels.append(stepLabel(w.name, w.date));
        max = std::max(max, w.users);
    }
    series->append({ready, blocked});
    series->setLabelsVisible(true);
    for (QBarSet *set : series->barSets())
        set->setLabelFont(axisFont(scale));
    chart.addSeries(series);
    QBarCategoryAxis *x = categoryAxis(uniqueLabels(labels), scale);
    chart.addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(max, tr("Users"), scale);
    chart.addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}
} // namespace

qreal chartTime(QDate date)
{
    return qreal(utcMidnight(date).toMSecsSinceEpoch());
}

QString cutoverChartTitle(CutoverChartKind kind)
{
    switch (kind) {
    case CutoverChartKind::UsersOverTime:
        return tr("Users per Exchange version over time");
    case CutoverChartKind::FindingsAtSteps:
        return tr("Open findings to fix before each step");
    case CutoverChartKind::UsersPerWave:
        return tr("Users per wave");
    }
    return {};
}

QList<QList<QPointF>> usersStepOutlines(const wizard::UsersTimeline &t)
{
    QList<QList<QPointF>> outlines(t.versions.size());
    for (qsizetype i = 0; i < t.dates.size(); ++i) {
        const qreal from = chartTime(t.dates[i]);
        const qreal to = chartTime(i + 1 < t.dates.size() ? t.dates[i + 1] : t.end);
        int stacked = 0;
        for (qsizetype j = 0; j < t.versions.size(); ++j) {
            stacked += t.users[i].value(j);
            // A step: flat from this date to the next, vertical at the change.
            outlines[j].append(QPointF(from, stacked));
            outlines[j].append(QPointF(to, stacked));
        }
    }
    return outlines;
}

std::unique_ptr<QChart> buildCutoverChart(CutoverChartKind kind, const wizard::CutoverCharts &data, qreal textScale,
                                          bool titled)
{
    auto chart = std::make_unique<QChart>();
    styleChart(*chart, titled ? cutoverChartTitle(kind) : QString(), textScale);
    switch (kind) {
    case CutoverChartKind::UsersOverTime:
        buildUsers(*chart, data.timeline, textScale);
        // With nothing dated the chart is today's count, flat over a month: it says so,
        // in the legend's type (an untitled chart, on the Cutover step, under its tab) or
        // after its title (an export, whose reader has no tab).
        if (data.timeline.markers.isEmpty()) {
            if (titled) {
                chart->setTitle(tr("%1 (nothing dated yet: today's users on each version)").arg(chart->title()));
            } else {
                chart->setTitle(tr("Nothing dated yet: today's users on each version"));
                chart->setTitleFont(chart->legend()->font());
            }
        }
        break;
    case CutoverChartKind::FindingsAtSteps:
        buildFindings(*chart, data.findings, textScale);
        break;
    case CutoverChartKind::UsersPerWave:
        buildWaves(*chart, data.waves, textScale);
        break;
    }
    return chart;
}

} // namespace charts
