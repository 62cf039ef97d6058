// The wizard window's exports and printing, driven like a user would (offscreen).
#include "windowtesting.h"

using namespace windowtest;

class TestWindowExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void exportNames_carryThePlansName()
    {
        ui::MainWindow w;
        using D = ui::ExportActions::Document;
        w.fileActions()->newPlan();
        QCOMPARE(w.exportActions()->suggestedFileName(D::Checklist), u"coexplan-checklist.pdf"_s);
        w.session()->edit(u"title"_s, [](wizard::Plan &p) { p.info.title = u"Fabrikam: HQ / 2026"_s; });
        QCOMPARE(w.exportActions()->suggestedFileName(D::ChangeScript), u"fabrikam-hq-2026-change.ps1"_s);
        QTemporaryDir dir;
        const QString saved = dir.filePath(u"contoso-before.coexplan"_s);
        QVERIFY(QFile::copy(u":/samples/contoso-before.coexplan"_s, saved));
        QVERIFY(w.fileActions()->openFile(saved));
        QCOMPARE(w.exportActions()->suggestedFileName(D::Checklist), u"contoso-before-checklist.pdf"_s);
        QCOMPARE(w.exportActions()->suggestedFileName(D::CollectorScript), u"contoso-before-collector.ps1"_s);
    }

    void exports_writeTheEngineDocuments_data()
    {
        QTest::addColumn<int>("document");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("expected");
        using D = ui::ExportActions::Document;
        QTest::addRow("checklist markdown") << int(D::Checklist) << u"list.md"_s << QByteArray("EX2010CAS");
        QTest::addRow("checklist html") << int(D::Checklist) << u"list.html"_s << QByteArray("<html");
        QTest::addRow("checklist pdf") << int(D::Checklist) << u"list.pdf"_s << QByteArray("%PDF");
        QTest::addRow("change script") << int(D::ChangeScript) << u"change.ps1"_s << QByteArray("Set-OutlookAnywhere");
        // contoso-before has error findings on values the change script would write (issue 13).
        QTest::addRow("change script refused") << int(D::ChangeScript) << u"refused.ps1"_s << QByteArray("PB-002");
        QTest::addRow("rollback script") << int(D::RollbackScript) << u"rollback.ps1"_s << QByteArray("EX2010CAS");
        QTest::addRow("verify script") << int(D::VerifyScript) << u"verify.ps1"_s << QByteArray("Get-OutlookAnywhere");
        QTest::addRow("collector") << int(D::CollectorScript) << u"collector.ps1"_s
                                   << QByteArray("Get-OutlookAnywhere");
        // Issue 16: the cutover charts alone and the calendar, as `export --cutover / --calendar`.
        QTest::addRow("cutover pdf") << int(D::CutoverCharts) << u"cutover.pdf"_s << QByteArray("%PDF");
        QTest::addRow("cutover png") << int(D::CutoverCharts) << u"cutover.png"_s << QByteArray("\x89PNG");
        QTest::addRow("cutover svg") << int(D::CutoverCharts) << u"cutover.svg"_s << QByteArray("<svg");
        QTest::addRow("calendar") << int(D::CutoverCalendar) << u"cutover.ics"_s
                                  << QByteArray("SUMMARY:Contoso: Wave 1 head office");
    }

    // A plan without a cutover plan exports no charts or calendar: the message says why.

    void cutoverExports_withoutACutoverPlan_sayWhat()
    {
        ui::MainWindow w;
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-after.coexplan"_s));
        QVERIFY(w.session()->topology().cutover.isEmpty());
        QTemporaryDir dir;
        using D = ui::ExportActions::Document;
        const auto charts = w.exportActions()->write(D::CutoverCharts, dir.filePath(u"c.pdf"_s));
        QVERIFY(charts && charts->contains(u"no cutover plan yet"_s));
        const auto calendar = w.exportActions()->write(D::CutoverCalendar, dir.filePath(u"c.ics"_s));
        QVERIFY(calendar && calendar->contains(u"no milestone or wave has a date"_s));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"c.pdf"_s)) && !QFileInfo::exists(dir.filePath(u"c.ics"_s)));
        QVERIFY(w.findChild<QAction *>(u"actionExportCutoverCharts"_s));
        QVERIFY(w.findChild<QAction *>(u"actionExportCutoverCalendar"_s));
    }

    void exports_writeTheEngineDocuments()
    {
        QFETCH(int, document);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, expected);
        ui::MainWindow w;
        const bool refused = fileName == u"refused.ps1"_s;
        const bool healthyPlan = document == int(ui::ExportActions::Document::ChangeScript) && !refused;
        QVERIFY(w.fileActions()->openFile(healthyPlan ? u":/samples/contoso-after.coexplan"_s
                                                      : u":/samples/contoso-before.coexplan"_s));
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        const auto error = w.exportActions()->write(ui::ExportActions::Document(document), path);
        if (refused) {
            QVERIFY(error && error->contains(QString::fromLatin1(expected)));
            QVERIFY(!QFileInfo::exists(path));
            return;
        }
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(expected));
        // A place that cannot be written is reported, naming the file.
        const auto failure
            = w.exportActions()->write(ui::ExportActions::Document(document), dir.filePath(u"missing/"_s + fileName));
        QVERIFY(failure && failure->contains(fileName));
    }

    // File > Print and Print Preview paint the same pages as the checklist PDF export:
    // printed here to a PDF-format printer, the page count must match.

    void printChecklist_paintsTheSamePagesAsThePdfExport()
    {
        ui::MainWindow w;
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        QAction *print = w.findChild<QAction *>(u"actionPrintChecklist"_s);
        QVERIFY(print);
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        QVERIFY(w.findChild<QAction *>(u"actionPrintPreview"_s));

        QTemporaryDir dir;
        const QString exported = dir.filePath(u"export.pdf"_s);
        QVERIFY(!w.exportActions()->write(ui::ExportActions::Document::Checklist, exported));
        QPrinter printer(QPrinter::HighResolution);
        w.exportActions()->preparePrinter(printer);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = dir.filePath(u"printed.pdf"_s);
        printer.setOutputFileName(printed);
        const auto error = w.exportActions()->printChecklist(&printer);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));

        const auto pageCount = [](const QString &path) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return -1;
            static const QRegularExpression page(u"/Type\\s*/Page[^s]"_s);
            return int(QString::fromLatin1(f.readAll()).count(page));
        };
        QVERIFY(pageCount(exported) > 3);
        QCOMPARE(pageCount(printed), pageCount(exported));
    }

    // Issue 14: File > Print Preview shows the pages of the PDF export: the same number,
    // every one at the PDF's page size (the preview draws all pages at its printer's
    // page layout after painting, so that is what it shows).

    void printPreview_showsThePdfsPagesAtThePdfsSize()
    {
        ui::MainWindow w;
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        QTemporaryDir dir;
        const QString exported = dir.filePath(u"export.pdf"_s);
        QVERIFY(!w.exportActions()->write(ui::ExportActions::Document::Checklist, exported));
        QProcess pdfinfo;
        pdfinfo.start(u"pdfinfo"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"9999"_s, exported});
        QVERIFY(pdfinfo.waitForFinished(60000));
        static const QRegularExpression sizeLine(u"^Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"_s,
                                                 QRegularExpression::MultilineOption);
        QList<QSizeF> pdfPages;
        for (const QRegularExpressionMatch &m :
             sizeLine.globalMatch(QString::fromUtf8(pdfinfo.readAllStandardOutput())))
            pdfPages.append(QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()));
        QVERIFY(pdfPages.size() > 3);

        int previewPages = -1;
        QSizeF previewPage;
        // Twice: the preview repaints (zoom, orientation buttons) on the same printer.
        for (int round = 0; round < 2; ++round) {
            // Polled: painting the cutover charts runs events before the dialog is shown.
            QTimer poll;
            poll.setInterval(20);
            connect(&poll, &QTimer::timeout, &w, [&] {
                auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
                if (!dialog || !dialog->isVisible())
                    return;
                poll.stop();
                auto *widget = dialog->findChild<QPrintPreviewWidget *>();
                widget->updatePreview();
                previewPages = widget->pageCount();
                previewPage = dialog->printer()->pageLayout().fullRectPoints().size();
                dialog->reject();
            });
            poll.start();
            w.findChild<QAction *>(u"actionPrintPreview"_s)->trigger();
            QCOMPARE(previewPages, int(pdfPages.size()));
            for (const QSizeF &page : std::as_const(pdfPages)) {
                QVERIFY2(qAbs(page.width() - previewPage.width()) < 1.5
                             && qAbs(page.height() - previewPage.height()) < 1.5,
                         qPrintable(u"PDF page %1x%2 pt, preview %3x%4 pt"_s.arg(page.width())
                                        .arg(page.height())
                                        .arg(previewPage.width())
                                        .arg(previewPage.height())));
            }
        }
    }
};

QTEST_MAIN(TestWindowExports)
#include "tst_windowexports.moc"
