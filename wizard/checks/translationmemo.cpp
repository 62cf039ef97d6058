#include "translationmemo.h"

#include <QCoreApplication>

namespace wizard {

namespace {
thread_local TranslationMemoScope *activeScope = nullptr;
} // namespace

TranslationMemoScope::TranslationMemoScope()
    : m_enclosing(activeScope)
{
    activeScope = this;
}

TranslationMemoScope::~TranslationMemoScope()
{
    activeScope = m_enclosing;
}

QString checkText(const char *sourceText)
{
    TranslationMemoScope *scope = activeScope;
    if (!scope)
        return QCoreApplication::translate("wizard", sourceText);
    const auto it = scope->m_texts.constFind(sourceText);
    if (it != scope->m_texts.cend())
        return *it; // a shared copy, never a reference into the memo
    const QString text = QCoreApplication::translate("wizard", sourceText);
    scope->m_texts.insert(sourceText, text);
    return text;
}

QString checkVersionName(ExchangeVersion version)
{
    TranslationMemoScope *scope = activeScope;
    const auto index = static_cast<std::size_t>(version);
    if (!scope || index >= scope->m_versionNames.size()) // a version added to the enum: unmemoized
        return exchangeVersionDisplayName(version);
    QString &name = scope->m_versionNames[index];
    if (name.isEmpty())
        name = exchangeVersionDisplayName(version);
    return name;
}

} // namespace wizard
