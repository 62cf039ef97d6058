#pragma once

#include "checklistpdf.h"

#include "checks/finding.h"
#include "flows/flow.h"
#include "topology/topology.h"

#include <QDate>
#include <QString>

#include <optional>

namespace render {

// The checklist document as the CLI (`export --checklist`) and the wizard's File >
// Export both write it: the engine's checklist for the plan, followed (HTML, PDF) by the
// diagrams of the scenarios with a problem. `figures` are the cutover charts (painted by
// the charts target): pages of the PDF, images after the schedule in the HTML. The format follows the file suffix: .md /
// .markdown, .html / .htm or .pdf. Written atomically; returns an error message naming
// the file, or nullopt on success.
std::optional<QString> writeChecklistDocument(const wizard::Plan &plan, const QList<wizard::Finding> &findings,
                                              const QList<wizard::Flow> &flows, const QString &path, PaperSize paper,
                                              const QDate &date, const QList<FigurePage> &figures = {},
                                              const PageProgress &progress = {}); // PDF pages

// The same document painted on a paged device (a QPrinter for print and print preview;
// see paintChecklist() for the device's resolution and margins).
std::optional<QString> paintChecklistDocument(const wizard::Plan &plan, const QList<wizard::Finding> &findings,
                                              const QList<wizard::Flow> &flows, QPagedPaintDevice &device,
                                              const QDate &date, const QList<FigurePage> &figures = {});

// The connectivity test plan (wizard::buildTestPlan) as its own document, in the format
// of the suffix (.md, .html or .pdf), written atomically; an error naming the file, or
// nullopt.
std::optional<QString> writeTestPlanDocument(const wizard::Plan &plan, const QList<wizard::Flow> &flows,
                                             const QString &path, PaperSize paper, const QDate &date);

// Whether `path` has a suffix writeChecklistDocument() understands.
bool isChecklistDocumentPath(const QString &path);

} // namespace render
