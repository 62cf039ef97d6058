#pragma once

#include "checklistdiagrams.h"
#include "exports/checklist.h"
#include "figurepage.h"

#include <QPagedPaintDevice>
#include <QString>

#include <functional>
#include <optional>

namespace render {

enum class PaperSize { A4, Letter };

// Told how far a long export is: `done` pages of `total` (0 while the pages are still
// being counted, then `done` is the count so far). Returning false cancels the export:
// nothing is written and the call returns checklistCancelledMessage(). Called on the
// thread that paints.
using PageProgress = std::function<bool(int done, int total)>;
QString checklistCancelledMessage();

// Paints the checklist into a PDF: a header with the plan name and date and a footer
// with "Page n of N" on every page, one table per phase whose header repeats on each
// page and whose rows never split across pages (a row that would not fit starts the
// next page). `figures` (the cutover charts) follow, then `diagrams`, one page each
// (problemScenarioDiagrams()), drawn across the portrait page: every page has the same
// size and orientation, as print preview needs.
// Returns an error message naming the file, or nullopt.
// The same pages on any paged device (a QPrinter for print and print preview). The
// device's resolution must be checklistResolution() (QPrinter::setResolution) and its
// page margins zero: the layout works in those units.
std::optional<QString> paintChecklist(const wizard::Checklist &checklist, QPagedPaintDevice &device,
                                      const QList<DiagramPage> &diagrams = {}, const QList<FigurePage> &figures = {},
                                      const PageProgress &progress = {});
// The diagrams may still be in the making on another thread: they are asked for after
// the first pass over the checklist (which counts its pages), so that the two overlap.
using DiagramSource = std::function<QList<DiagramPage>()>;
std::optional<QString> paintChecklistAwaitingDiagrams(const wizard::Checklist &checklist, QPagedPaintDevice &device,
                                                      const DiagramSource &diagrams, const QList<FigurePage> &figures,
                                                      const PageProgress &progress);
int checklistResolution();

// For the tests: paintChecklist() lays each item's text out once, and a paragraph that
// several items have word for word once for all of them, then stacks the paragraphs as a
// QTextDocument of the whole item would. The ids of the items whose paragraphs or lines
// would land elsewhere than in that one document (none, when the stacking is right).
QStringList checklistTextLayoutMismatches(const wizard::Checklist &checklist, QPagedPaintDevice &device);

std::optional<QString> writeChecklistPdf(const wizard::Checklist &checklist, const QString &path, PaperSize paper,
                                         const QList<DiagramPage> &diagrams = {}, const QList<FigurePage> &figures = {},
                                         const PageProgress &progress = {});
std::optional<QString> writeChecklistPdfAwaitingDiagrams(const wizard::Checklist &checklist, const QString &path,
                                                         PaperSize paper, const DiagramSource &diagrams,
                                                         const QList<FigurePage> &figures,
                                                         const PageProgress &progress);

} // namespace render
