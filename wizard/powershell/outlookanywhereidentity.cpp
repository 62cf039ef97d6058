#include "outlookanywhereidentity.h"

using namespace Qt::StringLiterals;

namespace wizard {

bool isRpcVirtualDirectoryIdentityOf(const QString &server, const QString &identity)
{
    const qsizetype slash = identity.indexOf(u'\\');
    return slash > 0 && slash + 1 < identity.size() && !server.isEmpty()
        && QStringView(identity).first(slash).compare(server, Qt::CaseInsensitive) == 0
        && !QStringView(identity).sliced(slash + 1).trimmed().isEmpty();
}

QString rpcVirtualDirectoryIdentity(const QString &server, const QString &capturedIdentity)
{
    if (!capturedIdentity.isEmpty() && isRpcVirtualDirectoryIdentityOf(server, capturedIdentity))
        return capturedIdentity;
    // Nothing captured: the name Exchange setup gives the directory (F24, F33).
    return server + u"\\Rpc (Default Web Site)"_s;
}

} // namespace wizard
