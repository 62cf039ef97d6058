#pragma once

#include <QDir>
#include <QStringList>
#include <QTest>

// Golden folders: tests/data/<area>/<case>/ each hold an input and the expected output.
// Adding a case needs no code: every sub-folder becomes a data row.
inline void addGoldenRows(const QString &area)
{
    QTest::addColumn<QString>("folder");
    const QDir dir(QStringLiteral(COEXPLAN_TEST_DATA) + u'/' + area);
    const QStringList cases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(!cases.isEmpty(), qPrintable(QStringLiteral("no golden cases under %1").arg(dir.path())));
    for (const QString &c : cases)
        QTest::addRow("%s", qPrintable(c)) << dir.filePath(c);
}

inline QByteArray readFileOrFail(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Set COEXPLAN_UPDATE_GOLDEN=1 to rewrite expected files from the actual output
// (then review the diff before committing).
inline bool updateGolden()
{
    return qEnvironmentVariableIntValue("COEXPLAN_UPDATE_GOLDEN") == 1;
}
