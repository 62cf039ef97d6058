#pragma once

#include <QObject>

class QComboBox;
class QEvent;

namespace ui {

// Keeps a combo box at least as wide as its longest item's text advance. QComboBox sizes
// itself by its items' ink (boundingRect), which in large workshop type falls a few
// pixels short of the advance its label is laid out with: the end of "Errors, warnings
// and info" was clipped. Follows the combo's type, style and items on its own.
class ComboWidthFit : public QObject
{
    Q_OBJECT

public:
    explicit ComboWidthFit(QComboBox *combo);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();

    QComboBox *m_combo;
};

} // namespace ui
