#include "planfile.h"

#include "atomicwrite.h"
#include "jsonlimits.h"
#include "jsonreader.h"
#include "planreader.h"
#include "planwriter.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

// nlohmann reports a byte offset; turn it into line and column for the message.
std::pair<int, int> lineAndColumn(const QByteArray &data, std::size_t byteOffset)
{
    int line = 1;
    int column = 1;
    const auto end = std::min<qsizetype>(static_cast<qsizetype>(byteOffset), data.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (data[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    // nlohmann's offset points one past the offending byte.
    return {line, std::max(1, column - 1)};
}
// What is wrong at a JSON syntax error, in words (never the parser's own text, which a
// client might read on the consultant's screen). `byteOffset` is nlohmann's: one past
// the byte it could not take.
QString jsonSyntaxProblem(const QByteArray &data, std::size_t &byteOffset)
{
    auto at = static_cast<qsizetype>(byteOffset) - 1;
    if (data.trimmed().isEmpty())
        return tr("the file is empty");
    if (at < 0 || at >= data.size())
        return tr("the plan ends too early: a closing brace, bracket or quote is missing");
    const char c = data[at];
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
        return tr("a control character (code %1) where JSON allows none").arg(int(c));
    if (c == '\n' || c == '\r' || c == '\t') {
        // Inside a string: JSON strings cannot span lines.
        return tr("a line break or tab inside a quoted value (write it as \\n or \\t)");
    }
    if (c == '}' || c == ']') {
        qsizetype before = at - 1;
        while (before >= 0 && QChar::isSpace(uchar(data[before])))
            --before;
        if (before >= 0 && data[before] == ',')
            return tr("a comma before the closing \"%1\" (JSON allows no comma after the last entry)")
                .arg(QChar::fromLatin1(c));
        return tr("an unexpected \"%1\": a value or a closing of another kind was expected").arg(QChar::fromLatin1(c));
    }
    if (c == '\'')
        return tr("a single quote: JSON quotes names and values with double quotes");
    if (c == '"')
        return tr("an unexpected quote: a comma or colon may be missing before it");
    if (QChar::isLetterOrNumber(uchar(c))) {
        // An unquoted word: nlohmann stops inside it; name the whole word, at its start.
        qsizetype start = at;
        while (start > 0 && QChar::isLetterOrNumber(uchar(data[start - 1])))
            --start;
        qsizetype end = at;
        while (end + 1 < data.size() && QChar::isLetterOrNumber(uchar(data[end + 1])) && end - start < 40)
            ++end;
        byteOffset = std::size_t(start) + 1;
        return tr("unexpected text \"%1\": names and text values need double quotes, and entries are separated by "
                  "commas")
            .arg(QString::fromUtf8(data.mid(start, end - start + 1)));
    }
    if (static_cast<unsigned char>(c) >= 0x80)
        return tr("unexpected text outside quotes (or text that is not UTF-8)");
    return tr("an unexpected \"%1\": names and text values need double quotes, and entries are separated by commas")
        .arg(QChar::fromLatin1(c));
}
} // namespace

QString PlanError::toString() const
{
    const QString where = file.isEmpty() ? tr("plan") : file;
    if (line > 0)
        return u"%1:%2:%3: %4"_s.arg(where).arg(line).arg(column).arg(message);
    if (!pointer.isEmpty())
        return u"%1: %2: %3"_s.arg(where, pointer, message);
    return u"%1: %2"_s.arg(where, message);
}

namespace {
// nlohmann's parse, for the texts the fast parser refuses: its error, in the plan's
// words, or the document it made.
std::optional<PlanError> parseWithNlohmann(const QByteArray &json, planjson::JsonDocument &document,
                                           const QString &fileNameForMessages)
{
    PlanError error;
    error.file = fileNameForMessages;
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(json.cbegin(), json.cend());
    } catch (const nlohmann::json::parse_error &e) {
        std::size_t offset = e.byte;
        const QString problem = jsonSyntaxProblem(json, offset);
        const auto [line, column] = lineAndColumn(json, offset);
        error.line = line;
        error.column = column;
        error.message = tr("this is not valid JSON: %1").arg(problem);
        return error;
    } catch (const std::exception &) {
        error.message = tr("this is not valid JSON");
        return error;
    }
    document = planjson::JsonDocument::fromNlohmann(root);
    return std::nullopt;
}

// The strict reader over a parsed document.
PlanLoadResult readDocument(const planjson::JsonDocument &document, const QString &fileNameForMessages)
{
    PlanLoadResult result;
    PlanError error;
    error.file = fileNameForMessages;
    try {
        result.plan = planjson::readPlan(document.root());
    } catch (const planjson::ReadError &e) {
        error.pointer = e.pointer.isEmpty() ? u"/"_s : e.pointer;
        error.message = e.message;
        result.error = error;
    } catch (const std::exception &) {
        // planjson reports every problem it knows as a ReadError; anything else is a
        // value of a shape it did not expect. Never the library's text (issue 14).
        error.pointer = u"/"_s;
        error.message = tr("a value has a type or shape the plan format does not allow");
        result.error = error;
    }
    return result;
}

// The parse and the strict reader, for bytes that passed the JsonLimitScanner: nlohmann
// only ever sees input within its depth and value limits. `tryFastParser` is false when
// the JsonDocument parser has refused these bytes already.
PlanLoadResult parseWithinLimits(const QByteArray &json, const QString &fileNameForMessages, bool tryFastParser = true)
{
    planjson::JsonDocument document;
    if (!tryFastParser || !document.parse(json)) {
        PlanLoadResult result;
        // Not JSON to the fast parser: nlohmann's parser says where and why (and takes
        // the few valid texts the fast one leaves to it, such as a byte order mark).
        if (auto syntaxError = parseWithNlohmann(json, document, fileNameForMessages)) {
            result.error = std::move(syntaxError);
            return result;
        }
    }
    return readDocument(document, fileNameForMessages);
}
} // namespace

PlanLoadResult parsePlan(const QByteArray &json, const QString &fileNameForMessages)
{
    // Valid JSON within the limits, as the JsonDocument parser counts them, passes the
    // JsonLimitScanner: only bytes it refuses are scanned, for the scanner's message
    // first, as before (and the parser stops at the limits, so its memory is bounded too).
    planjson::JsonDocument document;
    if (document.parse(json))
        return readDocument(document, fileNameForMessages);
    if (const auto tooDeep = planjson::checkJsonLimits(json)) {
        PlanLoadResult result;
        result.error = PlanError{fileNameForMessages, {}, tooDeep->line, tooDeep->column, tooDeep->message};
        return result;
    }
    return parseWithinLimits(json, fileNameForMessages, false);
}

PlanLoadResult loadPlanFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PlanLoadResult r;
        r.error = PlanError{path, {}, 0, 0, tr("cannot open the file: %1").arg(file.errorString())};
        return r;
    }
    // The limits hold while reading: /dev/zero, a pipe or a FIFO has no size to check
    // first, so a stream that never ends, or that only nests, is refused early.
    const auto refuse = [&path](const QString &message, int line = 0, int column = 0) {
        PlanLoadResult r;
        r.error = PlanError{path, {}, line, column, message};
        return r;
    };
    const QString tooLarge = tr("the file is larger than a plan can be (%1 MB)").arg(maxPlanFileBytes / (1024 * 1024));
    if (!file.isSequential() && file.size() > maxPlanFileBytes)
        return refuse(tooLarge);
    // Chunks are joined only when the whole input is within the limit: a stream that
    // crosses it costs the limit in memory, not twice that.
    QList<QByteArray> chunks;
    qint64 total = 0;
    planjson::JsonLimitScanner scanner;
    constexpr qint64 chunk = qint64(1) << 20;
    while (total <= maxPlanFileBytes) {
        QByteArray part = file.read(std::min(chunk, maxPlanFileBytes + 1 - total));
        if (part.isEmpty())
            break;
        if (const auto crossed = scanner.feed(part))
            return refuse(crossed->message, crossed->line, crossed->column);
        total += part.size();
        chunks.append(std::move(part));
    }
    if (file.error() != QFileDevice::NoError)
        return refuse(tr("cannot read the file: %1").arg(file.errorString()));
    if (total > maxPlanFileBytes)
        return refuse(tooLarge);
    // The scanner saw every byte: the limits are not checked a second time.
    if (chunks.size() == 1)
        return parseWithinLimits(chunks.first(), path);
    QByteArray data;
    data.reserve(total);
    for (const QByteArray &part : std::as_const(chunks))
        data += part;
    chunks.clear();
    return parseWithinLimits(data, path);
}

QByteArray serializePlan(const Plan &plan)
{
    const std::string text = planjson::writePlan(plan);
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

std::optional<QString> savePlanFile(const Plan &plan, const QString &path)
{
    const QByteArray data = serializePlan(plan);
    // No command writes a plan it would refuse to load: what is saved is read back
    // first, with the limits and checks of every later load.
    const PlanLoadResult readBack = parsePlan(data, path);
    if (!readBack.ok())
        return tr("%1: not saved, the plan would not load again (%2); the previous file is unchanged")
            .arg(path, readBack.error->toString());
    if (*readBack.plan != plan)
        return tr("%1: not saved, a value cannot be stored as it is (invalid text?); the previous file is "
                  "unchanged")
            .arg(path);
    return writeFileAtomically(path, data);
}

} // namespace wizard
