#pragma once

#include <QString>

namespace wizard {

// The -Identity of a server's front-end Rpc virtual directory, unquoted (quote it with
// psQuote or PsCommand::text). When the input captured the directory's Identity (an
// import of Get-OutlookAnywhere, or the plan's rpcVirtualDirectoryIdentity) that one is
// used, so that a web site renamed from "Default Web Site" still works (issue 13);
// otherwise Exchange's default, '<server>\Rpc (Default Web Site)' (F24, F33). A captured
// Identity that does not name `server` (its part before the backslash) is not used.
QString rpcVirtualDirectoryIdentity(const QString &server, const QString &capturedIdentity);

// True when `identity` is "<server>\<name>" for this server (case-insensitive server
// part, a non-empty name): what the plan reader and the importer accept as captured.
bool isRpcVirtualDirectoryIdentityOf(const QString &server, const QString &identity);

} // namespace wizard
