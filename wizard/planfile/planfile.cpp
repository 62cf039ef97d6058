#include "planfile.h"

#include "jsonreader.h"
#include "planreader.h"
#include "planwriter.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

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

PlanLoadResult parsePlan(const QByteArray &json, const QString &fileNameForMessages)
{
    PlanLoadResult result;
    PlanError error;
    error.file = fileNameForMessages;
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(json.cbegin(), json.cend());
    } catch (const nlohmann::json::parse_error &e) {
        const auto [line, column] = lineAndColumn(json, e.byte);
        error.line = line;
        error.column = column;
        error.message = tr("this is not valid JSON (%1)").arg(QString::fromUtf8(e.what()));
        result.error = error;
        return result;
    } catch (const std::exception &e) {
        error.message = tr("this is not valid JSON (%1)").arg(QString::fromUtf8(e.what()));
        result.error = error;
        return result;
    }
    try {
        result.plan = planjson::readPlan(root);
    } catch (const planjson::ReadError &e) {
        error.pointer = e.pointer.isEmpty() ? u"/"_s : e.pointer;
        error.message = e.message;
        result.error = error;
    } catch (const std::exception &e) {
        error.message = QString::fromUtf8(e.what());
        result.error = error;
    }
    return result;
}

PlanLoadResult loadPlanFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PlanLoadResult r;
        r.error = PlanError{path, {}, 0, 0, tr("cannot open the file: %1").arg(file.errorString())};
        return r;
    }
    if (file.size() > maxPlanFileBytes) {
        PlanLoadResult r;
        r.error = PlanError{path,
                            {},
                            0,
                            0,
                            tr("the file is %1 MB, larger than a plan can be (%2 MB)")
                                .arg(file.size() / (1024 * 1024))
                                .arg(maxPlanFileBytes / (1024 * 1024))};
        return r;
    }
    PlanLoadResult r = parsePlan(file.readAll(), path);
    return r;
}

QByteArray serializePlan(const Plan &plan)
{
    const std::string text = planjson::writePlan(plan);
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

std::optional<QString> savePlanFile(const Plan &plan, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot write the file: %2").arg(path, file.errorString());
    const QByteArray data = serializePlan(plan);
    if (file.write(data) != data.size()) {
        const QString message = tr("%1: writing failed: %2").arg(path, file.errorString());
        file.cancelWriting();
        return message;
    }
    if (!file.commit())
        return tr("%1: saving failed, the previous file is unchanged: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace wizard
