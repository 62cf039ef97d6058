// TranslationMemoScope / checkText: each check sentence translated once per runChecks
// call, per thread, and never served after its scope (no stale language).
#include "checks/translationmemo.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include <atomic>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using namespace wizard;

namespace {
constexpr const char *greeting = "Outlook Anywhere is off";

// A language without a .qm file: it prefixes every "wizard" text and counts the calls.
class PrefixTranslator : public QTranslator
{
public:
    explicit PrefixTranslator(const QString &prefix)
        : m_prefix(prefix)
    { }
    QString translate(const char *context, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        if (qstrcmp(context, "wizard") != 0)
            return {};
        ++m_calls;
        return m_prefix + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
    int calls() const { return m_calls; }

private:
    QString m_prefix;
    mutable std::atomic<int> m_calls = 0;
};

// Installs a translator for the lifetime of the object.
class InstalledTranslator
{
public:
    explicit InstalledTranslator(QTranslator &t)
        : m_translator(t)
    {
        QCoreApplication::installTranslator(&m_translator);
    }
    ~InstalledTranslator() { QCoreApplication::removeTranslator(&m_translator); }
    InstalledTranslator(const InstalledTranslator &) = delete;
    InstalledTranslator &operator=(const InstalledTranslator &) = delete;

private:
    QTranslator &m_translator;
};
} // namespace

class TestTranslationMemo : public QObject
{
    Q_OBJECT

private slots:
    void withoutScope_translatesEveryCall()
    {
        PrefixTranslator german(u"de: "_s);
        const InstalledTranslator installed(german);
        QCOMPARE(checkText(greeting), u"de: Outlook Anywhere is off"_s);
        QCOMPARE(checkText(greeting), u"de: Outlook Anywhere is off"_s);
        QCOMPARE(german.calls(), 2);
    }

    void insideScope_translatesEachLiteralOnce()
    {
        PrefixTranslator german(u"de: "_s);
        const InstalledTranslator installed(german);
        const TranslationMemoScope scope;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(checkText(greeting), u"de: Outlook Anywhere is off"_s);
        QCOMPARE(checkText("Basic"), u"de: Basic"_s);
        QCOMPARE(german.calls(), 2);
    }

    void afterScope_newLanguageIsSeen()
    {
        {
            PrefixTranslator german(u"de: "_s);
            const InstalledTranslator installed(german);
            const TranslationMemoScope scope;
            QCOMPARE(checkText(greeting), u"de: Outlook Anywhere is off"_s);
        }
        PrefixTranslator french(u"fr: "_s);
        const InstalledTranslator installed(french);
        const TranslationMemoScope next;
        QCOMPARE(checkText(greeting), u"fr: Outlook Anywhere is off"_s);
        QCOMPARE(french.calls(), 1);
    }

    void nestedScope_restoresEnclosingMemoWhenClosed()
    {
        PrefixTranslator german(u"de: "_s);
        const InstalledTranslator installed(german);
        const TranslationMemoScope outer;
        QCOMPARE(checkText(greeting), u"de: Outlook Anywhere is off"_s);
        {
            const TranslationMemoScope inner;
            QCOMPARE(checkText(greeting), u"de: Outlook Anywhere is off"_s);
            QCOMPARE(german.calls(), 2); // the inner memo starts empty
        }
        QCOMPARE(checkText(greeting), u"de: Outlook Anywhere is off"_s);
        QCOMPARE(german.calls(), 2); // the outer memo is active again
    }

    void versionName_isTheDisplayName_andFollowsTheLanguageAcrossScopes()
    {
        QCOMPARE(checkVersionName(ExchangeVersion::Ex2010), exchangeVersionDisplayName(ExchangeVersion::Ex2010));
        {
            PrefixTranslator german(u"de: "_s);
            const InstalledTranslator installed(german);
            const TranslationMemoScope scope;
            QCOMPARE(checkVersionName(ExchangeVersion::Ex2016), u"de: Exchange 2016"_s);
            QCOMPARE(checkVersionName(ExchangeVersion::Ex2016), u"de: Exchange 2016"_s);
            QCOMPARE(checkVersionName(ExchangeVersion::Ex2007), u"de: Exchange 2007"_s);
            QCOMPARE(german.calls(), 2);
        }
        const TranslationMemoScope next;
        QCOMPARE(checkVersionName(ExchangeVersion::Ex2016), u"Exchange 2016"_s);
    }

    void scopeOnOneThread_isNotUsedByAnother()
    {
        auto german = std::make_unique<PrefixTranslator>(u"de: "_s);
        QCoreApplication::installTranslator(german.get());
        const TranslationMemoScope scope;
        QCOMPARE(checkText(greeting), u"de: Outlook Anywhere is off"_s);
        QCoreApplication::removeTranslator(german.get());
        // The main thread's memo still holds the German text for this call ...
        QCOMPARE(checkText(greeting), u"de: Outlook Anywhere is off"_s);
        // ... but a thread without a scope translates directly, and a thread with its
        // own scope fills its own memo.
        QString withoutScope;
        QString withOwnScope;
        std::thread worker([&] {
            withoutScope = checkText(greeting);
            const TranslationMemoScope own;
            withOwnScope = checkText(greeting);
        });
        worker.join();
        QCOMPARE(withoutScope, QString::fromUtf8(greeting));
        QCOMPARE(withOwnScope, QString::fromUtf8(greeting));
    }

    void twoThreadsWithScopes_translateConcurrently()
    {
        PrefixTranslator german(u"de: "_s);
        const InstalledTranslator installed(german);
        static const char *const texts[] = {"one", "two", "three", "four"};
        const auto work = [](QStringList &out) {
            const TranslationMemoScope scope;
            for (int round = 0; round < 2000; ++round) {
                for (const char *text : texts)
                    out.append(checkText(text));
            }
        };
        QStringList a;
        QStringList b;
        std::thread first(work, std::ref(a));
        std::thread second(work, std::ref(b));
        first.join();
        second.join();
        QCOMPARE(a.size(), 8000);
        QCOMPARE(a, b);
        QCOMPARE(a.mid(0, 4), (QStringList{u"de: one"_s, u"de: two"_s, u"de: three"_s, u"de: four"_s}));
        QCOMPARE(german.calls(), 8); // each thread translated each text once
    }
};

QTEST_GUILESS_MAIN(TestTranslationMemo)
#include "tst_translationmemo.moc"
