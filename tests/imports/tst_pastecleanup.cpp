// wizard/imports/pastecleanup: each kind of noise that mail clients, ticket systems,
// forums and editors add around console output (issue 12, shape 6) is undone or blanked,
// line numbers stay those of the input, and a data line is never altered.
#include "imports/pastecleanup.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The cleaned lines, joined with '\n' (blank lines kept, so positions are visible).
QString cleaned(const QStringList &input, QList<int> *markupLines = nullptr)
{
    QStringList lines = input;
    const QList<wizard::UnplacedLine> markup = wizard::cleanPastedLines(lines);
    if (markupLines) {
        markupLines->clear();
        for (const wizard::UnplacedLine &m : markup) {
            if (m.kind == wizard::UnplacedKind::Markup)
                markupLines->append(m.line);
        }
    }
    if (lines.size() != input.size())
        return u"<line count changed: %1 -> %2>"_s.arg(input.size()).arg(lines.size());
    return lines.join(u'\n');
}

// Data lines as the console prints them: values with every character that the cleanup
// treats specially somewhere else (backslash, '#', '-', '*', digits, braces, '|').
const QStringList dataLines = {
    u"ServerName                         : EX2010A"_s,
    u"ExternalHostname                   : mail.contoso.com"_s,
    u"IISAuthenticationMethods           : {Basic, Ntlm}"_s,
    u"Identity                           : EX2010A\\Rpc (Default Web Site)"_s,
    u"Path                               : C:\\Program Files\\Microsoft\\Exchange Server\\V14\\_x"_s,
    u"AdminDisplayVersion                : Version 14.3 (Build 123.4)"_s,
    u"Comment                            : #1 - see ticket *42* | {x}"_s,
    u"WhenChanged                        : 03.12.2026 14:05:11"_s,
    u"Site                               : contoso.com/Configuration/Sites/Default-First-Site-Name"_s,
};
} // namespace

class TestPasteCleanup : public QObject
{
    Q_OBJECT

private slots:
    void noise_isUndoneOrBlanked_data()
    {
        QTest::addColumn<QStringList>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QList<int>>("markup");

        QTest::addRow("non-breaking spaces used for alignment")
            << QStringList{u"Name\u00A0\u00A0\u00A0: EX1"_s} << u"Name   : EX1"_s << QList<int>{};
        QTest::addRow("ideographic and narrow spaces")
            << QStringList{u"Name\u3000\u202F: EX1"_s} << u"Name  : EX1"_s << QList<int>{};
        QTest::addRow("tab and zero-width space")
            << QStringList{u"Name\t:\u200B EX1"_s} << u"Name : EX1"_s << QList<int>{};
        QTest::addRow("trailing spaces") << QStringList{u"Name : EX1\u00A0  "_s} << u"Name : EX1"_s << QList<int>{};
        QTest::addRow("Markdown escapes of the prompt and underscores")
            << QStringList{u"\\[PS\\] C:\\Windows\\system32>Get-ExchangeServer"_s, u"Name : EX\\_2010"_s}
            << u"[PS] C:\\Windows\\system32>Get-ExchangeServer\nName : EX_2010"_s << QList<int>{};
        QTest::addRow("Markdown fences are blanked")
            << QStringList{u"```powershell"_s, u"Name : EX1"_s, u"```"_s} << u"\nName : EX1\n"_s << QList<int>{1, 3};
        QTest::addRow("tilde fences are blanked")
            << QStringList{u"~~~"_s, u"Name : EX1"_s, u"~~~"_s} << u"\nName : EX1\n"_s << QList<int>{1, 3};
        QTest::addRow("<# ... #> comment block over several lines")
            << QStringList{u"<# collected by the admin"_s, u"   on 2026-12-01 #>"_s, u"Name : EX1"_s}
            << u"\n\nName : EX1"_s << QList<int>{1, 2};
        QTest::addRow("one-line <# #> comment")
            << QStringList{u"<# EX1 only #>"_s, u"Name : EX1"_s} << u"\nName : EX1"_s << QList<int>{1};
        QTest::addRow("a lone #> end marker is not a server")
            << QStringList{u"#>"_s, u"Name : EX1"_s} << u"\nName : EX1"_s << QList<int>{1};
        QTest::addRow("PowerShell line comment")
            << QStringList{u"# from the 2010 shell"_s, u"Name : EX1"_s} << u"\nName : EX1"_s << QList<int>{1};
        QTest::addRow("list prefixes") << QStringList{u"- Name : EX1"_s, u"* Fqdn : ex1.contoso.com"_s,
                                                      u"\u2022 ServerRole : Mailbox"_s}
                                       << u"Name : EX1\nFqdn : ex1.contoso.com\nServerRole : Mailbox"_s << QList<int>{};
        QTest::addRow("line numbers of an editor")
            << QStringList{u"1: Name : EX1"_s, u"2: Fqdn : ex1.contoso.com"_s, u"3"_s, u"4| ServerRole : Mailbox"_s}
            << u"Name : EX1\nFqdn : ex1.contoso.com\n\nServerRole : Mailbox"_s << QList<int>{};
        QTest::addRow("numbered with dots and parentheses")
            << QStringList{u"10. Name : EX1"_s, u"11) Fqdn : ex1.contoso.com"_s, u"12 ServerRole : Mailbox"_s}
            << u"Name : EX1\nFqdn : ex1.contoso.com\nServerRole : Mailbox"_s << QList<int>{};
        QTest::addRow("common indentation of a quoted block")
            << QStringList{u"    Name : EX1"_s, u""_s, u"    Fqdn : ex1.contoso.com"_s}
            << u"Name : EX1\n\nFqdn : ex1.contoso.com"_s << QList<int>{};
        QTest::addRow("collector markers are left alone")
            << QStringList{u"#coexplan-begin Get-ExchangeServer"_s, u"Name : EX1"_s}
            << u"#coexplan-begin Get-ExchangeServer\nName : EX1"_s << QList<int>{};
    }
    void noise_isUndoneOrBlanked()
    {
        QFETCH(QStringList, input);
        QFETCH(QString, expected);
        QFETCH(QList<int>, markup);
        QList<int> markupLines;
        QCOMPARE(cleaned(input, &markupLines), expected);
        QCOMPARE(markupLines, markup);
    }

    // Issue 12, item 5: the un-escape dropped the backslash of a real path.
    void markdownUnescape_keepsRealBackslashes_data()
    {
        QTest::addColumn<QStringList>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("path in a text with escaped prompt, backslashes not escaped")
            << QStringList{u"\\[PS\\] C:\\>Get-Foo"_s, u"Path : C:\\_x"_s} << u"[PS] C:\\>Get-Foo\nPath : C:\\_x"_s;
        QTest::addRow("escaped backslash before an escaped underscore")
            << QStringList{u"\\[PS\\] C:\\\\>Get-Foo"_s, u"Path : C:\\\\\\_x"_s}
            << u"[PS] C:\\>Get-Foo\nPath : C:\\_x"_s;
        QTest::addRow("escaped backslash before a plain underscore")
            << QStringList{u"Name : EX\\_1"_s, u"Path : C:\\\\_x"_s} << u"Name : EX_1\nPath : C:\\_x"_s;
        QTest::addRow("path with several segments")
            << QStringList{u"Name : EX\\_1"_s, u"Path : D:\\Exchange\\_logs\\_old"_s}
            << u"Name : EX_1\nPath : D:\\Exchange\\_logs\\_old"_s;
        QTest::addRow("escape right after a path token still undone")
            << QStringList{u"Path : C:\\_x EX\\_1"_s} << u"Path : C:\\_x EX_1"_s;
    }
    void markdownUnescape_keepsRealBackslashes()
    {
        QFETCH(QStringList, input);
        QFETCH(QString, expected);
        QCOMPARE(cleaned(input), expected);
    }

    // Data lines alone, and data lines between every kind of noise: each data line comes
    // out exactly as it went in, at the same line number.
    void dataLines_areNeverAltered_data()
    {
        QTest::addColumn<QStringList>("noiseBefore");
        QTest::addColumn<QStringList>("noiseAfter");
        QTest::addRow("no noise") << QStringList{} << QStringList{};
        QTest::addRow("fences") << QStringList{u"```"_s} << QStringList{u"```"_s};
        QTest::addRow("comment block") << QStringList{u"<#"_s, u"pasted by the admin"_s, u"#>"_s}
                                       << QStringList{u"# end"_s};
        QTest::addRow("lone end marker") << QStringList{u"#>"_s} << QStringList{};
        QTest::addRow("prompt and command") << QStringList{u"[PS] C:\\Windows\\system32>Get-OutlookAnywhere | fl"_s}
                                            << QStringList{u"[PS] C:\\Windows\\system32>"_s};
        QTest::addRow("blank lines") << QStringList{u""_s, u""_s} << QStringList{u""_s};
    }
    void dataLines_areNeverAltered()
    {
        QFETCH(QStringList, noiseBefore);
        QFETCH(QStringList, noiseAfter);
        const QStringList input = noiseBefore + dataLines + noiseAfter;
        QStringList lines = input;
        wizard::cleanPastedLines(lines);
        QCOMPARE(lines.size(), input.size());
        for (qsizetype i = 0; i < dataLines.size(); ++i)
            QCOMPARE(lines.at(noiseBefore.size() + i), dataLines.at(i));
    }

    void commandLines_areRecognised_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("isCommand");
        QTest::addRow("piped to fl") << u"Get-OutlookAnywhere | fl"_s << true;
        QTest::addRow("with a server and a property list")
            << u"Get-ExchangeServer EX1 | Format-List Name,*Version*"_s << true;
        QTest::addRow("alone") << u"Get-ClientAccessServer"_s << true;
        QTest::addRow("a property line") << u"Name : EX1"_s << false;
        QTest::addRow("a hyphenated value") << u"Default-First-Site-Name"_s << false;
        QTest::addRow("PowerShell's error record")
            << u"Get-Foo : The term 'Get-Foo' is not recognized as the name of a cmdlet"_s << false;
        QTest::addRow("lower-case verb") << u"get-outlookanywhere"_s << false;
    }
    void commandLines_areRecognised()
    {
        QFETCH(QString, line);
        QFETCH(bool, isCommand);
        QCOMPARE(wizard::isCommandLine(line), isCommand);
    }
};

QTEST_GUILESS_MAIN(TestPasteCleanup)
#include "tst_pastecleanup.moc"
