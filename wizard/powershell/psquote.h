#pragma once

#include <QString>
#include <QStringView>

namespace wizard {

// The one function that puts a plan value into PowerShell: a single-quoted string
// literal. Inside single quotes PowerShell treats ' and the typographic quotes
// U+2018..U+201B alike as quote characters, and a doubled quote is a literal one, so
// each of them is doubled. Nothing else is special inside single quotes ($, `, ;, "
// and newlines are literal).
QString psQuote(QStringView value);

// A PowerShell boolean token: $true / $false.
QString psBool(bool value);

// Comment text for generated PowerShell: one line, whatever the input holds (a plan
// value in a comment must not be able to end the comment and start a command).
QString psCommentText(const QString &text);

} // namespace wizard
