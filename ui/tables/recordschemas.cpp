// The tables of the wizard, one schema per record kind.
#include "recordcolumns.h"
#include "recordschema.h"

using namespace Qt::StringLiterals;

namespace ui {

using namespace recordcolumns;

QString uniqueName(const QString &base, const QStringList &taken)
{
    auto isTaken = [&](const QString &n) { return taken.contains(n, Qt::CaseInsensitive); };
    if (!base.isEmpty() && !isTaken(base))
        return base;
    static const QRegularExpression numbered(u"^(.*)-(\\d+)$"_s);
    QString stem = base;
    if (const QRegularExpressionMatch m = numbered.match(base); m.hasMatch())
        stem = m.captured(1);
    for (int n = 2;; ++n) {
        const QString candidate = u"%1-%2"_s.arg(stem).arg(n);
        if (!isTaken(candidate))
            return candidate;
    }
}

QString joinList(const QStringList &items)
{
    return items.join(u", "_s);
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

RecordSchema siteSchema()
{
    using wizard::Site;
    RecordSchema s;
    s.objectName = u"sites"_s;
    s.emptyHint = tr("No AD sites yet. Add the Active Directory sites that have Exchange servers, or import "
                     "Get-ExchangeServer output (File > Import cmdlet output), which names each server's site.");
    s.subjectKind = wizard::SubjectKind::Site;
    setListOperations(s, &wizard::Topology::sites, tr("Site"));
    s.columns.append(textColumn(tr("Name"), u"name"_s, &Site::name, &wizard::Topology::sites));
    RecordColumn facing;
    facing.header = tr("Internet-facing");
    facing.fieldKey = u"internetFacing"_s;
    facing.editor = RecordColumn::Editor::Check;
    facing.value = [](const wizard::Topology &t, qsizetype i) { return QVariant(t.sites.at(i).internetFacing); };
    facing.setValue
        = [](wizard::Topology &t, qsizetype i, const QVariant &v) { t.sites[i].internetFacing = v.toBool(); };
    s.columns.append(facing);
    return s;
}

ServerGeneration serverGenerationOf(wizard::ExchangeVersion version)
{
    return wizard::isNewGeneration(version) ? ServerGeneration::New : ServerGeneration::Legacy;
}

QString versionChoiceText(wizard::ExchangeVersion version)
{
    return version == wizard::ExchangeVersion::Unknown ? tr("Unknown") : wizard::exchangeVersionToken(version);
}

RecordSchema serverSchema(ServerGeneration generation)
{
    using wizard::ExchangeVersion;
    using wizard::Server;
    const bool legacy = generation == ServerGeneration::Legacy;
    RecordSchema s;
    s.objectName = legacy ? u"legacyServers"_s : u"newServers"_s;
    s.emptyHint = legacy
        ? tr("No Exchange 2007 or 2010 servers yet. Add the legacy Client Access and mailbox servers, or "
             "import Get-ExchangeServer and Get-OutlookAnywhere output (File > Import cmdlet output).")
        : tr("No Exchange 2013 or later servers yet. Add each new Client Access server, or import "
             "Get-ExchangeServer and Get-OutlookAnywhere output (File > Import cmdlet output).");
    s.subjectKind = wizard::SubjectKind::Server;
    setListOperations(s, &wizard::Topology::servers, QString());
    s.includes = [generation](const wizard::Topology &t, qsizetype i) {
        return serverGenerationOf(t.servers.at(i).version) == generation;
    };
    // A new server starts with its version's documented defaults (F1, F3, F17-F22).
    s.append = [legacy](wizard::Topology &t) {
        Server server;
        server.version = legacy ? ExchangeVersion::Ex2010 : ExchangeVersion::Ex2013;
        server.name = uniqueName(legacy ? u"EX2010CAS"_s : u"EX2013CAS"_s, namesOf(t.servers));
        server.roles.clientAccess = true;
        server.outlookAnywhere = wizard::defaultOutlookAnywhereSettings(server.version, server.fqdn);
        if (!legacy)
            server.rpcOverHttpProxyInstalled = true; // 2013 setup installs the feature (F3)
        t.servers.append(server);
    };

    RecordColumn name = textColumn(tr("Name"), u"name"_s, &Server::name, &wizard::Topology::servers);
    name.setValue = [](wizard::Topology &t, qsizetype i, const QVariant &v) {
        const QString newName = v.toString().trimmed();
        if (!newName.isEmpty())
            renameServer(t, i, newName);
    };
    s.columns.append(name);
    // The version beside the name: where the table scrolls sideways beside the details
    // form (1366x768 in workshop type), the first columns in view tell an Exchange 2007
    // server from a 2010 one.
    RecordColumn version;
    version.header = tr("Version");
    version.fieldKey = u"version"_s;
    version.editor = RecordColumn::Editor::Choice;
    version.value
        = [](const wizard::Topology &t, qsizetype i) { return QVariant(versionChoiceText(t.servers.at(i).version)); };
    // Choosing a version of the other generation moves the server to that step.
    version.setValue = [](wizard::Topology &t, qsizetype i, const QVariant &v) {
        for (wizard::ExchangeVersion candidate : wizard::allExchangeVersions) {
            if (versionChoiceText(candidate) == v.toString())
                wizard::changeServerVersion(t.servers[i], candidate);
        }
    };
    version.choices = [legacy](const wizard::Topology &) {
        QStringList choices;
        for (wizard::ExchangeVersion candidate : wizard::allExchangeVersions) {
            if (!legacy && candidate == wizard::ExchangeVersion::Unknown)
                continue; // a new server's version is known: the import puts unknown ones in the legacy step
            choices.append(versionChoiceText(candidate));
        }
        return choices;
    };
    s.columns.append(version);
    s.columns.append(
        textColumn(tr("FQDN"), u"fqdn"_s, &Server::fqdn, &wizard::Topology::servers, RecordColumn::Editor::HostName));
    RecordColumn site
        = textColumn(tr("AD site"), u"site"_s, &Server::site, &wizard::Topology::servers, RecordColumn::Editor::Choice);
    site.choices = siteChoices;
    s.columns.append(site);
    RecordColumn build;
    build.header = tr("Build");
    build.fieldKey = u"build"_s;
    build.value = [](const wizard::Topology &t, qsizetype i) {
        const Server &server = t.servers.at(i);
        return QVariant(server.build.isKnown() ? server.build.value().toString() : QString());
    };
    build.setValue = [](wizard::Topology &t, qsizetype i, const QVariant &v) {
        if (v.toString().trimmed().isEmpty())
            t.servers[i].build.setUnknown();
        else if (auto parsed = wizard::BuildNumber::parse(v.toString()))
            t.servers[i].build = *parsed;
    };
    s.columns.append(build);
    s.columns.append(roleColumn(tr("CAS"), u"roles"_s, &wizard::ServerRoles::clientAccess));
    s.columns.last().toolTip = tr("Client Access role");
    s.columns.append(roleColumn(tr("Mailbox"), u"roles"_s, &wizard::ServerRoles::mailbox));
    if (legacy) {
        s.columns.append(roleColumn(tr("Public folders"), u"roles"_s, &wizard::ServerRoles::publicFolders));
        s.columns.last().toolTip = tr("Hosts public folder databases");
    }
    // Tier 2 (RULEBOOK §3): what OPS-001, KRB-001..004 and EP-001 read.
    QList<std::pair<QString, wizard::WindowsServer>> windows;
    for (wizard::WindowsServer w :
         {wizard::WindowsServer::WS2003, wizard::WindowsServer::WS2008, wizard::WindowsServer::WS2008R2,
          wizard::WindowsServer::WS2012, wizard::WindowsServer::WS2012R2, wizard::WindowsServer::WS2016,
          wizard::WindowsServer::WS2019, wizard::WindowsServer::WS2022})
        windows.append({windowsServerDisplayName(w), w});
    s.columns.append(settingChoiceColumn(tr("Windows"), u"operatingSystem"_s, &Server::operatingSystem,
                                         &wizard::Topology::servers, windows));
    s.columns.last().toolTip = tr("The server's Windows version");
    // Known and empty: no alternate service account configured (F63).
    RecordColumn asa;
    asa.header = tr("ASA");
    asa.toolTip = tr("Alternate service account (Kerberos): the account name, \"none\" when none is configured, "
                     "empty when not recorded");
    asa.fieldKey = u"alternateServiceAccount"_s;
    asa.value = [](const wizard::Topology &t, qsizetype i) {
        const wizard::Setting<QString> &v = t.servers.at(i).alternateServiceAccount;
        if (!v.isKnown())
            return QVariant(QString());
        return QVariant(v.value().isEmpty() ? tr("none") : v.value());
    };
    asa.setValue = [](wizard::Topology &t, qsizetype i, const QVariant &v) {
        const QString text = v.toString().trimmed();
        if (text.isEmpty())
            t.servers[i].alternateServiceAccount.setUnknown();
        else if (text.compare(tr("none"), Qt::CaseInsensitive) == 0 || text == u"none"_s)
            t.servers[i].alternateServiceAccount = QString();
        else
            t.servers[i].alternateServiceAccount = text;
    };
    s.columns.append(asa);
    s.columns.append(settingChoiceColumn(
        tr("Extended Protection"), u"extendedProtection"_s, &Server::extendedProtection, &wizard::Topology::servers,
        QList<std::pair<QString, wizard::ExtendedProtection>>{{u"None"_s, wizard::ExtendedProtection::None},
                                                              {u"Allow"_s, wizard::ExtendedProtection::Allow},
                                                              {u"Require"_s, wizard::ExtendedProtection::Require}}));
    s.columns.last().toolTip = tr("ExtendedProtectionTokenChecking of the /rpc virtual directory");
    if (legacy) {
        s.columns.append(settingChoiceColumn(tr("KB3140410"), u"kb3140410Installed"_s, &Server::kb3140410Installed,
                                             &wizard::Topology::servers, yesNo()));
        s.columns.last().toolTip = tr("Security update KB3140410 (MS16-031) installed (Windows Server 2008 R2)");
        s.columns.append(settingNumberColumn(tr("requestQueueLimit"), u"requestQueueLimit"_s,
                                             &Server::requestQueueLimit, &wizard::Topology::servers, 1));
        s.columns.last().toolTip
            = tr("ASP.NET processModel requestQueueLimit in machine.config (Exchange 2010); empty when not recorded");
    }
    return s;
}

RecordSchema certificateSchema()
{
    using wizard::Certificate;
    RecordSchema s;
    s.objectName = u"certificates"_s;
    s.emptyHint = tr("No certificates yet. Add the certificate each Client Access server uses for IIS, with the "
                     "names it covers, or import Get-ExchangeCertificate output (File > Import cmdlet output).");
    s.subjectKind = wizard::SubjectKind::Certificate;
    setListOperations(s, &wizard::Topology::certificates, tr("Certificate"));
    s.columns.append(textColumn(tr("Name"), u"name"_s, &Certificate::name, &wizard::Topology::certificates));
    s.columns.append(textColumn(tr("Subject"), u"subject"_s, &Certificate::subject, &wizard::Topology::certificates));
    s.columns.append(listColumn(tr("Names (SANs)"), u"names"_s, &Certificate::names, &wizard::Topology::certificates));
    s.columns.append(
        serverListColumn(tr("Servers"), u"servers"_s, &Certificate::servers, &wizard::Topology::certificates));
    RecordColumn selfSigned;
    selfSigned.header = tr("Self-signed");
    selfSigned.fieldKey = u"selfSigned"_s;
    selfSigned.editor = RecordColumn::Editor::Choice;
    selfSigned.value = [](const wizard::Topology &t, qsizetype i) {
        const wizard::Setting<bool> &v = t.certificates.at(i).selfSigned;
        return QVariant(v.isKnown() ? (v.value() ? tr("Yes") : tr("No")) : tr("Unknown"));
    };
    selfSigned.setValue = [](wizard::Topology &t, qsizetype i, const QVariant &v) {
        const QString text = v.toString();
        if (text == tr("Yes") || text == tr("No"))
            t.certificates[i].selfSigned = text == tr("Yes");
        else
            t.certificates[i].selfSigned.setUnknown();
    };
    selfSigned.choices = [](const wizard::Topology &) { return QStringList{tr("Unknown"), tr("Yes"), tr("No")}; };
    s.columns.append(selfSigned);
    s.columns.append(textColumn(tr("Expires"), u"notAfter"_s, &Certificate::notAfter, &wizard::Topology::certificates));
    return s;
}

RecordSchema loadBalancerSchema()
{
    using wizard::LoadBalancer;
    RecordSchema s;
    s.objectName = u"loadBalancers"_s;
    s.emptyHint = tr("No load balancers. If clients reach the new Client Access servers through a load balancer "
                     "or reverse proxy, add it with the names it answers for; if they reach the servers "
                     "directly, leave this list empty.");
    s.subjectKind = wizard::SubjectKind::LoadBalancer;
    setListOperations(s, &wizard::Topology::loadBalancers, tr("Load balancer"));
    s.columns.append(textColumn(tr("Name"), u"name"_s, &LoadBalancer::name, &wizard::Topology::loadBalancers));
    s.columns.append(
        listColumn(tr("Host names"), u"hostNames"_s, &LoadBalancer::hostNames, &wizard::Topology::loadBalancers));
    RecordColumn tls;
    tls.header = tr("TLS");
    tls.fieldKey = u"tls"_s;
    tls.editor = RecordColumn::Editor::Choice;
    tls.value = [](const wizard::Topology &t, qsizetype i) {
        const wizard::Setting<wizard::TlsMode> &v = t.loadBalancers.at(i).tls;
        return QVariant(v.isKnown() ? wizard::tlsModeToken(v.value()) : tr("Unknown"));
    };
    tls.setValue = [](wizard::Topology &t, qsizetype i, const QVariant &v) {
        if (auto mode = wizard::parseTlsModeToken(v.toString()))
            t.loadBalancers[i].tls = *mode;
        else
            t.loadBalancers[i].tls.setUnknown();
    };
    tls.choices = [](const wizard::Topology &) {
        return QStringList{tr("Unknown"), wizard::tlsModeToken(wizard::TlsMode::Passthrough),
                           wizard::tlsModeToken(wizard::TlsMode::Offload),
                           wizard::tlsModeToken(wizard::TlsMode::Bridging)};
    };
    s.columns.append(tls);
    s.columns.append(
        serverListColumn(tr("Servers"), u"servers"_s, &LoadBalancer::servers, &wizard::Topology::loadBalancers));
    return s;
}

RecordSchema clientGroupSchema()
{
    using wizard::ClientGroup;
    RecordSchema s;
    s.objectName = u"clientGroups"_s;
    s.emptyHint = tr("No client groups yet. Add a group for each kind of Outlook user (Outlook version, inside or "
                     "outside the network, the servers holding their mailboxes): the Review step draws the "
                     "flows of each group.");
    s.subjectKind = wizard::SubjectKind::ClientGroup;
    setListOperations(s, &wizard::Topology::clientGroups, tr("Clients"));
    s.columns.append(textColumn(tr("Name"), u"name"_s, &ClientGroup::name, &wizard::Topology::clientGroups));
    RecordColumn outlook;
    outlook.header = tr("Outlook");
    outlook.fieldKey = u"outlook"_s;
    outlook.editor = RecordColumn::Editor::Choice;
    outlook.value = [](const wizard::Topology &t, qsizetype i) {
        return QVariant(wizard::outlookVersionDisplayName(t.clientGroups.at(i).outlook));
    };
    static const wizard::OutlookVersion versions[] = {
        wizard::OutlookVersion::Outlook2003, wizard::OutlookVersion::Outlook2007, wizard::OutlookVersion::Outlook2010,
        wizard::OutlookVersion::Outlook2013, wizard::OutlookVersion::Outlook2016, wizard::OutlookVersion::Outlook2019,
        wizard::OutlookVersion::Microsoft365};
    outlook.setValue = [](wizard::Topology &t, qsizetype i, const QVariant &v) {
        for (wizard::OutlookVersion o : versions) {
            if (wizard::outlookVersionDisplayName(o) == v.toString())
                t.clientGroups[i].outlook = o;
        }
    };
    outlook.choices = [](const wizard::Topology &) {
        QStringList names;
        for (wizard::OutlookVersion o : versions)
            names.append(wizard::outlookVersionDisplayName(o));
        return names;
    };
    s.columns.append(outlook);
    RecordColumn sp;
    sp.header = tr("Service pack");
    sp.fieldKey = u"servicePack"_s;
    sp.value = [](const wizard::Topology &t, qsizetype i) {
        const wizard::Setting<int> &v = t.clientGroups.at(i).servicePack;
        return QVariant(v.isKnown() ? (v.value() == 0 ? tr("RTM") : tr("SP%1").arg(v.value())) : QString());
    };
    sp.setValue = [](wizard::Topology &t, qsizetype i, const QVariant &v) {
        QString text = v.toString().trimmed().toUpper();
        if (text.isEmpty()) {
            t.clientGroups[i].servicePack.setUnknown();
            return;
        }
        if (text == u"RTM"_s)
            text = u"0"_s;
        text.remove(u"SP"_s);
        bool ok = false;
        const int n = text.toInt(&ok);
        if (ok && n >= 0)
            t.clientGroups[i].servicePack = n;
    };
    s.columns.append(sp);
    RecordColumn location;
    location.header = tr("Location");
    location.fieldKey = u"location"_s;
    location.editor = RecordColumn::Editor::Choice;
    location.value = [](const wizard::Topology &t, qsizetype i) {
        return QVariant(wizard::clientLocationDisplayName(t.clientGroups.at(i).location));
    };
    location.setValue = [](wizard::Topology &t, qsizetype i, const QVariant &v) {
        if (auto l = wizard::parseClientLocationName(v.toString()))
            t.clientGroups[i].location = *l;
    };
    location.choices = [](const wizard::Topology &) {
        return QStringList{wizard::clientLocationDisplayName(wizard::ClientLocation::Internal),
                           wizard::clientLocationDisplayName(wizard::ClientLocation::External),
                           wizard::clientLocationDisplayName(wizard::ClientLocation::Both)};
    };
    s.columns.append(location);
    s.columns.append(serverListColumn(tr("Mailbox servers"), u"mailboxServers"_s, &ClientGroup::mailboxServers,
                                      &wizard::Topology::clientGroups));
    RecordColumn heads;
    heads.header = tr("Users");
    heads.fieldKey = u"headCount"_s;
    heads.editor = RecordColumn::Editor::Number;
    heads.value = [](const wizard::Topology &t, qsizetype i) { return QVariant(t.clientGroups.at(i).headCount); };
    heads.setValue
        = [](wizard::Topology &t, qsizetype i, const QVariant &v) { t.clientGroups[i].headCount = qMax(0, v.toInt()); };
    s.columns.append(heads);
    // KRB-003: the Outlook update Kerberos in coexistence needs (F65).
    s.columns.append(settingChoiceColumn(tr("Kerberos update"), u"kerberosCoexistenceUpdate"_s,
                                         &ClientGroup::kerberosCoexistenceUpdate, &wizard::Topology::clientGroups,
                                         yesNo()));
    s.columns.last().toolTip = tr("Outlook 2013 SP1 with the December 2014 update, or Outlook 2010 SP2 with the "
                                  "January 2015 update, or later, installed");
    return s;
}

RecordSchema casArraySchema()
{
    using wizard::CasArray;
    RecordSchema s;
    s.objectName = u"casArrays"_s;
    s.emptyHint = tr("No CAS arrays. Only Exchange 2010 uses them: add each site's array (the RpcClientAccessServer "
                     "name its internal Outlook clients use), or import Get-ClientAccessArray output.");
    s.subjectKind = wizard::SubjectKind::CasArray;
    setListOperations(s, &wizard::Topology::casArrays, tr("CAS-Array"));
    s.columns.append(textColumn(tr("Name"), u"name"_s, &CasArray::name, &wizard::Topology::casArrays));
    s.columns.append(textColumn(tr("FQDN"), u"fqdn"_s, &CasArray::fqdn, &wizard::Topology::casArrays,
                                RecordColumn::Editor::HostName));
    RecordColumn site = textColumn(tr("AD site"), u"site"_s, &CasArray::site, &wizard::Topology::casArrays,
                                   RecordColumn::Editor::Choice);
    site.choices = siteChoices;
    s.columns.append(site);
    return s;
}

RecordSchema databaseSchema()
{
    using wizard::MailboxDatabase;
    RecordSchema s;
    s.objectName = u"databases"_s;
    s.emptyHint = tr("No mailbox databases yet. Add them with the servers that hold them, or import "
                     "Get-MailboxDatabase output (File > Import cmdlet output).");
    s.subjectKind = wizard::SubjectKind::Database;
    setListOperations(s, &wizard::Topology::databases, tr("DB"));
    s.columns.append(textColumn(tr("Name"), u"name"_s, &MailboxDatabase::name, &wizard::Topology::databases));
    RecordColumn server = textColumn(tr("Server"), u"server"_s, &MailboxDatabase::server, &wizard::Topology::databases,
                                     RecordColumn::Editor::Choice);
    server.choices = [](const wizard::Topology &t) { return QStringList{QString()} + namesOf(t.servers); };
    s.columns.append(server);
    // Set-MailboxDatabase -RpcClientAccessServer (2010): a CAS array or CAS FQDN (F48).
    RecordColumn rpc;
    rpc.header = tr("RPC Client Access server");
    rpc.fieldKey = u"rpcClientAccessServer"_s;
    rpc.editor = RecordColumn::Editor::HostName;
    rpc.value = [](const wizard::Topology &t, qsizetype i) {
        const wizard::Setting<QString> &v = t.databases.at(i).rpcClientAccessServer;
        return QVariant(v.isKnown() ? v.value() : QString());
    };
    rpc.setValue = [](wizard::Topology &t, qsizetype i, const QVariant &v) {
        const QString text = v.toString().trimmed();
        if (text.isEmpty())
            t.databases[i].rpcClientAccessServer.setUnknown();
        else
            t.databases[i].rpcClientAccessServer = text;
    };
    s.columns.append(rpc);
    s.columns.append(textColumn(tr("Public folder database"), u"publicFolderDatabase"_s,
                                &MailboxDatabase::publicFolderDatabase, &wizard::Topology::databases));
    RecordColumn pf;
    pf.header = tr("Is PF database");
    pf.fieldKey = u"isPublicFolderDatabase"_s;
    pf.editor = RecordColumn::Editor::Check;
    pf.value
        = [](const wizard::Topology &t, qsizetype i) { return QVariant(t.databases.at(i).isPublicFolderDatabase); };
    pf.setValue = [](wizard::Topology &t, qsizetype i, const QVariant &v) {
        t.databases[i].isPublicFolderDatabase = v.toBool();
    };
    s.columns.append(pf);
    // Issue 16: the users of the waves that move the database.
    s.columns.append(settingNumberColumn(tr("Mailboxes"), u"mailboxCount"_s, &MailboxDatabase::mailboxCount,
                                         &wizard::Topology::databases, 0));
    s.columns.last().toolTip = tr("Mailboxes in the database (the collector counts them); empty when not recorded");
    return s;
}

RecordSchema servicePrincipalNameSchema()
{
    using wizard::ServicePrincipalName;
    RecordSchema s;
    s.objectName = u"servicePrincipalNames"_s;
    s.emptyHint = tr("None recorded. Import the setspn -L output of the alternate service account, or add "
                     "the http/ names it has.");
    setOrganizationListOperations(s, &wizard::Organization::servicePrincipalNames, u"http/"_s);
    s.columns.append(organizationListColumn(tr("SPN"), u"servicePrincipalNames"_s, &ServicePrincipalName::name,
                                            &wizard::Organization::servicePrincipalNames));
    s.columns.last().toolTip = tr("The service principal name, e.g. http/mail.contoso.com");
    s.columns.append(organizationListColumn(tr("Account"), u"servicePrincipalNames"_s, &ServicePrincipalName::account,
                                            &wizard::Organization::servicePrincipalNames));
    s.columns.last().toolTip = tr("The account it is registered on (setspn -L / -Q), e.g. CONTOSO\\EXCH2013ASA$");
    return s;
}

RecordSchema remotePublicFolderMailboxSchema()
{
    using wizard::PublicFolderProxyMailbox;
    RecordSchema s;
    s.objectName = u"remotePublicFolderMailboxes"_s;
    s.emptyHint = tr("None recorded. Import Get-OrganizationConfig output (its RemotePublicFolderMailboxes), "
                     "or add them.");
    setOrganizationListOperations(s, &wizard::Organization::remotePublicFolderMailboxes, tr("PFProxy"));
    s.columns.append(organizationListColumn(tr("Mailbox"), u"remotePublicFolderMailboxes"_s,
                                            &PublicFolderProxyMailbox::name,
                                            &wizard::Organization::remotePublicFolderMailboxes));
    RecordColumn database
        = organizationListColumn(tr("Database"), u"remotePublicFolderMailboxes"_s, &PublicFolderProxyMailbox::database,
                                 &wizard::Organization::remotePublicFolderMailboxes, RecordColumn::Editor::Choice);
    database.choices = [](const wizard::Topology &t) { return QStringList{QString()} + namesOf(t.databases); };
    s.columns.append(database);
    return s;
}

} // namespace ui
