#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace wizard {

// The host of `url` for the plain shape "https://<host>[/<path>]": a DNS name of ASCII
// letters, digits and inner hyphens in dot-separated labels, whose last label starts
// with a letter (so it is no IPv4 address), no "xn--" label (no IDN to decode), and a
// path of unreserved characters and slashes only (no query, fragment, port, user info,
// percent sign or trailing dot). For such a URL QUrl(url, QUrl::StrictMode).host() is
// this host in lower case, so callers may compare it case-insensitively without
// parsing. std::nullopt for every other shape: those need QUrl.
std::optional<QStringView> plainHttpsHost(QStringView url);

// QUrl(url, QUrl::StrictMode).host().compare(host, Qt::CaseInsensitive) == 0, parsing
// with QUrl only when plainHttpsHost does not apply.
bool urlHostMatches(const QString &url, QStringView host);

} // namespace wizard
