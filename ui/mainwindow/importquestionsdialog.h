#pragma once

#include "imports/planimport.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QFormLayout;

namespace ui {

// The short form right after an import (issue 12, "Principle"): one question per value
// the import could not decide ("Which Exchange version is EX2010A?", "Which server is
// the record on lines 12-17?"). Every question may be skipped: the value then stays
// unknown in the plan and the checks say "cannot evaluate". The answers are import
// options, the same as the CLI's --version and --server, so they reach the plan through
// the same import (CmdletImportActions runs it again with them).
class ImportQuestionsDialog : public QDialog
{
    Q_OBJECT

public:
    ImportQuestionsDialog(const QList<wizard::ImportQuestion> &questions, QWidget *parent);

    // The answered questions as import options; skipped ones are left out.
    wizard::ImportOptions answers() const;
    bool hasAnswers() const;

    // objectName of the combo box that answers `q` (for tests and accessibility tools):
    // "versionOf:EX2010A", "serverOfRecord:oa.txt:12".
    static QString fieldName(const wizard::ImportQuestion &q);

private:
    struct Row
    {
        wizard::ImportQuestion question;
        QComboBox *answer = nullptr;
    };
    QComboBox *addVersionQuestion(const wizard::ImportQuestion &q);
    QComboBox *addRecordQuestion(const wizard::ImportQuestion &q);

    QList<Row> m_rows;
    QFormLayout *m_form = nullptr;
};

} // namespace ui
