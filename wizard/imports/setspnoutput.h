#pragma once

#include "formatlist.h"

#include <QString>

namespace wizard {

// What `setspn` (Windows Server's SPN tool; learn.microsoft.com/windows-server/
// administration/windows-commands/setspn) prints, read for the Kerberos rules KRB-001
// and KRB-004 (issue 17, F63):
//
//   setspn -L <account>                    setspn [-F] -Q http/<name>
//   Registered ServicePrincipalNames for   Checking domain DC=contoso,DC=com   (forest with -F)
//   CN=EXCH2013ASA,CN=Computers,DC=...:    CN=EXCH2013ASA,CN=Computers,DC=...
//           http/mail.contoso.com                  http/mail.contoso.com
//           HOST/EXCH2013ASA                       http/autodiscover.contoso.com
//                                          Existing SPN found!      (or: No such SPN found.)
//
// Each account becomes one record in section "setspn -L" or "setspn -Q" with the
// properties Account (its DN as printed) and one ServicePrincipalName per SPN; a -Q
// record also carries Query (the SPN asked for, taken from the echoed command line when
// the input has it) and Scope ("domain" or "forest"); "No such SPN found." is a -Q record
// without Account. Pastes that lost the indentation, were double-spaced or wrapped the
// DN at the console width are read too: SPNs are recognised by their shape
// (serviceclass/host[:port][/name]), not by their tab.

// "setspn -F -Q http/mail.contoso.com", "C:\>setspn -L EXCH2013ASA$", "PS C:\> setspn.exe -q ...":
// the setspn command line echoed in a paste. `argument` gets the SPN after -Q (or the
// account after -L / without a switch), `listing` is true for -L.
bool parseSetspnCommandLine(QStringView line, QString *argument, bool *listing);

// True when lines[i] starts setspn output ("Registered ServicePrincipalNames for ...",
// "Checking domain ...", "Checking forest ...").
bool isSetspnOutputAt(const QStringList &lines, qsizetype i);

// Parses the setspn output starting at `start` (isSetspnOutputAt) up to the first line
// that is not part of it (or `end`); returns the index after it. `command` is the
// argument of the command line before it (parseSetspnCommandLine), empty when unknown.
qsizetype parseSetspnOutput(const QStringList &lines, qsizetype start, qsizetype end, const QString &command,
                            ParsedRecords &out);

} // namespace wizard
