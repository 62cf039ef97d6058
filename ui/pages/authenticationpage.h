#pragma once

#include "wizardpage.h"

class QBoxLayout;
class QGridLayout;
class QWidget;

namespace ui {

class ServerFieldSet;

// Part A (Outlook -> new CAS) and Part B (new CAS -> legacy CAS) authentication side by
// side: one row per Client Access server with the methods each side offers.
class AuthenticationPage : public WizardPage
{
    Q_OBJECT

public:
    explicit AuthenticationPage(PlanSession *session, QWidget *parent = nullptr);

    bool appliesTo(const wizard::Topology &topology) const override;
    bool isSideBySide() const;
    // Findings are owned by the server pages; this page only shows their markers.
    void focusFinding(const wizard::Finding &finding) override;
    ServerFieldSet *partARow(const QString &server) const;
    ServerFieldSet *partBRow(const QString &server) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Side
    {
        QWidget *container = nullptr;
        QGridLayout *grid = nullptr;
        QStringList fieldKeys;
        QStringList servers;
        QList<ServerFieldSet *> rows;
    };
    QWidget *createSide(Side &side, const QString &objectName, const QString &title, const QString &intro);
    void rebuild();
    void rebuildSide(Side &side, const QStringList &servers);

    QBoxLayout *m_sides = nullptr;
    Side m_partA;
    Side m_partB;
};

} // namespace ui
