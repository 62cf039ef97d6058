#pragma once

#include "topology/exchangeversion.h"

#include <QHash>
#include <QString>

#include <array>
#include <iterator>

namespace wizard {

// The translated check texts of one runChecks call, so that a sentence a rule emits for
// a thousand servers is looked up in the translators once, not a thousand times.
//
// A scope is active on the thread that opened it, and only there (a thread_local
// pointer), so two threads that run rules at once each use their own memo and never
// share a QHash. The memo lives no longer than the scope: a language installed between
// two calls is seen by the next call, never hidden behind texts memoized earlier.
// Scopes nest; the inner one is used until it closes.
class TranslationMemoScope
{
public:
    TranslationMemoScope();
    ~TranslationMemoScope();
    TranslationMemoScope(const TranslationMemoScope &) = delete;
    TranslationMemoScope &operator=(const TranslationMemoScope &) = delete;

private:
    friend QString checkText(const char *sourceText);

    // exchangeVersionDisplayName(version), memoized the same way ("Exchange 2010").
    QString checkVersionName(ExchangeVersion version);
    friend QString checkVersionName(ExchangeVersion version);
    QHash<const char *, QString> m_texts; // keyed by the literal's address
    std::array<QString, std::size(allExchangeVersions)> m_versionNames; // by ExchangeVersion; empty until first asked
    TranslationMemoScope *m_enclosing;
};

// QCoreApplication::translate("wizard", sourceText). With a scope active on this thread
// the result is memoized in it, keyed by the address of `sourceText`, which must
// therefore be a string literal (static storage, never reused for another text).
// Without a scope it translates directly.
QString checkText(const char *sourceText);

// exchangeVersionDisplayName(version), memoized the same way ("Exchange 2010").
QString checkVersionName(ExchangeVersion version);

} // namespace wizard
