#include "cutoverchart.h"

#include <QCoreApplication>
#include <QDateTime>
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

void styleChart(QChart &chart, const QString &title)
{
    chart.setTitle(title);
    QFont titleFont(u"DejaVu Sans"_s);
    titleFont.setPointSizeF(12);
    titleFont.setBold(true);
    chart.setTitleFont(titleFont);
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setBackgroundRoundness(0);
    chart.legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont(u"DejaVu Sans"_s);
    legendFont.setPointSizeF(9);
    chart.legend()->setFont(legendFont);
}

QFont axisFont()
{
    QFont f(u"DejaVu Sans"_s);
    f.setPointSizeF(8);
    return f;
}

QValueAxis *countAxis(int max, const QString &title)
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
    axis->setLabelsFont(axisFont());
    return axis;
}

// The step chart of users per version, stacked, with a vertical line per dated step.
void buildUsers(QChart &chart, const wizard::UsersTimeline &t)
{
    const QList<QList<QPointF>> outlines = usersStepOutlines(t);
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(u"yyyy-MM-dd"_s);
    xAxis->setRange(utcMidnight(t.dates.value(0)), utcMidnight(t.end));
    xAxis->setLabelsFont(axisFont());
    xAxis->setLabelsAngle(-30);
    chart.addAxis(xAxis, Qt::AlignBottom);
    int max = 0;
    for (const QList<QPointF> &line : outlines) {
        for (const QPointF &p : line)
            max = std::max(max, int(p.y()));
    }
    QValueAxis *yAxis = countAxis(max, tr("Users"));
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
    // The markers: a category axis on top whose grid lines stand at the steps' dates.
    if (!t.markers.isEmpty()) {
        auto *markers = new QCategoryAxis;
        markers->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        markers->setRange(xAxis->min().toMSecsSinceEpoch(), xAxis->max().toMSecsSinceEpoch());
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
        markers->setLabelsFont(axisFont());
        markers->setLabelsAngle(-30);
        chart.addAxis(markers, Qt::AlignTop);
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

QBarCategoryAxis *categoryAxis(const QStringList &labels)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    axis->setLabelsFont(axisFont());
    if (labels.size() > 4)
        axis->setLabelsAngle(-30);
    return axis;
}

QString stepLabel(const QString &label, QDate date)
{
    return date.isValid() ? u"%1\n%2"_s.arg(label, date.toString(Qt::ISODate)) : label;
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

void buildFindings(QChart &chart, const QList<wizard::StepFindings> &steps)
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
    QBarCategoryAxis *x = categoryAxis(uniqueLabels(labels));
    chart.addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(max, tr("Open findings"));
    chart.addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void buildWaves(QChart &chart, const QList<wizard::WaveBar> &waves)
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
    chart.addSeries(series);
    QBarCategoryAxis *x = categoryAxis(uniqueLabels(labels));
    chart.addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(max, tr("Users"));
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

std::unique_ptr<QChart> buildCutoverChart(CutoverChartKind kind, const wizard::CutoverCharts &data)
{
    auto chart = std::make_unique<QChart>();
    styleChart(*chart, cutoverChartTitle(kind));
    switch (kind) {
    case CutoverChartKind::UsersOverTime:
        buildUsers(*chart, data.timeline);
        break;
    case CutoverChartKind::FindingsAtSteps:
        buildFindings(*chart, data.findings);
        break;
    case CutoverChartKind::UsersPerWave:
        buildWaves(*chart, data.waves);
        break;
    }
    return chart;
}

} // namespace charts
