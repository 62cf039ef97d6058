#pragma once

#include <QValidator>

namespace ui {

// Validates DNS host names as they are typed (RFC 1123 labels: letters, digits and
// hyphens, 1-63 characters, no leading or trailing hyphen; at most 253 characters).
// Characters that can never appear are refused; a name that could still become valid
// (a trailing dot or hyphen while typing) is Intermediate. An empty name is acceptable:
// it means "not planned".
class HostNameValidator : public QValidator
{
    Q_OBJECT

public:
    explicit HostNameValidator(QObject *parent = nullptr);

    State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
};

} // namespace ui
