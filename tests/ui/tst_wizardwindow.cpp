// The wizard window driven like a user would: QTest events on widgets found by name.
#include "windowtesting.h"

using namespace windowtest;

class TestWizardWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wholePlan_thenRemovingNtlm_flagsPartB_andUndoClearsIt()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *next = child<QPushButton>(&w, u"nextButton"_s);

        // Start -> a new plan opens the organization step.
        QTest::mouseClick(child<QPushButton>(&w, u"startNewPlan"_s), Qt::LeftButton);
        QTRY_COMPARE(currentPage(w), u"organizationPage"_s);
        auto *org = w.findChild<QWidget *>(u"organizationPage"_s);
        QTest::keyClicks(child<QLineEdit>(org, u"name"_s), u"Contoso"_s);
        QTest::keyClicks(child<QLineEdit>(org, u"namespaces.outlookAnywhereExternal"_s), u"mail.contoso.com"_s);
        QTest::keyClicks(child<QLineEdit>(org, u"namespaces.autodiscover"_s), u"autodiscover.contoso.com"_s);
        QCOMPARE(w.session()->topology().organization.namespaces.outlookAnywhereExternal, u"mail.contoso.com"_s);
        // No Exchange 2007 in the plan: no legacy-namespace question.
        QVERIFY(!child<QWidget>(org, u"marker:namespaces.legacy"_s)->isVisible());

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(currentPage(w), u"sitesPage"_s);
        QTest::mouseClick(child<QPushButton>(&w, u"sitesAdd"_s), Qt::LeftButton);
        QCOMPARE(w.session()->topology().sites.size(), 1);

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(currentPage(w), u"newServersPage"_s);
        QTest::mouseClick(child<QPushButton>(&w, u"newServersAdd"_s), Qt::LeftButton);
        QCOMPARE(w.session()->undoStack()->undoText(), u"Add EX2013CAS"_s);

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(currentPage(w), u"legacyServersPage"_s);
        auto *legacy = w.findChild<QWidget *>(u"legacyServersPage"_s);
        QTest::mouseClick(child<QPushButton>(legacy, u"legacyServersAdd"_s), Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(legacy, u"serverDetailsTitle"_s)->text().contains(u"EX2010CAS"_s), true);
        // A 2010 CAS starts with Outlook Anywhere off (F1, F3): enable it.
        auto *enabled = child<QComboBox>(legacy, u"outlookAnywhere.enabled"_s);
        QCOMPARE(enabled->currentIndex(), 2);
        QTest::keyClick(enabled, Qt::Key_Up);
        QVERIFY(w.session()->topology().findServer(u"EX2010CAS"_s)->outlookAnywhere.enabled.valueOr(false));
        // Internal-only fields do not exist on 2010 (F36): hidden.
        QVERIFY(!child<QWidget>(legacy, u"marker:outlookAnywhere.internalHostname"_s)->isVisible());

        // Record the IIS methods: Basic and NTLM.
        auto *iis = child<QWidget>(legacy, iisKey);
        QTest::mouseClick(child<QCheckBox>(iis, u"unknown"_s), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(iis, u"Basic"_s), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(iis, u"Ntlm"_s), Qt::LeftButton);
        auto *marker = child<ui::MarkedField>(legacy, u"marker:"_s + iisKey);
        QCOMPARE(marker->severityToken(), QString());
        QCOMPARE(findingRows(w, u"PB-002"_s, wizard::Severity::Error), 0);

        // The mismatch: remove NTLM -> marker and PB-002 at once.
        QTest::mouseClick(child<QCheckBox>(iis, u"Ntlm"_s), Qt::LeftButton);
        QCOMPARE(marker->severityToken(), u"error"_s);
        QVERIFY(marker->field()->toolTip().contains(u"PB-002"_s));
        // The marker's icon sits beside the check boxes, not across the form.
        const QWidget *icon = child<QWidget>(marker, u"markerIcon:"_s + iisKey);
        const QCheckBox *lastBox = child<QCheckBox>(iis, u"unknown"_s);
        const int gap = icon->mapTo(marker, QPoint(0, 0)).x() - lastBox->mapTo(marker, QPoint(lastBox->width(), 0)).x();
        QVERIFY2(gap >= 0 && gap <= 3 * icon->width(), qPrintable(QString::number(gap)));
        QCOMPARE(findingRows(w, u"PB-002"_s, wizard::Severity::Error), 1);
        QVERIFY(w.stepModel()->index(4).data(ui::StepListModel::ErrorsRole).toInt() >= 1);
        QCOMPARE(w.session()->undoStack()->undoText(), u"Change IIS authentication methods of EX2010CAS"_s);

        // Undo -> both go.
        w.findChild<QAction *>(u"actionUndo"_s)->trigger();
        QCOMPARE(marker->severityToken(), QString());
        QCOMPARE(findingRows(w, u"PB-002"_s, wizard::Severity::Error), 0);
        QVERIFY(child<QCheckBox>(iis, u"Ntlm"_s)->isChecked());

        // On through the remaining steps to the review.
        for (const QString &page : {u"certificatesPage"_s, u"loadBalancersPage"_s, u"clientGroupsPage"_s,
                                    u"authenticationPage"_s, u"reviewPage"_s, u"cutoverPage"_s, u"exportPage"_s}) {
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(currentPage(w), page);
        }
        QVERIFY(!next->isEnabled());
        QVERIFY(w.windowTitle().contains(u"Untitled"_s));
        QVERIFY(w.isWindowModified());
    }

    void backAndNext_keepWhatWasTyped()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.goToStep(1);
        auto *org = w.findChild<QWidget *>(u"organizationPage"_s);
        QTest::keyClicks(child<QLineEdit>(org, u"name"_s), u"Fabrikam"_s);
        QTest::mouseClick(child<QPushButton>(&w, u"nextButton"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&w, u"backButton"_s), Qt::LeftButton);
        QCOMPARE(currentPage(w), u"organizationPage"_s);
        QCOMPARE(child<QLineEdit>(org, u"name"_s)->text(), u"Fabrikam"_s);
        // Typing merges into one undo step.
        QCOMPARE(w.session()->undoStack()->count(), 1);
    }

    void activatingAFinding_showsItsPageAndField()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        QVERIFY(!w.session()->isDirty());
        wizard::Finding pb002;
        for (const wizard::Finding &f : w.session()->findings()) {
            if (f.ruleId == u"PB-002"_s && f.severity == wizard::Severity::Error)
                pb002 = f;
        }
        QCOMPARE(pb002.subject.name, u"EX2010CAS"_s);
        Q_EMIT w.findingsPanel()->findingActivated(pb002);
        QCOMPARE(currentPage(w), u"legacyServersPage"_s);
        auto *legacy = w.findChild<QWidget *>(u"legacyServersPage"_s);
        auto *table = child<ui::RecordTableEditor>(legacy, u"legacyServersEditor"_s);
        QCOMPARE(table->currentRecord(), u"EX2010CAS"_s);
        auto *iis = child<QWidget>(legacy, iisKey);
        QTRY_VERIFY(iis->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(child<ui::MarkedField>(legacy, u"marker:"_s + iisKey)->severityToken(), u"error"_s);
    }

    void importingCmdletOutput_isOneUndoableEdit()
    {
        ui::MainWindow w;
        const QString dir = QStringLiteral(COEXPLAN_TEST_DATA "/imports/e2010-legacy-shell/");
        QVERIFY(w.importActions()->importFiles({dir + u"input-1-servers.txt"_s, dir + u"input-2-oa2010.txt"_s}));
        const wizard::Server *ex2010 = w.session()->topology().findServer(u"EX2010"_s);
        QVERIFY(ex2010);
        QCOMPARE(ex2010->version, wizard::ExchangeVersion::Ex2010);
        QVERIFY(w.importActions()->lastReport().contains(u"input-2-oa2010.txt"_s));
        QVERIFY(w.session()->undoStack()->undoText().startsWith(u"Import input-1-servers.txt"_s));
        QTRY_VERIFY(w.findChild<QWidget *>(u"importReportDialog"_s)->isVisible());
        // The imported Basic-only legacy CAS is flagged at once (PB-002).
        QCOMPARE(findingRows(w, u"PB-002"_s, wizard::Severity::Error), 1);
        w.session()->undoStack()->undo();
        QVERIFY(w.session()->topology().servers.isEmpty());
    }

    // Issue 18, defect 1: a failed autosave (full disk) is shown in a dialog.

    void failedAutosave_showsADialog()
    {
        ui::MainWindow w;
        wizard::setWriteFaultForTesting(
            [](const QString &) { return std::optional<QString>(u"No space left on device"_s); });
        const QString dir = QStringLiteral(COEXPLAN_TEST_DATA "/imports/e2010-legacy-shell/");
        QVERIFY(w.importActions()->importFiles({dir + u"input-1-servers.txt"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QMessageBox *>(u"autosaveFailedDialog"_s), 10000);
        wizard::setWriteFaultForTesting({});
        auto *box = w.findChild<QMessageBox *>(u"autosaveFailedDialog"_s);
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(u"No space left on device"_s), qPrintable(box->text()));
        box->close();
    }

    void pastingGarbage_leavesThePlanAlone()
    {
        ui::MainWindow w;
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        const wizard::Plan before = w.session()->plan();
        QGuiApplication::clipboard()->setText(u"\x01\x02 this is not cmdlet output"_s);
        w.findChild<QAction *>(u"actionPasteCmdletOutput"_s)->trigger();
        QCOMPARE(w.session()->plan(), before);
        QVERIFY(!w.importActions()->lastReport().isEmpty());
    }

    // Issue 14: text dropped on the window (not only files) is imported like a paste.

    void droppingPlainText_importsIt()
    {
        ui::MainWindow w;
        w.fileActions()->newPlan();
        QFile input(QStringLiteral(COEXPLAN_TEST_DATA) + u"/imports/clean-2013-only/input-1-servers.txt"_s);
        QVERIFY(input.open(QIODevice::ReadOnly));
        QMimeData data;
        // The sample is the shell's UTF-16 file; a drag carries it as text.
        QStringDecoder decode(QStringConverter::Utf16LE);
        QString text = decode(input.readAll());
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        data.setText(text);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY2(!w.session()->topology().servers.isEmpty(), qPrintable(w.importActions()->lastReport()));
    }

    // Issue 14: an empty plan says what to enter first, not that every check passes.

    void emptyPlan_saysWhatToEnterFirst()
    {
        ui::MainWindow w;
        w.fileActions()->newPlan();
        auto *empty = child<QLabel>(&w, u"findingsEmpty"_s);
        QVERIFY(empty);
        QVERIFY2(empty->text().contains(u"Organization and namespaces"_s), qPrintable(empty->text()));
        QVERIFY(!empty->text().contains(u"every check passes"_s));
    }

    // Issue 14: an empty table says what belongs in it, and the hint goes once a row is
    // there (and comes back with Undo).
    void emptyTable_saysWhatBelongsInIt_untilARowIsAdded()
    {
        ui::MainWindow w;
        w.fileActions()->newPlan();
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        int step = 0;
        while (step < w.pages().size() && w.pages().at(step)->objectName() != u"loadBalancersPage"_s)
            ++step;
        QVERIFY(step < w.pages().size());
        w.goToStep(step);
        auto *hint = child<QLabel>(&w, u"loadBalancersEmptyHint"_s);
        QVERIFY(hint);
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(u"load balancer"_s), qPrintable(hint->text()));
        auto *table = child<QTableView>(&w, u"loadBalancersTable"_s);
        QVERIFY(table);
        QCOMPARE(table->accessibleDescription(), hint->text());
        QVERIFY(table->viewport()->rect().contains(hint->geometry()));
        child<QPushButton>(&w, u"loadBalancersAdd"_s)->click();
        QTRY_VERIFY(!hint->isVisible());
        QVERIFY(table->accessibleDescription().isEmpty());
        w.session()->undoStack()->undo();
        QTRY_VERIFY(hint->isVisible());
    }

    // A yes/no column draws its check box in the middle of the cell, under its centred
    // title; a click there or Space toggles it, a click at the cell's left does not.
    void checkColumn_boxCentredInItsCell_clickAndSpaceToggle()
    {
        ui::MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        int step = 0;
        while (step < w.pages().size() && !w.pages().at(step)->findChild<QTableView *>(u"sitesTable"_s))
            ++step;
        QVERIFY(step < w.pages().size());
        w.goToStep(step);
        auto *table = child<QTableView>(&w, u"sitesTable"_s);
        QTRY_VERIFY(table->isVisible());
        const auto branch = [&w] { return w.session()->topology().sites.at(1); };
        QCOMPARE(branch().name, u"Branch"_s);
        QVERIFY(!branch().internetFacing);
        const QRect cell = table->visualRect(table->model()->index(1, 1));
        QVERIFY(cell.width() > 100);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, QPoint(cell.left() + 10, cell.center().y()));
        QVERIFY(!branch().internetFacing);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY(branch().internetFacing);
        table->setCurrentIndex(table->model()->index(1, 1));
        QTest::keyClick(table, Qt::Key_Space);
        QTRY_VERIFY(!branch().internetFacing);
    }

    // Issue 14: F1 opens the help at the current step's section; every step has one.

    void f1_opensTheCurrentStepsHelp_aboutNamesTheVersions()
    {
        ui::MainWindow w;
        QCOMPARE(w.helpActions()->helpAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
        const QString help = ui::HelpActions::helpMarkdown();
        for (ui::WizardPage *page : w.pages())
            QVERIFY2(help.contains(u"\n## "_s + page->title() + u'\n'), qPrintable(page->title()));
        w.goToStep(9);
        w.helpActions()->helpAction()->trigger();
        QDialog *dialog = w.helpActions()->helpDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTextBrowser *browser = w.helpActions()->helpBrowser();
        QCOMPARE(browser->textCursor().block().text(), w.pages().at(9)->title());
        QVERIFY(w.helpActions()->showHelp(w.pages().at(2)->title()));
        QCOMPARE(browser->textCursor().block().text(), w.pages().at(2)->title());
        const QString about = ui::HelpActions::aboutText();
        QVERIFY(about.contains(QString::fromLatin1(QT_VERSION_STR)));
        QVERIFY(about.contains(QString::fromLatin1(qVersion())));
        QVERIFY(about.contains(u"CoexPlan %1"_s.arg(QString::fromLatin1(COEXPLAN_VERSION_STRING))));
    }

    // Issue 14: Ctrl+Z in a plan field takes back the field's own typing first, then the
    // edits before it; Ctrl+Y brings them back (the plan's redo is not lost). A field
    // that is not the plan's (the findings search) keeps its own undo.

    void ctrlZInAField_undoesItsTypingFirst_thenEarlierEdits_ctrlYRedoes()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        w.goToStep(1);
        auto *org = w.findChild<QWidget *>(u"organizationPage"_s);
        auto *name = child<QLineEdit>(org, u"name"_s);
        auto *external = child<QLineEdit>(org, u"namespaces.outlookAnywhereExternal"_s);
        const QString nameBefore = name->text();
        const QString externalBefore = external->text();
        auto planExternal
            = [&] { return w.session()->plan().topology.organization.namespaces.outlookAnywhereExternal; };

        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, u" Ltd"_s);
        external->setFocus();
        QTRY_VERIFY(external->hasFocus());
        external->end(false);
        QTest::keyClicks(external, u"x"_s);
        QCOMPARE(planExternal(), externalBefore + u"x"_s);

        // First Ctrl+Z: the field's own typing.
        QTest::keyClick(external, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(external->text(), externalBefore);
        QCOMPARE(planExternal(), externalBefore);
        QCOMPARE(name->text(), nameBefore + u" Ltd"_s);
        // Second: the edit before it, in another field; this one is not emptied.
        QTest::keyClick(external, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(name->text(), nameBefore);
        QCOMPARE(w.session()->plan().topology.organization.name, nameBefore);
        QCOMPARE(external->text(), externalBefore);
        // Ctrl+Y twice: both back, in order.
        QTest::keyClick(external, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(name->text(), nameBefore + u" Ltd"_s);
        QCOMPARE(external->text(), externalBefore);
        QTest::keyClick(external, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(external->text(), externalBefore + u"x"_s);
        QCOMPARE(planExternal(), externalBefore + u"x"_s);

        // The findings search is no plan field: Ctrl+Z there is its own and leaves the plan.
        auto *search = child<QLineEdit>(w.findingsPanel()->parentWidget(), u"findingsSearch"_s);
        search->setFocus();
        QTest::keyClicks(search, u"PB"_s);
        const int undoIndex = w.session()->undoStack()->index();
        QTest::keyClick(search, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(search->text(), QString());
        QCOMPARE(w.session()->undoStack()->index(), undoIndex);
        QCOMPARE(planExternal(), externalBefore + u"x"_s);
    }

    // Issue 14: a host-name field keeps what was typed (no keystroke refused, nothing
    // rewritten) and marks it: NS-005 for a name no DNS name can be, NS-006 for an
    // external name in a domain that is not public.

    void hostNameField_keepsWhatWasTyped_andMarksIt()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        w.goToStep(1);
        auto *org = w.findChild<QWidget *>(u"organizationPage"_s);
        auto *external = child<QLineEdit>(org, u"namespaces.outlookAnywhereExternal"_s);
        auto *marked = qobject_cast<ui::MarkedField *>(external->parentWidget());
        QVERIFY(marked);
        QCOMPARE(marked->severityToken(), QString());
        external->setFocus();
        external->selectAll();
        QTest::keyClicks(external, u"mail_contoso.com."_s);
        QCOMPARE(external->text(), u"mail_contoso.com."_s);
        QCOMPARE(w.session()->plan().topology.organization.namespaces.outlookAnywhereExternal, u"mail_contoso.com."_s);
        QCOMPARE(marked->severityToken(), u"error"_s);
        // The field's tooltip says what is wrong with it.
        QVERIFY2(external->toolTip().contains(u"&quot;_&quot; cannot be in a host name"_s),
                 qPrintable(external->toolTip()));
        QTest::keyClick(external, Qt::Key_Tab); // leaving the field rewrites nothing either
        QCOMPARE(external->text(), u"mail_contoso.com."_s);

        external->setFocus();
        external->selectAll();
        QTest::keyClicks(external, u"mail.contoso.local"_s);
        QCOMPARE(marked->severityToken(), u"warning"_s);
        QVERIFY(std::any_of(w.session()->findings().cbegin(), w.session()->findings().cend(),
                            [](const wizard::Finding &f) { return f.ruleId == u"NS-006"_s; }));
    }

    // Issue 14: a client group's mailbox servers are picked from the plan's servers, with
    // a search, by keyboard; a name that is not in the plan stays (and is REF-001's).

    void mailboxServers_arePickedFromThePlansServers_byKeyboard()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        auto *groups = w.findChild<ui::RecordTableEditor *>(u"clientGroupsEditor"_s);
        QVERIFY(groups);
        for (int step = 0; step < w.pages().size(); ++step) {
            if (w.pages().at(step)->isAncestorOf(groups))
                w.goToStep(step);
        }
        QTRY_VERIFY(groups->isVisible());
        QTableView *view = groups->view();
        int column = -1;
        for (int c = 0; c < view->model()->columnCount(); ++c) {
            if (view->model()->headerData(c, Qt::Horizontal).toString() == u"Mailbox servers"_s)
                column = c;
        }
        QVERIFY(column >= 0);
        const wizard::Topology before = w.session()->plan().topology;
        const QString group = before.clientGroups.first().name;
        const QStringList chosen = before.clientGroups.first().mailboxServers;
        QString other;
        for (const wizard::Server &s : before.servers) {
            if (!chosen.contains(s.name, Qt::CaseInsensitive))
                other = s.name;
        }
        QVERIFY(!other.isEmpty());

        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, column));
        QTest::keyClick(view, Qt::Key_F2);
        auto *picker = view->findChild<ui::NamePicker *>();
        QVERIFY(picker);
        QTRY_VERIFY(picker->isVisible());
        QCOMPARE(picker->list()->count(), int(before.servers.size()));
        QCOMPARE(picker->selected(), chosen);
        QVERIFY(picker->height() >= picker->list()->sizeHintForRow(0) * 4); // room for a list, not a cell
        QTest::keyClicks(picker->searchBox(), other);
        QTest::keyClick(picker->searchBox(), Qt::Key_Space);
        QTest::keyClick(picker->searchBox(), Qt::Key_Return);
        QTRY_VERIFY(!view->findChild<ui::NamePicker *>() || !view->findChild<ui::NamePicker *>()->isVisible());
        QStringList expected = chosen;
        expected << other;
        QCOMPARE(QSet<QString>(w.session()->plan().topology.clientGroups.first().mailboxServers.cbegin(),
                               w.session()->plan().topology.clientGroups.first().mailboxServers.cend()),
                 QSet<QString>(expected.cbegin(), expected.cend()));
        w.session()->undoStack()->undo();
        QCOMPARE(w.session()->plan().topology.clientGroups.first().mailboxServers, chosen);

        // A name that is not in the plan: kept through the picker, and an error on the cell.
        w.session()->edit(u"test"_s,
                          [](wizard::Plan &p) { p.topology.clientGroups.first().mailboxServers << u"GONE"_s; });
        QVERIFY(std::any_of(w.session()->findings().cbegin(), w.session()->findings().cend(),
                            [&](const wizard::Finding &f) {
                                return f.ruleId == u"REF-001"_s && f.subject.name == group
                                    && f.fields == QStringList{u"mailboxServers"_s};
                            }));
        view->setCurrentIndex(view->model()->index(0, column));
        QTest::keyClick(view, Qt::Key_F2);
        const auto openPicker = [view]() -> ui::NamePicker * {
            for (ui::NamePicker *p : view->findChildren<ui::NamePicker *>()) {
                if (p->isVisible())
                    return p;
            }
            return nullptr;
        };
        QTRY_VERIFY(openPicker());
        picker = openPicker();
        QVERIFY(picker->selected().contains(u"GONE"_s));
        QTest::keyClick(picker->searchBox(), Qt::Key_Return);
        QVERIFY(w.session()->plan().topology.clientGroups.first().mailboxServers.contains(u"GONE"_s));
    }

    // Issue 14: Ctrl+PgDn / Ctrl+PgUp change steps; Ctrl+Y redoes on every platform.

    void ctrlPageDownUp_changeSteps_ctrlYRedoes()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        w.goToStep(2);
        QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(w.currentStep(), 3);
        QTest::keyClick(&w, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(w.currentStep(), 2);
        QVERIFY(child<QAction>(&w, u"actionRedo"_s)->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    }

    // Issue 14: export names carry the plan's name.

    void databaseFinding_opensTheDatabasesTable()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        wizard::Finding f;
        f.ruleId = u"TEST"_s;
        f.subject = {wizard::SubjectKind::Database, u"DB2010-BR"_s};
        f.fields = {u"rpcClientAccessServer"_s};
        Q_EMIT w.findingsPanel()->findingActivated(f);
        QCOMPARE(currentPage(w), u"legacyServersPage"_s);
        auto *databases = w.findChild<ui::RecordTableEditor *>(u"databasesEditor"_s);
        QTRY_VERIFY(databases->isVisible());
        QCOMPARE(databases->currentRecord(), u"DB2010-BR"_s);
        QCOMPARE(databases->view()->currentIndex().column(), 2);
    }

    void reviewPage_acceptsMoreViews()
    {
        ui::MainWindow w;
        const int before = w.reviewPage()->tabs()->count();
        auto *view = new QLabel(u"diagram"_s);
        w.reviewPage()->addView(view, u"Part A / Part B"_s);
        QCOMPARE(w.reviewPage()->tabs()->count(), before + 1);
        QCOMPARE(w.reviewPage()->planSession(), w.session());
    }

    void reviewFilter_showsFailingOrMatchingScenariosOnly()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(u":/samples/contoso-before.coexplan"_s));
        w.findChild<QStackedWidget *>(u"pages"_s)->setCurrentWidget(w.reviewPage());
        auto *tree = child<QTreeView>(w.reviewPage(), u"reviewFlows"_s);
        auto *show = child<QComboBox>(w.reviewPage(), u"reviewShow"_s);
        auto *search = child<QLineEdit>(w.reviewPage(), u"reviewSearch"_s);
        auto *shown = child<QLabel>(w.reviewPage(), u"reviewShown"_s);
        QTRY_COMPARE(tree->model()->rowCount(), 4); // 2 warning (Head office), 2 failing (Road warriors)
        const auto visible = [tree] {
            QStringList names;
            for (int i = 0; i < tree->model()->rowCount(); ++i)
                names.append(tree->model()->index(i, 0).data().toString());
            return names;
        };
        QCOMPARE(visible().size(), 4);
        QCOMPARE(shown->text(), u"Showing 4 of 4"_s);
        // The first failing hop is selected and its whole reason, rule ids included, is shown.
        auto *detail = child<QLabel>(w.reviewPage(), u"reviewDetail"_s);
        QVERIFY(tree->currentIndex().isValid() && tree->currentIndex().parent().isValid());
        QCOMPARE(tree->currentIndex().siblingAtColumn(1).data().toString(), u"Fail"_s);
        QVERIFY(tree->isExpanded(tree->currentIndex().parent()));
        QVERIFY2(detail->text().contains(u"owa.contoso.com instead of the namespace mail.contoso.com"_s),
                 qPrintable(detail->text()));
        QVERIFY(detail->text().contains(u"PB-003"_s));
        // Each hop row says where it goes and why, with its rule ids in the Why tooltip.
        const QModelIndex hop = tree->currentIndex();
        QCOMPARE(hop.siblingAtColumn(0).data().toString(), u"Part A"_s);
        QCOMPARE(hop.siblingAtColumn(2).data().toString(), u"owa.contoso.com"_s);
        QCOMPARE(hop.siblingAtColumn(0).data(Qt::ToolTipRole).toString(),
                 u"Part A: Outlook to the Exchange 2013 CAS, Road warriors (External) \u2192 owa.contoso.com"_s);
        QVERIFY2(detail->text().startsWith(u"Part A: Outlook to the Exchange 2013 CAS, Road warriors (External) "_s),
                 qPrintable(detail->text()));
        QVERIFY(hop.siblingAtColumn(4).data(Qt::ToolTipRole).toString().contains(u"PB-003"_s));
        // The verdict has the diagrams' icon beside its word, one per verdict, for
        // scenarios and hops alike.
        const auto verdictImage = [](const QModelIndex &index) {
            return index.siblingAtColumn(1).data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage();
        };
        const QModelIndex okHop = hop.siblingAtRow(0); // Autodiscover
        QCOMPARE(okHop.siblingAtColumn(1).data().toString(), u"OK"_s);
        QVERIFY(!verdictImage(hop).isNull() && !verdictImage(okHop).isNull());
        QVERIFY(verdictImage(hop) != verdictImage(okHop));
        QCOMPARE(verdictImage(hop.parent()), verdictImage(hop)); // the scenario fails too
        show->setCurrentIndex(2); // failing scenarios
        QCOMPARE(visible(),
                 QStringList({u"Road warriors / External / EX2010MBX"_s, u"Road warriors / External / EX2010BR"_s}));
        QCOMPARE(shown->text(), u"Showing 2 of 4"_s);
        show->setCurrentIndex(1); // not OK: the warnings too
        QCOMPARE(visible().size(), 4);
        show->setCurrentIndex(0);
        QTest::keyClicks(search, u"HEAD office"_s);
        QCOMPARE(visible(),
                 QStringList({u"Head office / Internal / EX2013CAS"_s, u"Head office / Internal / EX2010MBX"_s}));
        search->setText(u"no such server"_s);
        QCOMPARE(visible().size(), 0);
        QCOMPARE(shown->text(), u"Showing 0 of 4"_s);
        // A new analysis keeps the choice: the rebuilt tree is filtered the same way.
        search->clear();
        show->setCurrentIndex(2);
        const QString selected = tree->currentIndex().parent().data().toString();
        w.session()->applyPlan(w.session()->plan());
        QTRY_COMPARE(shown->text(), u"Showing 2 of 4"_s);
        QCOMPARE(tree->currentIndex().parent().data().toString(), selected);
    }
};

QTEST_MAIN(TestWizardWindow)
#include "tst_wizardwindow.moc"
