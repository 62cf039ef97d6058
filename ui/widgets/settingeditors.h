#pragma once

#include "topology/authmethod.h"
#include "topology/setting.h"

#include <QComboBox>
#include <QLineEdit>
#include <QWidget>

class QCheckBox;

namespace ui {

// Editors for three-state values (RULEBOOK §1): each shows "unknown" distinctly from an
// empty or false value, and is disabled with "not applicable" when the field does not
// exist on the server's version. They emit edited() only for user changes.

// A combo box as wide as the value it shows (at least a short value's width), so that a
// long state such as "Not known yet" is never cut and the choices in the list
// ("Not applicable to this version") do not widen every row of a table of servers.
class ValueCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit ValueCombo(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
};

class TriStateBoolCombo : public ValueCombo
{
    Q_OBJECT

public:
    explicit TriStateBoolCombo(QWidget *parent = nullptr);
    void setSetting(const wizard::Setting<bool> &value);

Q_SIGNALS:
    void edited(const wizard::Setting<bool> &value);
};

// Outlook Anywhere client authentication: unknown, Basic, Ntlm or Negotiate (F11).
class AuthMethodCombo : public ValueCombo
{
    Q_OBJECT

public:
    explicit AuthMethodCombo(QWidget *parent = nullptr);
    void setSetting(const wizard::Setting<wizard::AuthMethod> &value);

Q_SIGNALS:
    void edited(const wizard::Setting<wizard::AuthMethod> &value);
};

// IISAuthenticationMethods: Basic / Ntlm / Negotiate check boxes plus "Not known yet".
// Other methods an import recorded are kept untouched.
class AuthMethodSetEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AuthMethodSetEditor(QWidget *parent = nullptr);
    void setSetting(const wizard::Setting<wizard::AuthMethodSet> &value);
    QCheckBox *methodBox(wizard::AuthMethod method) const;
    QCheckBox *unknownBox() const { return m_unknown; }

Q_SIGNALS:
    void edited(const wizard::Setting<wizard::AuthMethodSet> &value);

private:
    void userChanged();

    QList<QCheckBox *> m_boxes; // Basic, Ntlm, Negotiate
    QCheckBox *m_unknown;
    wizard::Setting<wizard::AuthMethodSet> m_value;
};

// A text value: typing makes it known (possibly empty); the trailing action marks it
// unknown again. Unknown shows an italic "unknown" placeholder, known-empty "(none)".
class SettingLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit SettingLineEdit(QWidget *parent = nullptr);
    void setSetting(const wizard::Setting<QString> &value);
    // Wide enough for the value (a host name such as ex2013cas.contoso.local shown
    // whole, in workshop type too), up to about MaxShownCharacters (a longer URL scrolls
    // in its field rather than squeeze the table beside it); never less than Qt's.
    QSize sizeHint() const override;
    static constexpr int MaxShownCharacters = 26;

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void edited(const wizard::Setting<QString> &value);

private:
    void showState(wizard::SettingState state);

    QAction *m_markUnknown;
    wizard::SettingState m_state = wizard::SettingState::Unknown;
};

} // namespace ui
