// Get-OutlookAnywhere records -> OutlookAnywhereSettings, by property name (F34-F36),
// with the schema of the server's version, not of the shell that printed it (F37).
#include "importdraft.h"
#include "powershell/outlookanywhereidentity.h"
#include "psvalues.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

class OutlookAnywhereMapper
{
public:
    OutlookAnywhereMapper(const PendingRecord &pending, ServerDraft &server, ImportDraft &draft, ImportResult &result)
        : m_record(*pending.record)
        , m_file(pending.file)
        , m_server(server)
        , m_draft(draft)
        , m_result(result)
        , m_recognised(result.records[pending.recognisedIndex])
    { }

    const PsProperty *property(QStringView name) const
    {
        const PsProperty *p = m_record.find(name);
        if (p && p->truncated) {
            noteAt(m_result, {m_file, p->line},
                   tr("%1 was cut off by Format-Table (\"%2\"): left unknown").arg(p->name, p->value));
            return nullptr;
        }
        return p;
    }

    template <typename T>
    void capture(Setting<T> OutlookAnywhereSettings::*member, QLatin1String field, const T &value,
                 const QString &display, int line)
    {
        if (!m_draft.facts.record(m_server.name, QString(field), display, {m_file, line}))
            return;
        (m_server.captured.*member) = value;
        if (!m_server.capturedFields.contains(field))
            m_server.capturedFields.append(QString(field));
        if (!m_recognised.fields.contains(field))
            m_recognised.fields.append(QString(field));
    }

    void hostName(QStringView name, Setting<QString> OutlookAnywhereSettings::*member, QLatin1String field)
    {
        if (const PsProperty *p = property(name))
            capture(member, field, p->value, p->value, p->line);
    }

    void boolean(QStringView name, Setting<bool> OutlookAnywhereSettings::*member, QLatin1String field)
    {
        const PsProperty *p = property(name);
        if (!p)
            return;
        const auto b = parsePsBool(p->value);
        if (!b)
            warnValue(m_result, m_file, *p, tr("expected True or False"));
        else
            capture(member, field, *b, p->value, p->line);
    }

    void method(QStringView name, Setting<AuthMethod> OutlookAnywhereSettings::*member, QLatin1String field)
    {
        const PsProperty *p = property(name);
        if (!p)
            return;
        if (p->value.isEmpty()) {
            noteAt(m_result, {m_file, p->line}, tr("%1 is empty: left unknown").arg(p->name));
            return;
        }
        const auto m = parseAuthMethod(p->value);
        if (!m)
            warnValue(m_result, m_file, *p, tr("not an authentication method (Basic, Ntlm, Negotiate...)"));
        else
            capture(member, field, *m, authMethodToken(*m), p->line);
    }

    void methodSet(QStringView name, Setting<AuthMethodSet> OutlookAnywhereSettings::*member, QLatin1String field)
    {
        const PsProperty *p = property(name);
        if (!p)
            return;
        const auto set = parsePsAuthSet(p->value);
        if (!set)
            warnValue(m_result, m_file, *p,
                      tr("not a list of authentication methods such as {Basic, Ntlm} (a half-pasted line?)"));
        else
            capture(member, field, *set, set->toDisplayString(), p->line);
    }

    void mapLegacy()
    {
        // A Get-OutlookAnywhere record means the Rpc virtual directory exists: on 2007/2010
        // that is what "Outlook Anywhere enabled" is (outlookanywhere.h).
        capture(&OutlookAnywhereSettings::enabled, oafield::enabled, true, u"True"_s, m_record.firstLine);
        hostName(u"ExternalHostname", &OutlookAnywhereSettings::externalHostname, oafield::externalHostname);
        methodSet(u"IISAuthenticationMethods", &OutlookAnywhereSettings::iisAuthenticationMethods,
                  oafield::iisAuthenticationMethods);
        boolean(u"SSLOffloading", &OutlookAnywhereSettings::sslOffloading, oafield::sslOffloading);
        if (m_record.has(u"ClientAuthenticationMethod")) {
            method(u"ClientAuthenticationMethod", &OutlookAnywhereSettings::clientAuthenticationMethod,
                   oafield::clientAuthenticationMethod);
            m_server.readFromNewerShell = false;
            return;
        }
        // A 2013+ shell shows a legacy vdir in the new schema: External* carries the legacy
        // client method, Internal* values are not the server's (F37, IMP-001).
        static const std::array<const char16_t *, 5> newSchema
            = {u"ExternalClientAuthenticationMethod", u"InternalClientAuthenticationMethod", u"InternalHostname",
               u"ExternalClientsRequireSsl", u"InternalClientsRequireSsl"};
        QStringList seen;
        for (const char16_t *n : newSchema) {
            if (const PsProperty *p = m_record.find(QStringView(n)))
                seen.append(p->name);
        }
        if (seen.isEmpty())
            return;
        m_server.readFromNewerShell = true;
        method(u"ExternalClientAuthenticationMethod", &OutlookAnywhereSettings::clientAuthenticationMethod,
               oafield::clientAuthenticationMethod);
        noteAt(m_result, {m_file, m_record.firstLine},
               tr("%1 is an Exchange %2 server printed by a 2013 or later shell (%3): ExternalClientAuthentication"
                  "Method is read as its ClientAuthenticationMethod, the Internal* and *RequireSsl values are "
                  "ignored (IMP-001)")
                   .arg(m_server.name, exchangeVersionToken(*m_server.version), seen.join(u", "_s)));
    }

    // The version is not in the input (RULEBOOK §6): only the values that mean the same
    // on every version are kept. A 2013+ shell prints a legacy vdir in its own schema,
    // External* then being the legacy client method and Internal* not the server's
    // (F37), so the client methods, InternalHostname and *RequireSsl wait for the version.
    void mapUnknownVersion()
    {
        hostName(u"ExternalHostname", &OutlookAnywhereSettings::externalHostname, oafield::externalHostname);
        methodSet(u"IISAuthenticationMethods", &OutlookAnywhereSettings::iisAuthenticationMethods,
                  oafield::iisAuthenticationMethods);
        boolean(u"SSLOffloading", &OutlookAnywhereSettings::sslOffloading, oafield::sslOffloading);
        static const std::array<const char16_t *, 6> versionDependent = {
            u"ClientAuthenticationMethod", u"ExternalClientAuthenticationMethod", u"InternalClientAuthenticationMethod",
            u"InternalHostname",           u"ExternalClientsRequireSsl",          u"InternalClientsRequireSsl"};
        QStringList seen;
        for (const char16_t *n : versionDependent) {
            if (const PsProperty *p = m_record.find(QStringView(n)))
                seen.append(p->name);
        }
        if (!seen.isEmpty())
            noteAt(m_result, {m_file, m_record.firstLine},
                   tr("%1: %2 mean different things on Exchange 2007/2010 and 2013 or later: left unknown "
                      "until its version is given")
                       .arg(m_server.name, seen.join(u", "_s)));
    }

    void mapNewGeneration()
    {
        hostName(u"ExternalHostname", &OutlookAnywhereSettings::externalHostname, oafield::externalHostname);
        hostName(u"InternalHostname", &OutlookAnywhereSettings::internalHostname, oafield::internalHostname);
        method(u"ExternalClientAuthenticationMethod", &OutlookAnywhereSettings::externalClientAuthenticationMethod,
               oafield::externalClientAuthenticationMethod);
        method(u"InternalClientAuthenticationMethod", &OutlookAnywhereSettings::internalClientAuthenticationMethod,
               oafield::internalClientAuthenticationMethod);
        methodSet(u"IISAuthenticationMethods", &OutlookAnywhereSettings::iisAuthenticationMethods,
                  oafield::iisAuthenticationMethods);
        boolean(u"SSLOffloading", &OutlookAnywhereSettings::sslOffloading, oafield::sslOffloading);
        boolean(u"ExternalClientsRequireSsl", &OutlookAnywhereSettings::externalClientsRequireSsl,
                oafield::externalClientsRequireSsl);
        boolean(u"InternalClientsRequireSsl", &OutlookAnywhereSettings::internalClientsRequireSsl,
                oafield::internalClientsRequireSsl);
        if (const PsProperty *p = m_record.find(u"ClientAuthenticationMethod"))
            noteAt(m_result, {m_file, p->line},
                   tr("ClientAuthenticationMethod is ignored on Exchange %1 (only Internal/External client methods "
                      "apply; an older shell's view?)")
                       .arg(exchangeVersionToken(*m_server.version)));
    }

private:
    const PsRecord &m_record;
    QString m_file;
    ServerDraft &m_server;
    ImportDraft &m_draft;
    ImportResult &m_result;
    RecognisedRecord &m_recognised;
};
} // namespace

void mapOutlookAnywhere(const PendingRecord &pending, ExchangeVersion version, ServerDraft &server, ImportDraft &draft,
                        ImportResult &result)
{
    // The directory's Identity, so that the commands address it by its real web site
    // (issue 13); a truncated or foreign one is not kept (the default is used then).
    // Kept only when it is not the default one, which the commands use anyway.
    if (const PsProperty *identity = pending.record->find(u"Identity"); identity && !identity->truncated
        && isRpcVirtualDirectoryIdentityOf(server.name, identity->value.trimmed())
        && identity->value.trimmed().compare(rpcVirtualDirectoryIdentity(server.name, {}), Qt::CaseInsensitive) != 0)
        server.rpcVirtualDirectoryIdentity = identity->value.trimmed();
    // ExtendedProtectionTokenChecking (None, Allow, Require; Set-OutlookAnywhere,
    // Applicable: 2010 and later, office-docs-powershell Set-OutlookAnywhere.md; F23, F69)
    // means the same on every version that prints it: kept even while the version is
    // unknown. Exchange 2007's directory has no such property.
    if (const PsProperty *p = pending.record->find(u"ExtendedProtectionTokenChecking");
        p && !p->truncated && version != ExchangeVersion::Ex2003) {
        const auto mode = parseExtendedProtectionToken(p->value.trimmed());
        if (!mode) {
            warnValueLeftUnknown(result, pending.file, *p, tr("expected None, Allow or Require"));
        } else if (draft.facts.record(server.name, u"extendedProtection"_s, extendedProtectionToken(*mode),
                                      {pending.file, p->line})) {
            server.extendedProtection = *mode;
            RecognisedRecord &rec = result.records[pending.recognisedIndex];
            if (!rec.fields.contains(u"extendedProtection"_s))
                rec.fields.append(u"extendedProtection"_s);
        }
    }
    OutlookAnywhereMapper mapper(pending, server, draft, result);
    if (isLegacy(version))
        mapper.mapLegacy();
    else if (isNewGeneration(version))
        mapper.mapNewGeneration();
    else if (version == ExchangeVersion::Unknown)
        mapper.mapUnknownVersion();
    else // Exchange 2003 has no Outlook Anywhere objects (outlookanywhere.h)
        noteAt(result, {pending.file, pending.record->firstLine},
               tr("%1 runs Exchange 2003, which has no Outlook Anywhere settings CoexPlan plans: record ignored")
                   .arg(server.name));
}

} // namespace wizard
