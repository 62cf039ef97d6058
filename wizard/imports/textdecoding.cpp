#include "textdecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

QString tooLarge(qint64 size)
{
    return tr("the input is %1 MB; CoexPlan imports text of at most %2 MB (split the dump, or import the "
              "collector's output)")
        .arg(size / (1024 * 1024))
        .arg(maxImportBytes / (1024 * 1024));
}

// Text from the shells has no control characters other than tab, CR, LF and (rarely)
// form feed; a few stray ones are tolerated, many mean binary input.
bool looksBinary(const QString &text, QString *why)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0) {
            *why = tr("it contains NUL bytes (a binary file, or UTF-16 without a byte order mark)");
            return true;
        }
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f')
            ++controls;
    }
    if (controls > 8 && controls * 100 > text.size()) {
        *why = tr("it contains control characters (a binary file?)");
        return true;
    }
    return false;
}

int lineAt(const QString &text, qsizetype index)
{
    return int(QStringView(text).first(index).count(u'\n')) + 1;
}

// Qt's UTF-16 decoder passes a lone surrogate through; saved as UTF-8 it would become
// another text than the one compared on import (issue 18, defect 4).
qsizetype loneSurrogateAt(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return i;
    }
    return -1;
}

TextDecodeResult decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, TextEncoding tag)
{
    const bool utf16 = tag == TextEncoding::Utf16LeBom || tag == TextEncoding::Utf16BeBom;
    if (utf16 && bytes.size() % 2 != 0)
        return {std::nullopt,
                tr("it is not valid %1 text: an odd number of bytes follows the byte order mark (the "
                   "file is cut short?)")
                    .arg(textEncodingName(tag))};
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {std::nullopt, tr("it is not valid %1 text (a binary file?)").arg(textEncodingName(tag))};
    if (const qsizetype at = loneSurrogateAt(text); at >= 0)
        return {std::nullopt,
                tr("line %1: it is not valid %2 text (a lone surrogate, U+%3)")
                    .arg(lineAt(text, at))
                    .arg(textEncodingName(tag))
                    .arg(QString::number(text[at].unicode(), 16).toUpper())};
    QString why;
    if (looksBinary(text, &why))
        return {std::nullopt, why};
    return {DecodedText{std::move(text), tag}, {}};
}
} // namespace

QString textEncodingName(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Utf16LeBom:
        return QStringLiteral("UTF-16LE (BOM)");
    case TextEncoding::Utf16BeBom:
        return QStringLiteral("UTF-16BE (BOM)");
    }
    return {};
}

TextDecodeResult decodeImportBytes(const QByteArray &bytes)
{
    if (bytes.size() > maxImportBytes)
        return {std::nullopt, tooLarge(bytes.size())};
    const QByteArrayView view(bytes);
    if (view.startsWith("\xFF\xFE"))
        return decodeWith(QStringConverter::Utf16LE, view.sliced(2), TextEncoding::Utf16LeBom);
    if (view.startsWith("\xFE\xFF"))
        return decodeWith(QStringConverter::Utf16BE, view.sliced(2), TextEncoding::Utf16BeBom);
    if (view.startsWith("\xEF\xBB\xBF"))
        return decodeWith(QStringConverter::Utf8, view.sliced(3), TextEncoding::Utf8Bom);
    return decodeWith(QStringConverter::Utf8, view, TextEncoding::Utf8);
}

TextDecodeResult readImportFile(const QString &path)
{
    QFile file;
    if (path == QStringLiteral("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return {std::nullopt, tr("cannot read standard input")};
        // stdin has no size: read one byte more than allowed to detect an overlong input.
        const QByteArray bytes = file.read(maxImportBytes + 1);
        if (bytes.size() > maxImportBytes)
            return {std::nullopt, tooLarge(bytes.size())};
        return decodeImportBytes(bytes);
    }
    const QFileInfo info(path);
    if (!info.exists())
        return {std::nullopt, tr("no such file")};
    if (info.isDir())
        return {std::nullopt, tr("it is a folder, not a file")};
    if (info.size() > maxImportBytes)
        return {std::nullopt, tooLarge(info.size())};
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, tr("cannot open it: %1").arg(file.errorString())};
    const QByteArray bytes = file.read(maxImportBytes + 1);
    return decodeImportBytes(bytes);
}

} // namespace wizard
