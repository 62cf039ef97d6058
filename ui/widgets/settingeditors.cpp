#include "settingeditors.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
QString unknownLabel()
{
    return QCoreApplication::translate("ui", "Not known yet");
}
QString notApplicableLabel()
{
    return QCoreApplication::translate("ui", "Not applicable to this version");
}

// Index 0 is always "unknown"; a trailing disabled "not applicable" item is selected
// (and the combo disabled) when the field does not exist on the version.
void selectState(QComboBox *combo, wizard::SettingState state, int knownIndex)
{
    const QSignalBlocker blocker(combo);
    const int naIndex = combo->count() - 1;
    combo->setEnabled(state != wizard::SettingState::NotApplicable);
    if (state == wizard::SettingState::NotApplicable)
        combo->setCurrentIndex(naIndex);
    else if (state == wizard::SettingState::Unknown)
        combo->setCurrentIndex(0);
    else
        combo->setCurrentIndex(knownIndex);
    const bool italic = state != wizard::SettingState::Known;
    if (combo->font().italic() != italic) {
        QFont font;
        font.setItalic(italic); // only the style: the size follows the window (workshop mode)
        combo->setFont(font);
    }
}

const wizard::AuthMethod editableMethods[]
    = {wizard::AuthMethod::Basic, wizard::AuthMethod::Ntlm, wizard::AuthMethod::Negotiate};
} // namespace

ValueCombo::ValueCombo(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(10);
    // Another value shown (by the user, an undo or a refresh): another width.
    connect(this, &QComboBox::currentIndexChanged, this, [this] { updateGeometry(); });
}

QSize ValueCombo::sizeHint() const
{
    QSize hint = QComboBox::sizeHint(); // minimumContentsLength characters wide
    QStyleOptionComboBox opt;
    initStyleOption(&opt);
    const QSize text(fontMetrics().horizontalAdvance(currentText()), fontMetrics().height());
    hint.setWidth(qMax(hint.width(), style()->sizeFromContents(QStyle::CT_ComboBox, &opt, text, this).width()));
    return hint;
}

QSize ValueCombo::minimumSizeHint() const
{
    return sizeHint();
}

void ValueCombo::changeEvent(QEvent *event)
{
    QComboBox::changeEvent(event);
    // Italic for an unknown value, larger type in workshop mode: the text's width changes.
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}

TriStateBoolCombo::TriStateBoolCombo(QWidget *parent)
    : ValueCombo(parent)
{
    addItems({unknownLabel(), tr("Yes"), tr("No"), notApplicableLabel()});
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (index == 0)
            Q_EMIT edited(wizard::Setting<bool>::unknown());
        else if (index == 1 || index == 2)
            Q_EMIT edited(wizard::Setting<bool>(index == 1));
    });
}

void TriStateBoolCombo::setSetting(const wizard::Setting<bool> &value)
{
    selectState(this, value.state(), value.value() ? 1 : 2);
}

AuthMethodCombo::AuthMethodCombo(QWidget *parent)
    : ValueCombo(parent)
{
    addItem(unknownLabel());
    for (wizard::AuthMethod m : editableMethods)
        addItem(wizard::authMethodDisplayName(m));
    addItem(notApplicableLabel());
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (index == 0)
            Q_EMIT edited(wizard::Setting<wizard::AuthMethod>::unknown());
        else if (index <= 3)
            Q_EMIT edited(wizard::Setting<wizard::AuthMethod>(editableMethods[index - 1]));
    });
}

void AuthMethodCombo::setSetting(const wizard::Setting<wizard::AuthMethod> &value)
{
    int known = 0;
    for (int i = 0; i < 3; ++i) {
        if (value.isKnown() && value.value() == editableMethods[i])
            known = i + 1;
    }
    // A known method the combo cannot offer (e.g. Digest from an import) stays visible.
    if (value.isKnown() && known == 0) {
        const QSignalBlocker blocker(this);
        setItemText(0, wizard::authMethodDisplayName(value.value()));
    } else {
        setItemText(0, unknownLabel());
    }
    selectState(this, value.state(), known);
    updateGeometry(); // item 0's text may have changed while it was shown
}

AuthMethodSetEditor::AuthMethodSetEditor(QWidget *parent)
    : QWidget(parent)
    // Not a method: the state of the whole setting ("Not known yet" in the combos).
    , m_unknown(new QCheckBox(tr("Not known yet"), this))
{
    // Two by two, so that the editor stays narrow beside a table or in workshop mode.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (wizard::AuthMethod m : editableMethods) {
        auto *box = new QCheckBox(wizard::authMethodDisplayName(m), this);
        box->setObjectName(wizard::authMethodToken(m));
        box->setAccessibleName(tr("IIS authentication method %1").arg(wizard::authMethodDisplayName(m)));
        box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // clicks beside the label do nothing
        connect(box, &QCheckBox::clicked, this, &AuthMethodSetEditor::userChanged);
        layout->addWidget(box, int(m_boxes.size()) / 2, int(m_boxes.size()) % 2);
        m_boxes.append(box);
    }
    m_unknown->setObjectName(u"unknown"_s);
    m_unknown->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_unknown->setAccessibleName(tr("IIS authentication methods not known yet"));
    m_unknown->setToolTip(tr("The IIS authentication methods are not known yet: the checks that need them say so."));
    connect(m_unknown, &QCheckBox::clicked, this, &AuthMethodSetEditor::userChanged);
    layout->addWidget(m_unknown, 1, 1);
    // As wide as its boxes: its marker (MarkedField) sits next to them.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    setFocusProxy(m_boxes.first());
}

QCheckBox *AuthMethodSetEditor::methodBox(wizard::AuthMethod method) const
{
    for (int i = 0; i < 3; ++i) {
        if (editableMethods[i] == method)
            return m_boxes.at(i);
    }
    return nullptr;
}

void AuthMethodSetEditor::setSetting(const wizard::Setting<wizard::AuthMethodSet> &value)
{
    m_value = value;
    const bool na = value.isNotApplicable();
    setEnabled(!na);
    m_unknown->setChecked(value.isUnknown());
    for (int i = 0; i < 3; ++i) {
        m_boxes[i]->setEnabled(value.isKnown());
        m_boxes[i]->setChecked(value.isKnown() && value.value().contains(editableMethods[i]));
    }
}

void AuthMethodSetEditor::userChanged()
{
    if (m_unknown->isChecked()) {
        Q_EMIT edited(wizard::Setting<wizard::AuthMethodSet>::unknown());
        return;
    }
    wizard::AuthMethodSet set = m_value.isKnown() ? m_value.value() : wizard::AuthMethodSet{};
    for (int i = 0; i < 3; ++i) {
        if (m_boxes[i]->isChecked())
            set.insert(editableMethods[i]);
        else
            set.remove(editableMethods[i]);
    }
    Q_EMIT edited(wizard::Setting<wizard::AuthMethodSet>(set));
}

SettingLineEdit::SettingLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_markUnknown(new QAction(this))
{
    // A question mark, as the diagrams draw an unknown value (Fusion's reset icon is a
    // broom, which said nothing about "unknown").
    m_markUnknown->setIcon(style()->standardIcon(QStyle::SP_MessageBoxQuestion));
    m_markUnknown->setToolTip(tr("Mark as not known yet"));
    addAction(m_markUnknown, QLineEdit::TrailingPosition);
    connect(m_markUnknown, &QAction::triggered, this, [this] { Q_EMIT edited(wizard::Setting<QString>::unknown()); });
    connect(this, &QLineEdit::textEdited, this,
            [this](const QString &text) { Q_EMIT edited(wizard::Setting<QString>(text)); });
    connect(this, &QLineEdit::textChanged, this, [this] { updateGeometry(); });
}

QSize SettingLineEdit::sizeHint() const
{
    QSize hint = QLineEdit::sizeHint();
    const QString shown = text().isEmpty() ? placeholderText() : text();
    const QFontMetrics metrics = fontMetrics();
    const int textWidth
        = std::min(metrics.horizontalAdvance(shown), metrics.horizontalAdvance(QString(MaxShownCharacters, u'x')));
    // The text, the trailing action's button (as QLineEdit sizes its side widgets: the
    // icon, 6 px and the margin) and the frame.
    const int action = m_markUnknown->isVisible() ? style()->pixelMetric(QStyle::PM_LineEditIconSize, nullptr, this) + 6
            + style()->pixelMetric(QStyle::PM_LineEditIconMargin, nullptr, this)
                                                  : 0;
    QStyleOptionFrame opt;
    initStyleOption(&opt);
    const QSize contents(textWidth + action + 2 * 2 + 2, metrics.height());
    hint.setWidth(std::max(hint.width(), style()->sizeFromContents(QStyle::CT_LineEdit, &opt, contents, this).width()));
    return hint;
}

void SettingLineEdit::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}

void SettingLineEdit::setSetting(const wizard::Setting<QString> &value)
{
    if (value.isKnown() && text() != value.value()) {
        const int cursor = cursorPosition();
        setText(value.value());
        setCursorPosition(cursor);
    } else if (!value.isKnown() && !text().isEmpty()) {
        clear();
    }
    showState(value.state());
}

void SettingLineEdit::showState(wizard::SettingState state)
{
    m_state = state;
    setEnabled(state != wizard::SettingState::NotApplicable);
    m_markUnknown->setVisible(state == wizard::SettingState::Known);
    switch (state) {
    case wizard::SettingState::Unknown:
        setPlaceholderText(unknownLabel());
        break;
    case wizard::SettingState::Known:
        setPlaceholderText(tr("(none)"));
        break;
    case wizard::SettingState::NotApplicable:
        setPlaceholderText(notApplicableLabel());
        break;
    }
    const bool italic = state != wizard::SettingState::Known;
    if (font().italic() != italic) {
        QFont f;
        f.setItalic(italic);
        setFont(f);
    }
}

} // namespace ui
