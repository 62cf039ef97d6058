#pragma once

#include <QByteArray>
#include <QString>

namespace render {

// The one XML escaping of CoexPlan's SVG output: & < > " ' and CR become entities
// (a parser would read a raw CR as a line feed), and what
// XML 1.0 cannot hold at all (C0 control characters other than tab, line feed and
// carriage return, lone surrogates, U+FFFE/U+FFFF) becomes U+FFFD.
QString xmlEscaped(const QString &text);

// QSvgGenerator (Qt 6.4) writes <title> and <desc> unescaped and passes control
// characters of painted text through: the SVG then carries markup from the plan or is
// not well-formed. This takes its output (generated without setTitle() and
// setDescription()), puts `title` and `description` in through xmlEscaped() and
// replaces the control characters, so that every SVG CoexPlan writes parses as XML.
QByteArray wellFormedSvg(const QByteArray &generated, const QString &title, const QString &description);

} // namespace render
