#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace wizard {

// What the importer accepts as one text input: the largest cmdlet dump seen in
// practice is a few MB; 64 MB leaves room for a 10,000-server Format-List dump.
inline constexpr qint64 maxImportBytes = qint64(64) * 1024 * 1024;

enum class TextEncoding { Utf8, Utf8Bom, Utf16LeBom, Utf16BeBom };
QString textEncodingName(TextEncoding e); // "UTF-16LE (BOM)" ...

struct DecodedText
{
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

struct TextDecodeResult
{
    std::optional<DecodedText> decoded;
    QString error; // set when !decoded: says why the input is not text
};

// RULEBOOK §6: UTF-16LE/BE with BOM (what Windows PowerShell's `>` and Out-File
// write), UTF-8 with or without BOM. Refuses input larger than maxImportBytes and
// binary input (NUL bytes outside UTF-16, invalid UTF-8, control characters).
TextDecodeResult decodeImportBytes(const QByteArray &bytes);

// Reads a file (or stdin for "-") after checking its size, so a 200 MB file is
// refused without being read into memory.
TextDecodeResult readImportFile(const QString &path);

} // namespace wizard
