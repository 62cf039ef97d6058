#include "autodiscoverxml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

void readProtocol(QXmlStreamReader &xml, AutodiscoverProtocol &p)
{
    const QString typeAttribute = xml.attributes().value(u"Type"_s).toString();
    if (!typeAttribute.isEmpty())
        p.type = typeAttribute;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement())
            return; // </Protocol>: every child element is consumed below
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"Internal" || name == u"External" || name == u"Protocol") {
            xml.skipCurrentElement(); // WEB's URL lists, nested EXHTTP nodes
            continue;
        }
        const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        if (name == u"Type" && p.type.isEmpty())
            p.type = text;
        else if (name == u"Server")
            p.server = text;
        else if (name == u"ServerVersion")
            p.serverVersion = text;
        else if (name == u"AuthPackage")
            p.authPackage = text;
        else if (name == u"SSL")
            p.ssl = text.compare(u"On"_s, Qt::CaseInsensitive) == 0;
        else if (name == u"CertPrincipalName")
            p.certPrincipalName = text;
        else if (name == u"ASUrl")
            p.asUrl = text;
    }
}
} // namespace

bool looksLikeAutodiscoverXml(const QString &text)
{
    const QStringView head = QStringView(text).first(qMin<qsizetype>(text.size(), 4096)).trimmed();
    return head.startsWith(u'<') && head.contains(u"<Autodiscover", Qt::CaseInsensitive);
}

AutodiscoverParseResult parseAutodiscoverXml(const QString &text)
{
    QXmlStreamReader xml(text);
    AutodiscoverResponse response;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (!sawRoot) {
            if (name != u"Autodiscover")
                return {std::nullopt, int(xml.lineNumber()),
                        tr("the XML root element is <%1>, not <Autodiscover>").arg(name.toString())};
            sawRoot = true;
        } else if (name == u"Protocol") {
            AutodiscoverProtocol p;
            p.line = int(xml.lineNumber());
            readProtocol(xml, p);
            response.protocols.append(p);
        } else if (name == u"DisplayName") {
            response.displayName = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        } else if (name == u"AutoDiscoverSMTPAddress") {
            response.smtpAddress = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        } else if (name == u"ErrorCode") {
            response.errorLine = int(xml.lineNumber());
            response.errorCode = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        } else if (name == u"Message") {
            response.errorMessage = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        }
    }
    if (xml.hasError())
        return {std::nullopt, int(xml.lineNumber()), tr("malformed XML: %1").arg(xml.errorString())};
    if (!sawRoot)
        return {std::nullopt, 1, tr("no <Autodiscover> element")};
    return {response, 0, {}};
}

} // namespace wizard
