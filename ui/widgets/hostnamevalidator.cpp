#include "hostnamevalidator.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {
bool isLabelCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
}
} // namespace

HostNameValidator::HostNameValidator(QObject *parent)
    : QValidator(parent)
{ }

QValidator::State HostNameValidator::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos);
    if (input.isEmpty())
        return Acceptable;
    if (input.size() > 253)
        return Invalid;
    State state = Acceptable;
    const QStringList labels = input.split(u'.');
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString &label = labels.at(i);
        if (label.isEmpty()) {
            // "mail." while typing; ".." or a leading dot can never become valid.
            if (i == labels.size() - 1 && i > 0)
                state = Intermediate;
            else
                return Invalid;
            continue;
        }
        if (label.size() > 63)
            return Invalid;
        for (QChar c : label) {
            if (!isLabelCharacter(c))
                return Invalid;
        }
        if (label.startsWith(u'-'))
            return Invalid;
        if (label.endsWith(u'-'))
            state = Intermediate;
    }
    return state;
}

void HostNameValidator::fixup(QString &input) const
{
    input = input.trimmed();
    while (input.endsWith(u'.') || input.endsWith(u'-'))
        input.chop(1);
}

} // namespace ui
