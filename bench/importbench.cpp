// coexplan_import_bench: time to import a generated Format-List dump of N servers
// (Get-ExchangeServer + Get-OutlookAnywhere for every server, 2013 records in the
// full CU3 shape of FACTS F34, 2010 records in the U1 shape), as Windows PowerShell's
// `>` writes it: UTF-16LE with BOM and CRLF. Prints figures; asserts nothing.
//   coexplan_import_bench [--servers 10000] [--repetitions 5]
#include "imports/planimport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
void property(QString &out, const QString &name, const QString &value)
{
    out += name.leftJustified(34) + u" : "_s + value + u"\r\n"_s;
}

QString generateDump(int servers)
{
    QString out;
    out.reserve(qsizetype(servers) * 2600);
    out += u"[PS] C:\\Windows\\system32>Get-ExchangeServer | fl\r\n\r\n"_s;
    for (int i = 0; i < servers; ++i) {
        const bool legacy = i % 3 == 0;
        const QString name = u"EX%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        property(out, u"Name"_s, name);
        property(out, u"Fqdn"_s, name.toLower() + u".contoso.local"_s);
        property(out, u"AdminDisplayVersion"_s,
                 legacy ? u"Version 14.3 (Build 123.4)"_s : u"Version 15.0 (Build 1497.2)"_s);
        property(out, u"ServerRole"_s, u"Mailbox, ClientAccess"_s);
        property(out, u"Site"_s, u"contoso.local/Configuration/Sites/Site%1"_s.arg(i % 20));
        out += u"\r\n"_s;
    }
    out += u"[PS] C:\\Windows\\system32>Get-OutlookAnywhere | fl\r\n\r\n"_s;
    for (int i = 0; i < servers; ++i) {
        const bool legacy = i % 3 == 0;
        const QString name = u"EX%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        property(out, u"RunspaceId"_s, u"4f1e5d3a-9a5c-4a42-8f0c-0b8e2c6d7a11"_s);
        property(out, u"ServerName"_s, name);
        property(out, u"SSLOffloading"_s, legacy ? u"False"_s : u"True"_s);
        property(out, u"ExternalHostname"_s, u"mail.contoso.com"_s);
        if (legacy) {
            property(out, u"ClientAuthenticationMethod"_s, u"Basic"_s);
            property(out, u"IISAuthenticationMethods"_s, u"{Basic, Ntlm}"_s);
        } else {
            property(out, u"InternalHostname"_s, u"mail.contoso.com"_s);
            property(out, u"ExternalClientAuthenticationMethod"_s, u"Ntlm"_s);
            property(out, u"InternalClientAuthenticationMethod"_s, u"Ntlm"_s);
            property(out, u"IISAuthenticationMethods"_s, u"{Basic, Ntlm, Negotiate}"_s);
            property(out, u"ExternalClientsRequireSsl"_s, u"True"_s);
            property(out, u"InternalClientsRequireSsl"_s, u"True"_s);
        }
        property(out, u"XropUrl"_s, QString());
        property(out, u"MetabasePath"_s, u"IIS://%1.contoso.local/W3SVC/1/ROOT/Rpc"_s.arg(name));
        property(out, u"Path"_s, u"C:\\Program Files\\Microsoft\\Exchange Server\\V15\\FrontEnd\\HttpProxy\\rpc"_s);
        property(out, u"ExtendedProtectionTokenChecking"_s, u"None"_s);
        property(out, u"ExtendedProtectionFlags"_s, u"{}"_s);
        property(out, u"ExtendedProtectionSPNList"_s, u"{}"_s);
        property(out, u"Server"_s, name);
        property(out, u"Name"_s, u"Rpc (Default Web Site)"_s);
        // DistinguishedName wrapped over two lines, as the console prints it.
        property(out, u"DistinguishedName"_s,
                 u"CN=Rpc (Default Web Site),CN=HTTP,CN=Protocols,CN=%1,CN=Servers,CN=Exchange Ad"_s.arg(name));
        out += QString(37, u' ') + u"ministrative Group (FYDIBOHF23SPDLT),CN=Administrative Groups,DC=contoso\r\n"_s;
        property(out, u"Identity"_s, name + u"\\Rpc (Default Web Site)"_s);
        property(out, u"ObjectClass"_s, u"{top, msExchVirtualDirectory, msExchRpcHttpVirtualDirectory}"_s);
        property(out, u"WhenChanged"_s, u"1/14/2019 10:12:55 AM"_s);
        property(out, u"IsValid"_s, u"True"_s);
        out += u"\r\n"_s;
    }
    return out;
}

QByteArray utf16leWithBom(const QString &text)
{
    QByteArray bytes("\xFF\xFE", 2);
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2); // x86: little endian
    return bytes;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int servers = 10000;
    int repetitions = 5;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--servers"_s)
            servers = args[i + 1].toInt();
        else if (args[i] == u"--repetitions"_s)
            repetitions = std::max(1, args[i + 1].toInt());
    }
    QTextStream out(stdout);
    const QByteArray bytes = utf16leWithBom(generateDump(servers));
    out << u"coexplan_import_bench: %1 servers, %2 MB (UTF-16LE with BOM, CRLF), %3 repetitions\n"_s.arg(servers)
               .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
               .arg(repetitions);
    std::vector<double> decodeMs;
    std::vector<double> importMs;
    std::vector<double> totalMs;
    int imported = 0;
    for (int r = 0; r < repetitions; ++r) {
        QElapsedTimer timer;
        timer.start();
        wizard::TextDecodeResult decoded = wizard::decodeImportBytes(bytes);
        const double decoded_at = double(timer.nsecsElapsed()) / 1e6;
        const wizard::ImportOutcome outcome
            = wizard::importIntoPlan({wizard::ImportSource{u"dump.txt"_s, std::move(decoded)}}, wizard::Plan());
        const double total = double(timer.nsecsElapsed()) / 1e6;
        if (!outcome.result.succeeded()) {
            out << u"import failed\n"_s;
            return 1;
        }
        imported = int(outcome.plan.topology.servers.size());
        decodeMs.push_back(decoded_at);
        importMs.push_back(total - decoded_at);
        totalMs.push_back(total);
    }
    out << u"decode        %1 ms\n"_s.arg(median(decodeMs), 8, 'f', 1);
    out << u"parse+merge   %1 ms\n"_s.arg(median(importMs), 8, 'f', 1);
    out << u"total         %1 ms (median; %2 servers in the plan)\n"_s.arg(median(totalMs), 8, 'f', 1).arg(imported);
    return imported == servers ? 0 : 1;
}
