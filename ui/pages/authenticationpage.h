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
    // The rows of a server (built first if the page has not been shown since the plan's
    // servers changed), or nullptr.
    ServerFieldSet *partARow(const QString &server);
    ServerFieldSet *partBRow(const QString &server);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

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
    // The rows are built when the page is shown: a 1,000-server plan has 500 Client
    // Access servers, and opening it must not wait for 1,500 editors nobody sees yet.
    void rebuild();
    void rebuildIfStale();
    void updateDirection();
    void rebuildSide(Side &side, const QStringList &servers);

    QBoxLayout *m_sides = nullptr;
    Side m_partA;
    Side m_partB;
    bool m_rowsStale = true;
};

} // namespace ui
