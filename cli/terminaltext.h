#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

class QTextStream;

namespace cli {

// What the CLI prints reaches a terminal: a plan value or an imported line holding ESC
// could change colours or the window title. Control characters other than line feed
// and tab (C0, DEL, C1) are shown as \xNN instead; everything the CLI prints passes
// here (JSON output is unchanged: its strings escape control characters already).
QString visibleControls(const QString &text);

// A write-only device that passes UTF-8 text on to `target` as visibleControls() would
// show it, as it is written: a command's output (a 90 MB JSON report) streams out
// instead of being held whole in memory, twice, before it is shown. Bytes are written
// to the target stream's device when it has one and writes UTF-8, else as text through
// the stream; a character split between two writes is held until it is whole.
class VisibleControlsDevice : public QIODevice
{
public:
    explicit VisibleControlsDevice(QTextStream &target);
    ~VisibleControlsDevice() override;

    // Passes on what is held (an incomplete character at the very end, as it came) and
    // flushes the target.
    void finish();

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    void forward(const QByteArray &bytes);

    QTextStream &m_target;
    QByteArray m_held; // the start of a character the next write completes
};

} // namespace cli
