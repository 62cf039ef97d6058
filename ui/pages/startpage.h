#pragma once

#include "wizardpage.h"

class QListWidget;

namespace ui {

// Where a plan begins: a new plan, an existing file, a recent file or a bundled sample.
class StartPage : public WizardPage
{
    Q_OBJECT

public:
    explicit StartPage(PlanSession *session, QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);
    // The samples bundled as resources (":/samples/*.coexplan").
    static QStringList bundledSamples();
    // The title a plan file gives itself (info.title), else its file name without the
    // extension.
    static QString planTitleOf(const QString &path);

Q_SIGNALS:
    void newPlanRequested();
    void openRequested();
    void importRequested();
    void openFileRequested(const QString &path);

private:
    QListWidget *m_samples;
    QListWidget *m_recent;
};

} // namespace ui
