#pragma once

#include "checklist.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace wizard {

// The connectivity test plan (issue 17): for every client scenario of the flows (client
// group x location x mailbox server), one test item generated from that flow's hops:
//  - from outside, the Microsoft Remote Connectivity Analyzer's Outlook Connectivity test
//    with the manual settings of that scenario (RPC proxy server, msstd: principal, proxy
//    authentication method, a test mailbox) and the steps it must pass (F74);
//  - Test-OutlookConnectivity in the form of the mailbox's version, and for Exchange 2010
//    mailboxes Test-OutlookWebServices, with the shell to run them from;
//  - what Outlook's Connection Status must show (server, proxy, HTTPS or TCP/IP,
//    authentication).
// Each item records a result (ChecklistItemState::result, kept in the plan's checklist
// section under the item id "test/<group>/<internal|external>/<mailbox server>").
QList<ChecklistItem> connectivityTestItems(const Topology &topology, const QList<Flow> &flows);
// The ids of those items, in the same order, without building them (a checklist that
// sums the tests up only counts them and their recorded results).
QStringList connectivityTestIds(const Topology &topology, const QList<Flow> &flows);

// The test plan as its own document: what to prepare, then the internal and the external
// tests, each with the progress saved in plan.checklist.
Checklist buildTestPlan(const Plan &plan, const QList<Flow> &flows, QDate date);

// "test/Sales/external/EX2010MBX": the checklist key of a scenario's test.
QString connectivityTestId(const Flow &flow);

// One cmdlet run of the verification script: a Test-OutlookConnectivity or (Exchange 2010
// mailboxes) Test-OutlookWebServices command that some of a mailbox server's scenarios
// share; the same command is run once and names every scenario it proves. The commands
// use $TestMailbox and $Credential, which the script asks for once per mailbox server.
// An Exchange 2007 mailbox server has one check with no command (no 2007 form).
struct ConnectivityCheck
{
    QString mailboxServer;
    ExchangeVersion version = ExchangeVersion::Ex2013;
    QString cmdlet; // "Test-OutlookConnectivity", "Test-OutlookWebServices"; empty without command
    QString command; // the whole command line, -ErrorAction Stop included
    QStringList scenarios; // "Sales inside the network", "Sales from outside"
};
// In the order of the flows; a mailbox server's checks are next to each other.
QList<ConnectivityCheck> connectivityChecks(const Topology &topology, const QList<Flow> &flows);
// "A test mailbox on {0} (alias or address)" and Get-Credential: the two prompt lines a
// test block starts with.
QString connectivityPromptLines(const QString &mailboxServer);

} // namespace wizard
