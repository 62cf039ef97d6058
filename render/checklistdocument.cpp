#include "checklistdocument.h"

#include "checklistdiagrams.h"
#include "diagrampainter.h"
#include "textmeasure.h"

#include "exports/checklist.h"
#include "exports/checklistformats.h"
#include "exports/testplan.h"
#include "planfile/atomicwrite.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <future>

using namespace Qt::StringLiterals;

namespace render {

namespace {
enum class Format { Markdown, Html, Pdf };

std::optional<Format> formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"md"_s || suffix == u"markdown"_s)
        return Format::Markdown;
    if (suffix == u"html"_s || suffix == u"htm"_s)
        return Format::Html;
    if (suffix == u"pdf"_s)
        return Format::Pdf;
    return std::nullopt;
}

std::optional<QString> writeText(const QString &path, const QString &text)
{
    return wizard::writeFileAtomically(path, text.toUtf8());
}
} // namespace

std::optional<QString> paintChecklistDocument(const wizard::Plan &plan, const QList<wizard::Finding> &findings,
                                              const QList<wizard::Flow> &flows, QPagedPaintDevice &device,
                                              const QDate &date, const QList<FigurePage> &figures)
{
    return paintChecklist(wizard::buildChecklist(plan, findings, flows, date), device,
                          problemScenarioDiagrams(plan.topology, flows, fontTextMeasure()), figures);
}

bool isChecklistDocumentPath(const QString &path)
{
    return formatOf(path).has_value();
}

std::optional<QString> writeChecklistDocument(const wizard::Plan &plan, const QList<wizard::Finding> &findings,
                                              const QList<wizard::Flow> &flows, const QString &path, PaperSize paper,
                                              const QDate &date, const QList<FigurePage> &figures,
                                              const PageProgress &progress)
{
    const std::optional<Format> format = formatOf(path);
    if (!format) {
        return QCoreApplication::translate("render", "%1: the checklist is written as .pdf, .html or .md").arg(path);
    }
    if (*format == Format::Markdown)
        return writeText(path, wizard::checklistMarkdown(wizard::buildChecklist(plan, findings, flows, date)));

    // The diagrams of the scenarios with a problem close the document (issue 6). Laid
    // out on a second core while this one builds the checklist and counts its pages
    // (issue 19: a 1,000-server plan has hundreds of them). Both only read the plan and
    // the flows; fonts may be measured from any thread.
    std::future<QList<DiagramPage>> laidOut = std::async(std::launch::async, [&plan, &flows] {
        return problemScenarioDiagrams(plan.topology, flows, fontTextMeasure());
    });
    const wizard::Checklist list = wizard::buildChecklist(plan, findings, flows, date);
    if (*format == Format::Pdf)
        return writeChecklistPdfAwaitingDiagrams(
            list, path, paper, [&laidOut] { return laidOut.get(); }, figures, progress);

    const QList<DiagramPage> diagrams = laidOut.get();
    const TextMeasure measure = fontTextMeasure();
    QString html = wizard::checklistHtml(list, figurePagesHtml(figures));
    const qsizetype end = html.lastIndexOf(u"</body>"_s);
    if (end >= 0)
        html.insert(end, diagramPagesHtml(diagrams, measure));
    return writeText(path, html);
}

std::optional<QString> writeTestPlanDocument(const wizard::Plan &plan, const QList<wizard::Flow> &flows,
                                             const QString &path, PaperSize paper, const QDate &date)
{
    const std::optional<Format> format = formatOf(path);
    if (!format) {
        return QCoreApplication::translate("render", "%1: the test plan is written as .pdf, .html or .md").arg(path);
    }
    const wizard::Checklist list = wizard::buildTestPlan(plan, flows, date);
    switch (*format) {
    case Format::Markdown:
        return writeText(path, wizard::checklistMarkdown(list));
    case Format::Html:
        return writeText(path, wizard::checklistHtml(list));
    case Format::Pdf:
        return writeChecklistPdf(list, path, paper, {});
    }
    return std::nullopt;
}

} // namespace render
