#pragma once

// One import golden folder (tests/data/imports/<case>/) as the importer sees it: its
// inputs, its base plan and the user's answers (options.txt). Shared by the golden test
// and the re-spacing property test.
#include "imports/planimport.h"
#include "planfile/planfile.h"

#include "goldenfolders.h"

#include <QDir>

struct GoldenImportCase
{
    QList<wizard::ImportSource> sources;
    QStringList inputFiles; // paths, in name order
    wizard::Plan base;
    wizard::ImportOptions options;
};

// options.txt: one answer a line, as on the CLI ("--server NAME", "--version NAME=2010").
inline wizard::ImportOptions readGoldenOptions(const QDir &dir)
{
    wizard::ImportOptions options;
    if (!dir.exists(QStringLiteral("options.txt")))
        return options;
    const QStringList lines
        = QString::fromUtf8(readFileOrFail(dir.filePath(QStringLiteral("options.txt")))).split(u'\n');
    for (const QString &line : lines) {
        const QString value = line.section(u' ', 1).trimmed();
        if (line.startsWith(QStringLiteral("--server "))) {
            options.serverForAnonymousRecords = value;
        } else if (line.startsWith(QStringLiteral("--version "))) {
            const auto version = wizard::parseExchangeVersionToken(value.section(u'=', 1));
            if (!version)
                qFatal("options.txt: bad --version %s", qPrintable(value));
            options.versions.append({value.section(u'=', 0, 0), *version});
        } else if (!line.trimmed().isEmpty()) {
            qFatal("options.txt: unknown line %s", qPrintable(line));
        }
    }
    return options;
}

inline GoldenImportCase loadGoldenImportCase(const QString &folder)
{
    const QDir dir(folder);
    GoldenImportCase c;
    if (dir.exists(QStringLiteral("base.coexplan"))) {
        const wizard::PlanLoadResult loaded = wizard::loadPlanFile(dir.filePath(QStringLiteral("base.coexplan")));
        if (loaded.ok())
            c.base = *loaded.plan;
    }
    c.options = readGoldenOptions(dir);
    for (const QString &name : dir.entryList({QStringLiteral("input*")}, QDir::Files, QDir::Name)) {
        c.inputFiles.append(dir.filePath(name));
        c.sources.append(wizard::ImportSource{name, wizard::readImportFile(dir.filePath(name))});
    }
    return c;
}
