#include "importquestionsdialog.h"

#include "topology/exchangeversion.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

ImportQuestionsDialog::ImportQuestionsDialog(const QList<wizard::ImportQuestion> &questions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"importQuestionsDialog"_s);
    setWindowTitle(tr("Complete the import"));
    // Workshop mode's large type is the window's font: the form follows it.
    setAttribute(Qt::WA_WindowPropagation);
    auto *intro = new QLabel(tr("The import could not decide the values below. Answer what you know; what you "
                                "skip stays unknown in the plan, and the checks say \"cannot evaluate\" where it "
                                "matters. You can also answer later in the Servers steps."),
                             this);
    intro->setWordWrap(true);
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const wizard::ImportQuestion &q : questions) {
        QComboBox *answer
            = q.kind == wizard::ImportQuestion::Kind::ServerVersion ? addVersionQuestion(q) : addRecordQuestion(q);
        answer->setObjectName(fieldName(q));
        m_rows.append(Row{q, answer});
    }
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *apply = buttons->addButton(tr("&Apply answers"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(u"applyImportAnswers"_s);
    apply->setDefault(true); // Enter applies, Esc skips
    QPushButton *skip = buttons->addButton(tr("&Skip (leave unknown)"), QDialogButtonBox::RejectRole);
    skip->setObjectName(u"skipImportQuestions"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    if (!m_rows.isEmpty())
        m_rows.first().answer->setFocus(Qt::OtherFocusReason);
}

QString ImportQuestionsDialog::fieldName(const wizard::ImportQuestion &q)
{
    if (q.kind == wizard::ImportQuestion::Kind::ServerVersion)
        return u"versionOf:"_s + q.server;
    return u"serverOfRecord:%1:%2"_s.arg(q.where.file).arg(q.where.line);
}

QComboBox *ImportQuestionsDialog::addVersionQuestion(const wizard::ImportQuestion &q)
{
    auto *combo = new QComboBox(this);
    // Never pre-filled: a version the input does not show is never guessed (RULEBOOK §6).
    for (wizard::ExchangeVersion v : wizard::allExchangeVersions) {
        combo->addItem(v == wizard::ExchangeVersion::Unknown ? tr("Unknown (skip)")
                                                             : wizard::exchangeVersionDisplayName(v),
                       wizard::exchangeVersionToken(v));
    }
    auto *label = new QLabel(tr("Which Exchange version is <b>%1</b>? <small>(%2)</small>")
                                 .arg(q.server.toHtmlEscaped(), q.where.toString().toHtmlEscaped()),
                             this);
    label->setBuddy(combo);
    combo->setAccessibleName(tr("Exchange version of %1").arg(q.server));
    m_form->addRow(label, combo);
    return combo;
}

QComboBox *ImportQuestionsDialog::addRecordQuestion(const wizard::ImportQuestion &q)
{
    auto *combo = new QComboBox(this);
    combo->setEditable(true); // a server the input does not name can be typed
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString()); // empty: skipped, the record stays out of the plan
    QStringList names = q.candidates;
    if (!q.suggestion.isEmpty()) {
        names.removeAll(q.suggestion);
        names.prepend(q.suggestion);
    }
    combo->addItems(names);
    if (!q.suggestion.isEmpty())
        combo->setCurrentIndex(1);
    combo->lineEdit()->setPlaceholderText(tr("skip: leave it out of the plan"));
    const QString place = tr("lines %1-%2 of %3").arg(q.where.line).arg(q.lastLine).arg(q.where.file);
    auto *label = new QLabel(tr("Which server is the Outlook Anywhere record on %1?").arg(place.toHtmlEscaped()), this);
    label->setWordWrap(true);
    label->setBuddy(combo);
    combo->setAccessibleName(tr("Server of the record on %1").arg(place));
    if (!q.suggestion.isEmpty())
        combo->setToolTip(tr("%1 is offered first: it is the only Client Access server in the input without an "
                             "Outlook Anywhere record.")
                              .arg(q.suggestion));
    m_form->addRow(label, combo);
    return combo;
}

wizard::ImportOptions ImportQuestionsDialog::answers() const
{
    wizard::ImportOptions options;
    for (const Row &row : m_rows) {
        if (row.question.kind == wizard::ImportQuestion::Kind::ServerVersion) {
            const auto v = wizard::parseExchangeVersionToken(row.answer->currentData().toString());
            if (v && *v != wizard::ExchangeVersion::Unknown)
                options.versions.append({row.question.server, *v});
        } else {
            const QString server = row.answer->currentText().trimmed();
            if (!server.isEmpty())
                options.recordServers.append({row.question.where, server});
        }
    }
    return options;
}

bool ImportQuestionsDialog::hasAnswers() const
{
    const wizard::ImportOptions a = answers();
    return !a.versions.isEmpty() || !a.recordServers.isEmpty();
}

} // namespace ui
