#pragma once

#include <QStringView>
#include <QtGlobal>

namespace wizard {

// A name compared case-insensitively (Exchange and DNS names are), hashed without
// allocating a lower-case copy: the key of every name index of the checks
// (CheckContext) and the flows (FlowTopology, FindingPlacement). A view: the string it
// names must outlive the key (indexes view the topology they are built from). Equal
// exactly when QStringView::compare(Qt::CaseInsensitive) says so, and equal keys hash
// alike (tests/flows/tst_namekey).
struct NameKey
{
    QStringView text;

    // Simple case folding keeps lengths, so keys of different lengths never match.
    // ASCII units are compared folded here (a hash bucket's other names of the same
    // length mostly differ in a digit or two); the first other unit that differs hands
    // the whole comparison to compare(), which folds surrogate pairs as code points.
    friend bool operator==(NameKey a, NameKey b)
    {
        const qsizetype n = a.text.size();
        if (n != b.text.size())
            return false;
        if (a.text == b.text)
            return true;
        const char16_t *x = a.text.utf16();
        const char16_t *y = b.text.utf16();
        for (qsizetype i = 0; i < n; ++i) {
            char16_t c = x[i];
            char16_t d = y[i];
            if (c == d)
                continue;
            if (c >= 0x80 || d >= 0x80)
                return a.text.compare(b.text, Qt::CaseInsensitive) == 0;
            c = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
            d = d >= u'A' && d <= u'Z' ? char16_t(d + 32) : d;
            if (c != d)
                return false;
        }
        return true;
    }
};
size_t qHash(NameKey key, size_t seed = 0) noexcept;

} // namespace wizard
