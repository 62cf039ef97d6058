#pragma once

#include "checks/finding.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace ui {

// A field widget with its live flag: a coloured frame and a severity icon whose tooltip
// gives each finding's message, why and fix. The findings come from the engine; the
// field only shows the worst of them.
class MarkedField : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(QString severity READ severityToken)

public:
    MarkedField(const QString &fieldKey, QWidget *field, QWidget *parent = nullptr);

    QString fieldKey() const { return m_fieldKey; }
    QWidget *field() const { return m_field; }

    void setFindings(const QList<wizard::Finding> &findings);
    // "error", "warning", "info", or empty when the field has no finding.
    QString severityToken() const;
    // Workshop mode: thicker, higher-contrast frames.
    static void setHighContrast(bool on);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_fieldKey;
    QWidget *m_field;
    QLabel *m_icon;
    std::optional<wizard::Severity> m_severity;
    QString m_fieldToolTip;
};

QColor severityColor(wizard::Severity severity, bool highContrast);
bool highContrastMarkers();

} // namespace ui
