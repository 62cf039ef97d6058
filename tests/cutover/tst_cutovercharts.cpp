// The QtCharts charts of the cutover (charts/): their series are the engine's numbers,
// and each export writes a real file (issue 16).
#include "checks/checkengine.h"
#include "cutover/cutovergates.h"
#include "cutoverchartexport.h"
#include "planfile/planfile.h"

#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>

using namespace Qt::StringLiterals;

namespace {
wizard::CutoverCharts chartsOf(const QString &name, QDate today = QDate(2026, 1, 1))
{
    const wizard::PlanLoadResult loaded
        = wizard::loadPlanFile(QStringLiteral(COEXPLAN_TEST_DATA) + u"/checks/"_s + name + u"/plan.coexplan"_s);
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.error->toString()));
    const wizard::Topology &t = loaded.plan->topology;
    return wizard::cutoverCharts(t, wizard::computeCutoverSteps(t, wizard::runChecks(t)), today);
}
} // namespace

class TestCutoverCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usersChart_areasAreTheStackedSteps()
    {
        const wizard::CutoverCharts data = chartsOf(u"cutover-blocked-milestone"_s);
        const QList<QList<QPointF>> outlines = charts::usersStepOutlines(data.timeline);
        // 2010 then 2013 stacked on it; three steps of two points each.
        const qreal mar2 = charts::chartTime(QDate(2026, 3, 2));
        QCOMPARE(outlines[0].mid(0, 4),
                 (QList<QPointF>{{charts::chartTime(QDate(2026, 1, 1)), 255},
                                 {mar2, 255},
                                 {mar2, 40},
                                 {charts::chartTime(QDate(2026, 4, 13)), 40}}));
        QCOMPARE(outlines[1].last(), QPointF(charts::chartTime(QDate(2026, 5, 29)), 430));
        const auto chart = charts::buildCutoverChart(charts::CutoverChartKind::UsersOverTime, data);
        QList<QAreaSeries *> areas;
        for (QAbstractSeries *s : chart->series()) {
            if (auto *a = qobject_cast<QAreaSeries *>(s))
                areas.append(a);
        }
        QCOMPARE(areas.size(), 2);
        QCOMPARE(areas[0]->name(), u"Exchange 2010"_s);
        QCOMPARE(areas[0]->upperSeries()->points(), outlines[0]);
        QCOMPARE(areas[1]->upperSeries()->points(), outlines[1]);
        QCOMPARE(areas[1]->lowerSeries()->points(), outlines[0]);
    }

    // The time axis ticks on the first days of months (QDateTimeAxis spaced its five ticks
    // evenly and they fell on odd days); a long plan ticks every few months, on the
    // calendar's quarters or half-years; a span of under two months keeps QDateTimeAxis.
    void usersChart_timeTicksOnMonthStarts_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("five months") << QDate(2026, 1, 1) << QDate(2026, 5, 29)
                                     << QStringList{u"2026-01-01"_s, u"2026-02-01"_s, u"2026-03-01"_s, u"2026-04-01"_s,
                                                    u"2026-05-01"_s};
        QTest::newRow("from mid-month") << QDate(2026, 1, 20) << QDate(2026, 5, 1)
                                        << QStringList{u"2026-02-01"_s, u"2026-03-01"_s, u"2026-04-01"_s,
                                                       u"2026-05-01"_s};
        QTest::newRow("nine months, every 2")
            << QDate(2026, 1, 12) << QDate(2026, 10, 30)
            << QStringList{u"2026-03-01"_s, u"2026-05-01"_s, u"2026-07-01"_s, u"2026-09-01"_s};
        QTest::newRow("28 months, half-years")
            << QDate(2024, 1, 15) << QDate(2026, 5, 29)
            << QStringList{u"2024-07-01"_s, u"2025-01-01"_s, u"2025-07-01"_s, u"2026-01-01"_s};
        QTest::newRow("five weeks") << QDate(2026, 5, 4) << QDate(2026, 6, 8) << QStringList{};
    }

    void usersChart_timeTicksOnMonthStarts()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, end);
        QFETCH(QStringList, labels);
        wizard::CutoverCharts data = chartsOf(u"cutover-blocked-milestone"_s);
        // Today's users from `first` to `end`, no step between.
        data.timeline.dates = {first};
        data.timeline.users = {data.timeline.users.first()};
        data.timeline.end = end;
        data.timeline.markers.clear();
        const auto chart = charts::buildCutoverChart(charts::CutoverChartKind::UsersOverTime, data);
        QAbstractAxis *time = nullptr;
        for (QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
            if (axis->alignment() == Qt::AlignBottom)
                time = axis;
        }
        QVERIFY(time);
        QAbstractSeries *area = chart->series().first();
        QVERIFY(area->attachedAxes().contains(time));
        if (labels.isEmpty()) {
            auto *dates = qobject_cast<QDateTimeAxis *>(time);
            QVERIFY(dates);
            QCOMPARE(dates->min().date(), first);
            QCOMPARE(dates->max().date(), end);
            return;
        }
        auto *months = qobject_cast<QCategoryAxis *>(time);
        QVERIFY2(months, time->metaObject()->className());
        QCOMPARE(months->labelsPosition(), QCategoryAxis::AxisLabelsPositionOnValue);
        QCOMPARE(months->categoriesLabels(), labels);
        // Each tick stands where the areas draw its date.
        for (const QString &label : labels)
            QCOMPARE(months->endValue(label), charts::chartTime(QDate::fromString(label, Qt::ISODate)));
        QCOMPARE(months->min(), charts::chartTime(first));
        QCOMPARE(months->max(), charts::chartTime(end));
    }

    // A cutover with nothing dated yet (waves without dates) is today's count, flat: the
    // chart says so, on the Cutover step (untitled, under its tab) and in an export.
    void usersChart_nothingDated_saysSo()
    {
        wizard::CutoverCharts data = chartsOf(u"cutover-blocked-milestone"_s);
        data.timeline.dates = {data.timeline.dates.first()};
        data.timeline.users = {data.timeline.users.first()};
        data.timeline.markers.clear();
        QCOMPARE(charts::buildCutoverChart(charts::CutoverChartKind::UsersOverTime, data, 1.0, false)->title(),
                 u"Nothing dated yet: today's users on each version"_s);
        QCOMPARE(charts::buildCutoverChart(charts::CutoverChartKind::UsersOverTime, data)->title(),
                 u"Users per Exchange version over time (nothing dated yet: today's users on each version)"_s);
        // Dated: the title alone (drawn above the steps' names, not by QChart).
        const auto dated = charts::buildCutoverChart(charts::CutoverChartKind::UsersOverTime,
                                                     chartsOf(u"cutover-blocked-milestone"_s));
        QStringList texts;
        for (QGraphicsItem *item : dated->childItems()) {
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                texts.append(text->text());
        }
        QVERIFY2(texts.contains(u"Users per Exchange version over time"_s), qPrintable(texts.join(u" | "_s)));
        QVERIFY(!texts.join(u' ').contains(u"nothing dated"_s, Qt::CaseInsensitive));
    }

    // Issue 14: the steps' names over the users chart are whole (QCategoryAxis cut them to
    // "Coexistenc..."), level, apart from each other, above the plot and under the title,
    // and inside the chart, at the window's size and in workshop type.
    void usersChart_stepNamesWholeApartAndAboveThePlot_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<qreal>("scale");
        QTest::newRow("export") << QSizeF(1000, 520) << 1.0;
        QTest::newRow("1366 workshop") << QSizeF(950, 360) << 1.5;
        QTest::newRow("narrow") << QSizeF(600, 400) << 1.0;
    }
    void usersChart_stepNamesWholeApartAndAboveThePlot()
    {
        QFETCH(QSizeF, size);
        QFETCH(qreal, scale);
        const wizard::CutoverCharts data = chartsOf(u"cutover-blocked-milestone"_s);
        QVERIFY(data.timeline.markers.size() >= 3);
        QGraphicsScene scene;
        QChart *chart = charts::buildCutoverChart(charts::CutoverChartKind::UsersOverTime, data, scale).release();
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        for (int i = 0; i < 4; ++i)
            QCoreApplication::sendPostedEvents();
        QList<QGraphicsSimpleTextItem *> texts;
        for (QGraphicsItem *item : chart->childItems()) {
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                texts.append(text);
        }
        QStringList names;
        for (const auto &m : data.timeline.markers)
            names.append(m.label);
        names.removeDuplicates();
        QStringList found;
        QRectF title;
        QList<QRectF> boxes;
        for (QGraphicsSimpleTextItem *t : std::as_const(texts)) {
            const QRectF box = t->mapRectToParent(t->boundingRect());
            if (t->text() == charts::cutoverChartTitle(charts::CutoverChartKind::UsersOverTime)) {
                title = box;
                continue;
            }
            found.append(t->text().split(u" \u00b7 "_s));
            boxes.append(box);
            QVERIFY2(QRectF(QPointF(0, 0), size).contains(box), qPrintable(t->text()));
            QVERIFY2(box.bottom() <= chart->plotArea().top(), qPrintable(t->text()));
            QCOMPARE(t->rotation(), 0.0);
            QCOMPARE(t->font().pointSizeF(), 8 * scale);
        }
        found.sort();
        names.sort();
        QCOMPARE(found, names);
        QVERIFY(!title.isEmpty()); // the title is drawn above the names
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            QVERIFY2(title.bottom() <= boxes[i].top(), qPrintable(found.value(i)));
            for (qsizetype j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes[i].intersects(boxes[j]), qPrintable(u"%1 / %2"_s.arg(i).arg(j)));
        }
        delete chart;
    }

    // Steps a day apart at the chart's right end: the last name ends at its line (over
    // the line before it), and the names are placed all the same, without overlapping
    // (the placement once looked for a row that could not exist).
    void usersChart_stepNamesCrowdedAtTheEnd_stillApart()
    {
        wizard::CutoverCharts data;
        wizard::UsersTimeline &t = data.timeline;
        const QDate start(2026, 1, 1);
        t.versions = {wizard::ExchangeVersion::Ex2010};
        t.dates = {start};
        t.users = {{100}};
        t.end = start.addDays(100);
        t.markers = {{start.addDays(97), u"Wave 9"_s, false},
                     {start.addDays(98), u"Wave 10 with a long name"_s, false},
                     {start.addDays(99), u"Public folders"_s, false},
                     {start.addDays(100), u"Legacy decommission"_s, true}};
        QGraphicsScene scene;
        QChart *chart = charts::buildCutoverChart(charts::CutoverChartKind::UsersOverTime, data).release();
        scene.addItem(chart);
        chart->setGeometry(QRectF(0, 0, 700, 420));
        for (int i = 0; i < 4; ++i)
            QCoreApplication::sendPostedEvents();
        QList<QRectF> boxes;
        for (QGraphicsItem *item : chart->childItems()) {
            auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
            if (text && text->text() != charts::cutoverChartTitle(charts::CutoverChartKind::UsersOverTime)) {
                boxes.append(text->mapRectToParent(text->boundingRect()));
                QVERIFY2(QRectF(0, 0, 700, 420).contains(boxes.last()), qPrintable(text->text()));
            }
        }
        QCOMPARE(boxes.size(), 4);
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            for (qsizetype j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes[i].intersects(boxes[j]), qPrintable(u"%1 / %2"_s.arg(i).arg(j)));
        }
        delete chart;
    }

    void waveBars_colouredByBlocked()
    {
        const wizard::CutoverCharts data = chartsOf(u"cutover-blocked-milestone"_s);
        const auto chart = charts::buildCutoverChart(charts::CutoverChartKind::UsersPerWave, data);
        auto *bars = qobject_cast<QStackedBarSeries *>(chart->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 2);
        QCOMPARE(bars->barSets()[0]->label(), u"Ready"_s);
        QCOMPARE(bars->barSets()[0]->at(0), 215.0);
        QCOMPARE(bars->barSets()[0]->at(1), 0.0);
        QCOMPARE(bars->barSets()[1]->at(0), 0.0);
        QCOMPARE(bars->barSets()[1]->at(1), 40.0);
    }

    void findingsChart_countsPerSeverity()
    {
        const wizard::CutoverCharts data = chartsOf(u"cutover-blocked-milestone"_s);
        const auto chart = charts::buildCutoverChart(charts::CutoverChartKind::FindingsAtSteps, data);
        auto *bars = qobject_cast<QStackedBarSeries *>(chart->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 3);
        for (qsizetype i = 0; i < data.findings.size(); ++i) {
            QCOMPARE(bars->barSets()[0]->at(i), qreal(data.findings[i].errors));
            QCOMPARE(bars->barSets()[1]->at(i), qreal(data.findings[i].warnings));
            QCOMPARE(bars->barSets()[2]->at(i), qreal(data.findings[i].infos));
        }
    }

    void image_isPainted()
    {
        const QImage image = charts::cutoverChartImage(charts::CutoverChartKind::UsersPerWave,
                                                       chartsOf(u"cutover-blocked-milestone"_s));
        QCOMPARE(image.size(), charts::cutoverChartSize);
        // The blocked bar's red is on the picture.
        bool red = false;
        for (int y = 0; y < image.height() && !red; y += 2) {
            for (int x = 0; x < image.width() && !red; x += 2)
                red = image.pixelColor(x, y) == QColor(0xa4, 0x26, 0x2c);
        }
        QVERIFY(red);
    }

    void export_writesEachFormat_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("magic");
        QTest::addRow("pdf") << u"pdf"_s << QByteArray("%PDF");
        QTest::addRow("png") << u"png"_s << QByteArray("\x89PNG");
        QTest::addRow("svg") << u"svg"_s << QByteArray("<?xml");
    }
    void export_writesEachFormat()
    {
        QFETCH(QString, suffix);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cutover."_s + suffix);
        const auto error = charts::exportCutoverCharts(chartsOf(u"cutover-clean"_s), u"T"_s, path);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(magic.size()) == magic);
        QVERIFY(charts::exportCutoverCharts(chartsOf(u"cutover-clean"_s), u"T"_s, dir.filePath(u"c.gif"_s)));
    }
};

QTEST_MAIN(TestCutoverCharts)
#include "tst_cutovercharts.moc"
