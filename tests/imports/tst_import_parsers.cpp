// Table-driven tests of the import parsers: decoding, lines, Format-List,
// Format-Table, value syntax, Autodiscover XML and record classification.
#include "imports/autodiscoverxml.h"
#include "imports/cmdletrecords.h"
#include "imports/formatlist.h"
#include "imports/importdocument.h"
#include "imports/formattable.h"
#include "imports/psvalues.h"
#include "imports/textdecoding.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray utf16le(const QString &s)
{
    QByteArray b("\xFF\xFE", 2);
    for (const QChar c : s) {
        b.append(char(c.unicode() & 0xFF));
        b.append(char(c.unicode() >> 8));
    }
    return b;
}

QByteArray utf16be(const QString &s)
{
    QByteArray b("\xFE\xFF", 2);
    for (const QChar c : s) {
        b.append(char(c.unicode() >> 8));
        b.append(char(c.unicode() & 0xFF));
    }
    return b;
}

// "name=value@line" per property, records separated by " | ".
QString describe(const QList<wizard::PsRecord> &records)
{
    QStringList out;
    for (const wizard::PsRecord &r : records) {
        QStringList props;
        for (const wizard::PsProperty &p : r.properties)
            props.append(u"%1=%2@%3%4"_s.arg(p.name, p.value).arg(p.line).arg(p.truncated ? u"!"_s : QString()));
        out.append(props.join(u';'));
    }
    return out.join(u" | "_s);
}

QString describe(const QList<wizard::UnplacedLine> &lines)
{
    QStringList out;
    for (const wizard::UnplacedLine &u : lines)
        out.append(u"%1:%2"_s.arg(u.line).arg(int(u.kind)));
    return out.join(u',');
}
} // namespace

class TestImportParsers : public QObject
{
    Q_OBJECT

private slots:
    void decode_acceptsWindowsEncodingsAndRefusesBinary_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("text");
        const QString sample = u"ServerName : EX1\r\nSSLOffloading : True\u00e9"_s;
        QTest::addRow("utf8 without BOM") << sample.toUtf8() << true << sample;
        QTest::addRow("utf8 with BOM") << QByteArray("\xEF\xBB\xBF") + sample.toUtf8() << true << sample;
        QTest::addRow("utf16le with BOM (PowerShell >)") << utf16le(sample) << true << sample;
        QTest::addRow("utf16be with BOM") << utf16be(sample) << true << sample;
        QTest::addRow("utf16le without BOM is NUL-heavy") << utf16le(sample).mid(2) << false << QString();
        QTest::addRow("binary with NUL") << QByteArray("\x7F"
                                                       "ELF\x02\x01\x00\x00",
                                                       8)
                                         << false << QString();
        QTest::addRow("invalid utf8") << QByteArray("Name : \xC3\x28 \xFF\xFE\xFD") << false << QString();
        QTest::addRow("control characters") << QByteArray(64, '\x01') << false << QString();
        QTest::addRow("empty") << QByteArray() << true << QString();
    }
    void decode_acceptsWindowsEncodingsAndRefusesBinary()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, ok);
        QFETCH(QString, text);
        const wizard::TextDecodeResult r = wizard::decodeImportBytes(bytes);
        QCOMPARE(r.decoded.has_value(), ok);
        if (ok)
            QCOMPARE(r.decoded->text, text);
        else
            QVERIFY(!r.error.isEmpty());
    }

    void readFile_refusesHugeFileBeforeReadingIt()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"huge.txt"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(200) * 1024 * 1024)); // sparse: nothing is written
        f.close();
        const wizard::TextDecodeResult r = wizard::readImportFile(f.fileName());
        QVERIFY(!r.decoded);
        QVERIFY2(r.error.contains(u"200 MB"_s), qPrintable(r.error));
    }

    void readFile_missingFileSaysSo()
    {
        const wizard::TextDecodeResult r = wizard::readImportFile(u"/nonexistent/oa.txt"_s);
        QVERIFY(!r.decoded);
        QVERIFY(!r.error.isEmpty());
    }

    void splitLines_handlesCrLfCrAndPadding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("lines");
        QTest::addRow("lf") << u"a\nb\n"_s << QStringList{u"a"_s, u"b"_s};
        QTest::addRow("crlf") << u"a\r\nb\r\n"_s << QStringList{u"a"_s, u"b"_s};
        QTest::addRow("cr") << u"a\rb"_s << QStringList{u"a"_s, u"b"_s};
        QTest::addRow("blank lines kept") << u"a\r\n\r\nb"_s << QStringList{u"a"_s, QString(), u"b"_s};
        QTest::addRow("byte order mark inside")
            << u"a\n\uFEFF#coexplan-begin X"_s << QStringList{u"a"_s, u"#coexplan-begin X"_s};
        QTest::addRow("trailing spaces trimmed") << u"Name :   \n  x  "_s << QStringList{u"Name :"_s, u"  x"_s};
    }
    void splitLines_handlesCrLfCrAndPadding()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, lines);
        QCOMPARE(wizard::splitImportLines(text), lines);
    }

    void promptLine_isRecognised_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("prompt");
        QTest::addRow("ps") << u"PS C:\\>"_s << true;
        QTest::addRow("ps with command") << u"PS C:\\Users\\admin> Get-OutlookAnywhere | fl"_s << true;
        QTest::addRow("ems") << u"[PS] C:\\Windows\\system32>Get-ExchangeServer"_s << true;
        QTest::addRow("property") << u"ServerName : EX1"_s << false;
        QTest::addRow("path value") << u"Path : C:\\Program Files"_s << false;
        QTest::addRow("text") << u"PS is great"_s << false;
    }
    void promptLine_isRecognised()
    {
        QFETCH(QString, line);
        QFETCH(bool, prompt);
        QCOMPARE(wizard::isShellPromptLine(line), prompt);
    }

    void propertyLine_splitsNameAndValue_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("property");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addRow("padded") << u"SSLOffloading                      : True"_s << true << u"SSLOffloading"_s
                                << u"True"_s;
        QTest::addRow("empty value") << u"XropUrl                            :"_s << true << u"XropUrl"_s << QString();
        QTest::addRow("set") << u"IISAuthenticationMethods : {Basic, Ntlm}"_s << true << u"IISAuthenticationMethods"_s
                             << u"{Basic, Ntlm}"_s;
        QTest::addRow("value with colon") << u"MetabasePath : IIS://ex1/W3SVC/1/ROOT/Rpc"_s << true << u"MetabasePath"_s
                                          << u"IIS://ex1/W3SVC/1/ROOT/Rpc"_s;
        QTest::addRow("drive path is no property") << u"C:\\Windows>"_s << false << QString() << QString();
        QTest::addRow("indented continuation") << u"   ministrative Group"_s << false << QString() << QString();
        QTest::addRow("warning stream") << u"WARNING: The object has been corrupted"_s << false << QString()
                                        << QString();
        QTest::addRow("error line") << u"Get-ClientAccessArray : The term is not recognized"_s << false << QString()
                                    << QString();
    }
    void propertyLine_splitsNameAndValue()
    {
        QFETCH(QString, line);
        QFETCH(bool, property);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QStringView n;
        QStringView v;
        QCOMPARE(wizard::splitPropertyLine(line, &n, &v), property);
        if (property) {
            QCOMPARE(n.toString(), name);
            QCOMPARE(v.toString(), value);
        }
    }

    void formatList_parsesRecordsByName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("records");
        QTest::addColumn<QString>("unplaced"); // line:kind (0 prompt, 1 noise, 2 orphan)
        QTest::addRow("two records with blank line")
            << u"\nA : 1\nB : {x, y}\n\nA : 2\nB : {}\n"_s << u"A=1@2;B={x, y}@3 | A=2@5;B={}@6"_s << QString();
        QTest::addRow("records without blank line")
            << u"A : 1\nB : x\nA : 2\nB : y"_s << u"A=1@1;B=x@2 | A=2@3;B=y@4"_s << QString();
        QTest::addRow("wrapped value") << u"DistinguishedName : CN=Rpc,CN=Ex\n                    change,DC=x\nB : 1"_s
                                       << u"DistinguishedName=CN=Rpc,CN=Exchange,DC=x@1;B=1@3"_s << QString();
        QTest::addRow("empty value") << u"XropUrl :\nB : False"_s << u"XropUrl=@1;B=False@2"_s << QString();
        QTest::addRow("prompt and noise reported")
            << u"PS C:\\> Get-OutlookAnywhere\nA : 1\n\nsome pasted text\n   orphan"_s << u"A=1@2"_s
            << u"1:0,4:1,5:2"_s;
        QTest::addRow("half pasted record") << u"A : 1\nB : {Basic, Nt"_s << u"A=1@1;B={Basic, Nt@2"_s << QString();
    }
    void formatList_parsesRecordsByName()
    {
        QFETCH(QString, text);
        QFETCH(QString, records);
        QFETCH(QString, unplaced);
        const QStringList lines = wizard::splitImportLines(text);
        wizard::ParsedRecords out;
        wizard::parseFormatList(lines, 0, lines.size(), QString(), out);
        QCOMPARE(describe(out.records), records);
        QCOMPARE(describe(out.unplaced), unplaced);
    }

    void formatTable_cutsColumnsAndMarksTruncatedCells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("records");
        QTest::addRow("usual columns")
            << u"Server  ClientAuthenticationMethod IISAuthenticationMethods SSLOffloading ExternalHostname\n"
               "------  -------------------------- ------------------------ ------------- ----------------\n"
               "EX2010  Basic                      {Basic}                  False         mail.contoso.com\n"
               "EX2010B Ntlm                       {Basic, Ntlm}            False\n"_s
            << u"Server=EX2010@3;ClientAuthenticationMethod=Basic@3;IISAuthenticationMethods={Basic}@3;"
               "SSLOffloading=False@3;ExternalHostname=mail.contoso.com@3 | "
               "Server=EX2010B@4;ClientAuthenticationMethod=Ntlm@4;IISAuthenticationMethods={Basic, Ntlm}@4;"
               "SSLOffloading=False@4;ExternalHostname=@4"_s;
        QTest::addRow("truncated cells")
            << u"ServerName IISAuthenticationMethods\n---------- ------------------------\nEX2013     {Basic, Ntlm, Negot...\n"_s
            << u"ServerName=EX2013@3;IISAuthenticationMethods={Basic, Ntlm, Negot...@3!"_s;
        QTest::addRow("unicode ellipsis")
            << u"Name  Value\n----  -----\nEX1   {Basic, N\u2026\n"_s << u"Name=EX1@3;Value={Basic, N\u2026@3!"_s;
        QTest::addRow("wrapped rows") << u"Name Value\n---- -----\nEX1  {Basic,\n     Ntlm}\n"_s
                                      << u"Name=EX1@3;Value={Basic,Ntlm}@3"_s;
    }
    void formatTable_cutsColumnsAndMarksTruncatedCells()
    {
        QFETCH(QString, text);
        QFETCH(QString, records);
        const QStringList lines = wizard::splitImportLines(text);
        QVERIFY(wizard::isFormatTableHeaderAt(lines, 0));
        wizard::ParsedRecords out;
        wizard::parseFormatTable(lines, 0, lines.size(), QString(), out);
        QCOMPARE(describe(out.records), records);
    }

    void psValues_parseSetsAndBooleans_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("isAuthSet");
        QTest::addColumn<QString>("methods");
        QTest::addRow("braces") << u"{Basic, Ntlm}"_s << true << u"Basic, Ntlm"_s;
        QTest::addRow("empty set") << u"{}"_s << true << QString();
        QTest::addRow("bare list") << u"Ntlm, Basic"_s << true << u"Basic, Ntlm"_s;
        QTest::addRow("upper case") << u"{NTLM,BASIC,Negotiate}"_s << true << u"Basic, Ntlm, Negotiate"_s;
        QTest::addRow("unbalanced") << u"{Basic, Nt"_s << false << QString();
        QTest::addRow("unknown method") << u"{Basic, Kerberos}"_s << false << QString();
    }
    void psValues_parseSetsAndBooleans()
    {
        QFETCH(QString, value);
        QFETCH(bool, isAuthSet);
        QFETCH(QString, methods);
        const auto set = wizard::parsePsAuthSet(value);
        QCOMPARE(set.has_value(), isAuthSet);
        if (set)
            QCOMPARE(set->toDisplayString(), methods);
    }

    void psBool_acceptsTrueFalseOnly()
    {
        QCOMPARE(wizard::parsePsBool(u"True"), std::optional<bool>(true));
        QCOMPARE(wizard::parsePsBool(u"false"), std::optional<bool>(false));
        QCOMPARE(wizard::parsePsBool(u""), std::nullopt);
        QCOMPARE(wizard::parsePsBool(u"Tru"), std::nullopt);
    }

    void exchangeVersion_tellsLegacyApartOnly_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("version"); // -1 none
        QTest::addColumn<bool>("newGeneration");
        QTest::addRow("2013/2016") << u"0.20 (15.0.0.0)"_s << -1 << true;
        QTest::addRow("2010") << u"0.10 (14.0.100.0)"_s << int(wizard::ExchangeVersion::Ex2010) << false;
        QTest::addRow("2007") << u"0.1 (8.0.535.0)"_s << int(wizard::ExchangeVersion::Ex2007) << false;
        QTest::addRow("garbage") << u"twelve"_s << -1 << false;
    }
    void exchangeVersion_tellsLegacyApartOnly()
    {
        QFETCH(QString, value);
        QFETCH(int, version);
        QFETCH(bool, newGeneration);
        bool isNew = false;
        const auto v = wizard::versionFromExchangeVersion(value, &isNew);
        QCOMPARE(v ? int(*v) : -1, version);
        QCOMPARE(isNew, newGeneration);
    }

    void autodiscover_readsProtocolsOrSaysWhereItBroke_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("protocols"); // TYPE=server/auth, ...
        QTest::addColumn<int>("errorLine"); // 0 = parsed
        const QString head
            = u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Autodiscover xmlns=\"http://schemas."
              "microsoft.com/exchange/autodiscover/responseschema/2006\">\n<Response xmlns=\"http://"
              "schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\">\n<Account>\n"_s;
        const QString tail = u"</Account>\n</Response>\n</Autodiscover>\n"_s;
        QTest::addRow("exch expr web") << head
                + u"<Protocol><Type>EXCH</Type><Server>guid@contoso.com</Server></Protocol>\n"
                  "<Protocol><Type>EXPR</Type><Server>mail.contoso.com</Server><SSL>On</SSL><AuthPackage>Ntlm"
                  "</AuthPackage></Protocol>\n<Protocol><Type>WEB</Type><Internal><OWAUrl AuthenticationMethod="
                  "\"Basic\">https://mail/owa</OWAUrl></Internal></Protocol>\n"_s
                + tail << u"EXCH=guid@contoso.com/,EXPR=mail.contoso.com/Ntlm,WEB=/"_s
                                       << 0;
        QTest::addRow("type attribute (EXHTTP)") << head
                + u"<Protocol Type=\"EXHTTP\"><Server>mail.contoso.com</Server><AuthPackage>Basic</AuthPackage></Protocol>\n"_s
                + tail << u"EXHTTP=mail.contoso.com/Basic"_s
                                                 << 0;
        QTest::addRow("cut off") << head + u"<Protocol><Type>EXPR</Type><Server>mail"_s << QString() << 5;
        QTest::addRow("wrong root") << u"<html><body>Autodiscover</body></html>"_s << QString() << 1;
    }
    void autodiscover_readsProtocolsOrSaysWhereItBroke()
    {
        QFETCH(QString, xml);
        QFETCH(QString, protocols);
        QFETCH(int, errorLine);
        const wizard::AutodiscoverParseResult r = wizard::parseAutodiscoverXml(xml);
        if (errorLine > 0) {
            QVERIFY(!r.response);
            QCOMPARE(r.line, errorLine);
            QVERIFY(!r.error.isEmpty());
            return;
        }
        QVERIFY2(r.response, qPrintable(r.error));
        QStringList got;
        for (const wizard::AutodiscoverProtocol &p : r.response->protocols)
            got.append(u"%1=%2/%3"_s.arg(p.type, p.server, p.authPackage));
        QCOMPARE(got.join(u','), protocols);
    }

    void classify_usesPropertiesNotPositions_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("section");
        QTest::addColumn<int>("kind");
        using K = wizard::RecordKind;
        QTest::addRow("oa subset") << QStringList{u"ServerName"_s, u"ExternalHostname"_s} << QString()
                                   << int(K::OutlookAnywhere);
        QTest::addRow("oa auth subset") << QStringList{u"ServerName"_s, u"IISAuthenticationMethods"_s} << QString()
                                        << int(K::OutlookAnywhere);
        QTest::addRow("exchange server") << QStringList{u"Name"_s, u"Fqdn"_s, u"AdminDisplayVersion"_s, u"ServerRole"_s}
                                         << QString() << int(K::ExchangeServer);
        QTest::addRow("cas") << QStringList{u"Name"_s, u"OutlookAnywhereEnabled"_s} << QString()
                             << int(K::ClientAccessServer);
        QTest::addRow("array") << QStringList{u"Name"_s, u"Fqdn"_s, u"Members"_s} << QString()
                               << int(K::ClientAccessArray);
        QTest::addRow("database") << QStringList{u"Name"_s, u"Server"_s, u"RpcClientAccessServer"_s} << QString()
                                  << int(K::MailboxDatabase);
        QTest::addRow("certificate") << QStringList{u"Thumbprint"_s, u"Subject"_s} << QString()
                                     << int(K::ExchangeCertificate);
        QTest::addRow("collector section wins")
            << QStringList{u"Name"_s} << u"Get-ClientAccessArray"_s << int(K::ClientAccessArray);
        QTest::addRow("certificate section with server")
            << QStringList{u"Name"_s} << u"Get-ExchangeCertificate EX1"_s << int(K::ExchangeCertificate);
        QTest::addRow("cas asa subset") << QStringList{u"Name"_s, u"AlternateServiceAccountConfiguration"_s}
                                        << QString() << int(K::ClientAccessServer);
        QTest::addRow("public folder database")
            << QStringList{u"Name"_s, u"Server"_s, u"UseCustomReferralServerList"_s, u"CustomReferralServerList"_s}
            << QString() << int(K::PublicFolderDatabase);
        QTest::addRow("public folder database section")
            << QStringList{u"Name"_s, u"Server"_s} << u"Get-PublicFolderDatabase"_s << int(K::PublicFolderDatabase);
        QTest::addRow("organization public folders")
            << QStringList{u"PublicFoldersEnabled"_s, u"RemotePublicFolderMailboxes"_s} << QString()
            << int(K::OrganizationConfig);
        QTest::addRow("asa section per server")
            << QStringList{u"Name"_s} << u"Get-ClientAccessServer EX1"_s << int(K::ClientAccessServer);
        QTest::addRow("unknown") << QStringList{u"DisplayName"_s, u"PrimarySmtpAddress"_s} << QString()
                                 << int(K::Unknown);
    }
    void classify_usesPropertiesNotPositions()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, section);
        QFETCH(int, kind);
        wizard::PsRecord r;
        r.section = section;
        for (const QString &n : names)
            r.properties.append(wizard::PsProperty{n, u"x"_s, 1, false});
        QCOMPARE(int(wizard::classifyRecord(r)), kind);
    }

    // Name and Server alone could be anything: the command echoed before them says which
    // cmdlet printed them, when the rest of its pipeline only selects, sorts or formats.
    void classify_echoedCommandNamesTheCmdlet_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("kind");
        using K = wizard::RecordKind;
        QTest::addRow("databases") << u"Get-MailboxDatabase -IncludePreExchange2013 | ft Name,Server -auto"_s
                                   << int(K::MailboxDatabase);
        QTest::addRow("case and sort") << u"get-mailboxdatabase | sort Name | Format-Table Name, Server"_s
                                       << int(K::MailboxDatabase);
        QTest::addRow("quoted pipe") << u"Get-MailboxDatabase | ? { $_.Name -ne 'a|b' } | select Name,Server"_s
                                     << int(K::MailboxDatabase);
        QTest::addRow("servers piped") << u"Get-ExchangeServer | Get-OutlookAnywhere | fl Name,Server"_s
                                       << int(K::OutlookAnywhere);
        QTest::addRow("grouped mailboxes") << u"Get-Mailbox -ResultSize Unlimited | Group-Object Database"_s
                                           << int(K::MailboxCount);
        QTest::addRow("grouped servers") << u"Get-ExchangeServer | Group-Object Site"_s << int(K::Unknown);
        QTest::addRow("script block") << u"Get-MailboxDatabase | ForEach-Object { $_.Name }"_s << int(K::Unknown);
        QTest::addRow("other cmdlet") << u"Get-Recipient | ft Name,Server"_s << int(K::Unknown);
        QTest::addRow("no command") << QString() << int(K::Unknown);
    }
    void classify_echoedCommandNamesTheCmdlet()
    {
        QFETCH(QString, command);
        QFETCH(int, kind);
        wizard::PsRecord r;
        r.command = command;
        r.properties = {wizard::PsProperty{u"Name"_s, u"DB1"_s, 1, false},
                        wizard::PsProperty{u"Server"_s, u"EX1"_s, 1, false}};
        QCOMPARE(int(wizard::classifyRecord(r)), kind);
    }

    // Each record gets the command echoed last before it, its prompt removed; a bare
    // prompt ends it, and properties that name their cmdlet ignore it.
    void parse_attachesTheEchoedCommand()
    {
        const QString text = u"[PS] C:\\Windows\\system32>Get-MailboxDatabase | ft Name,Server -auto\r\n\r\n"
                             u"Name Server\r\n---- ------\r\nDB1  EX1\r\nDB2  EX2\r\n\r\n"
                             u"[PS] C:\\Windows\\system32>\r\n\r\n"
                             u"Name   : DB3\r\nServer : EX3\r\n"_s;
        const wizard::ParsedDocument doc = wizard::parseImportDocument(u"paste"_s, {text, {}});
        QCOMPARE(doc.records.size(), 3);
        QCOMPARE(doc.records[0].command, u"Get-MailboxDatabase | ft Name,Server -auto"_s);
        QCOMPARE(doc.records[1].command, doc.records[0].command);
        QCOMPARE(int(wizard::classifyRecord(doc.records[1])), int(wizard::RecordKind::MailboxDatabase));
        QCOMPARE(doc.records[2].command, QString());
        QCOMPARE(int(wizard::classifyRecord(doc.records[2])), int(wizard::RecordKind::Unknown));
    }
};

QTEST_GUILESS_MAIN(TestImportParsers)
#include "tst_import_parsers.moc"
