#include "exportpage.h"

#include "mainwindow/exportactions.h"
#include "testresultstable.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

ExportPage::ExportPage(PlanSession *session, ExportActions *exports, QWidget *parent)
    : WizardPage(session, tr("Export"),
                 tr("Take the plan to the change window: a checklist to print and sign off, and PowerShell for each "
                    "Exchange version's Management Shell. Every document reflects the plan as it is now."),
                 parent)
{
    setObjectName(u"exportPage"_s);
    auto *grid = new QGridLayout;
    const ExportActions::Document order[]
        = {ExportActions::Document::Checklist,       ExportActions::Document::ChangeScript,
           ExportActions::Document::RollbackScript,  ExportActions::Document::VerifyScript,
           ExportActions::Document::CollectorScript, ExportActions::Document::TestPlan,
           ExportActions::Document::CutoverCharts,   ExportActions::Document::CutoverCalendar};
    int row = 0;
    for (ExportActions::Document document : order) {
        QAction *action = exports->action(document);
        auto *button = new QPushButton(action->text(), this);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setAccessibleName(QString(action->text()).remove(u'&'));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        // Cmdlet names (Test-OutlookConnectivity) wrap between words, not at their hyphen.
        auto *text = new QLabel(QString(ExportActions::description(document)).replace(u'-', QChar(0x2011)), this);
        text->setAccessibleName(ExportActions::description(document));
        text->setWordWrap(true);
        grid->addWidget(button, row, 0);
        grid->addWidget(text, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    scrollingContentLayout()->addLayout(grid);
    // Issue 17: the results of the connectivity tests, kept in the plan.
    scrollingContentLayout()->addWidget(new TestResultsTable(session, this), 1);
}

} // namespace ui
