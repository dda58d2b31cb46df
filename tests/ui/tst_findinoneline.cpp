// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include "core/domain/consolelink.h"
#include "core/models/accountfiltermodel.h"
#include "core/models/accountstore.h"
#include "core/models/accounttablemodel.h"
#include "core/services/accountdirectory.h"
#include "core/services/savedviews.h"
#include "tests/testkit/consolefixture.h"
#include "ui/accounts/accountspage.h"
#include "ui/accounts/filtercompleter.h"
#include "ui/accounts/filtersyntaxhelp.h"
#include "ui/accounts/searchbar.h"
#include "ui/detail/detailpane.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/views/viewsdialog.h"
#include "ui/views/viewsmenu.h"

using namespace Qt::StringLiterals;

namespace
{
// What a person sees of a page: the ids in the order shown, and the visible columns in order.
struct Shown
{
    QStringList ids;
    QStringList columns;
    QString search;
    int status = -1;
};

Shown shownOn(AccountsPage *page)
{
    Shown shown;
    const AccountFilterModel *rows = page->filterModel();
    for (int row = 0; row < rows->rowCount(); ++row)
        shown.ids.append(rows->index(row, 0).data(AccountTableModel::AccountIdRole).toString());
    shown.columns = page->view()->visibleColumnKeys();
    shown.search = page->searchField()->text();
    shown.status = page->statusFilter()->currentIndex();
    return shown;
}

// A layout and filter unlike the saved view's, so that applying the view has to change everything.
void scramble(AccountsPage *page)
{
    page->searchField()->clear();
    page->statusFilter()->setCurrentIndex(0);
    for (int column = 0; column < AccountTableModel::ColumnCount; ++column)
        page->view()->horizontalHeader()->setSectionHidden(column, false);
    page->view()->sortByColumn(AccountTableModel::IdColumn, Qt::AscendingOrder);
}
} // namespace

class TestFindInOneLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aSavedViewComesBackAfterARestart();
    void theToolbarBoxAndTheMenuOfferTheSameViews();
    void viewsGoToAFileAndComeBack();
    void aBadFileOfViewsChangesNothing();
    void completionOffersTheMetadataKeysOfTheLoadedAccounts();
    void f1ShowsTheSyntax();
    void aMistakeIsMarkedWhereItIsAndTheLastFilterStays();
    void linksAreCopiedFromTheDetailPaneAndTheWindow();

private:
    MainWindow *window() const { return m_console->window(); }
    AccountsPage *express() const { return m_console->page(AccountKind::ExpressCustomer); }

    std::unique_ptr<ConsoleFixture> m_console;
};

void TestFindInOneLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFindInOneLine::init()
{
    // Views and layouts of an earlier run (or test) must not be there to be found.
    QSettings().remove(u"views"_s);
    QSettings().remove(u"window"_s);
    ConsoleFixture::Options options;
    options.sandbox.customers = 400;
    options.sandbox.organizations = 20;
    m_console = std::make_unique<ConsoleFixture>(options);
    QVERIFY2(m_console->start(), qPrintable(m_console->failure()));
}

void TestFindInOneLine::cleanup()
{
    m_console.reset();
}

void TestFindInOneLine::aSavedViewComesBackAfterARestart()
{
    AccountsPage *page = express();
    page->searchField()->setText(u"users>50 -createdby:user"_s);
    page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(int(AccountFilter::Status::Active)));
    page->view()->showColumns({ u"users"_s, u"name"_s, u"created"_s, u"metadata"_s, u"status"_s });
    page->view()->sortByColumn(AccountTableModel::UsersColumn, Qt::DescendingOrder);
    const Shown saved = shownOn(page);
    QVERIFY2(saved.ids.size() > 5 && saved.ids.size() < m_console->directory()->store()->size(),
        qPrintable(QString::number(saved.ids.size())));
    QCOMPARE(saved.columns, QStringList({ u"users"_s, u"name"_s, u"created"_s, u"metadata"_s, u"status"_s }));
    QVERIFY(window()->saveCurrentView(u"Busy active customers"_s));
    // The message names the shortcut the menu gave the view.
    QVERIFY2(window()->statusBar()->currentMessage().endsWith(u"(Alt+1)"_s),
        qPrintable(window()->statusBar()->currentMessage()));
    scramble(page);

    m_console->closeWindow();
    QVERIFY2(m_console->openWindow(), qPrintable(m_console->failure()));
    page = express();
    window()->showPage(AccountKind::Organization);
    QVERIFY(shownOn(page).ids != saved.ids);
    QVERIFY(shownOn(page).columns != saved.columns);

    QCOMPARE(window()->savedViews()->views().size(), 1);
    QAction *first = window()->viewsMenu()->viewAction(0);
    QVERIFY(first);
    QCOMPARE(first->shortcut(), QKeySequence(Qt::ALT | Qt::Key_1));
    QTest::keyClick(window(), Qt::Key_1, Qt::AltModifier);
    QCOMPARE(window()->currentPage(), page);
    const Shown applied = shownOn(page);
    QCOMPARE(applied.ids, saved.ids);
    QCOMPARE(applied.columns, saved.columns);
    QCOMPARE(applied.search, saved.search);
    QCOMPARE(applied.status, saved.status);
    QCOMPARE(page->view()->horizontalHeader()->sortIndicatorSection(), int(AccountTableModel::UsersColumn));
}

void TestFindInOneLine::theToolbarBoxAndTheMenuOfferTheSameViews()
{
    AccountsPage *orgs = m_console->page(AccountKind::Organization);
    window()->showPage(AccountKind::Organization);
    orgs->searchField()->setText(u"status:inactive"_s);
    QVERIFY(window()->saveCurrentView(u"Inactive orgs"_s));
    express()->searchField()->setText(u"users<5"_s);
    window()->showPage(AccountKind::ExpressCustomer);
    QVERIFY(window()->saveCurrentView(u"Few users"_s));
    // What was just saved is the view on screen.
    QCOMPARE(window()->viewsMenu()->comboBox()->currentText(), u"Few users"_s);
    // A name that is not a valid one is refused, and nothing is saved.
    QVERIFY(!window()->saveCurrentView(u"\u0007"_s));

    QComboBox *box = window()->viewsMenu()->comboBox();
    QVERIFY(box->isVisibleTo(window()));
    QCOMPARE(box->count(), 2);
    QCOMPARE(box->itemText(0), u"Inactive orgs"_s);
    QCOMPARE(window()->viewsMenu()->viewAction(1)->text(), u"Few users"_s);

    orgs->searchField()->clear();
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Up); // from "Few users" to the first view
    QCOMPARE(box->currentText(), u"Inactive orgs"_s);
    QCOMPARE(window()->currentPage(), orgs);
    QCOMPARE(orgs->searchField()->text(), u"status:inactive"_s);
}

void TestFindInOneLine::viewsGoToAFileAndComeBack()
{
    express()->searchField()->setText(u"users>10"_s);
    QVERIFY(window()->saveCurrentView(u"More than ten"_s));
    express()->searchField()->setText(u"createdby:apikey"_s);
    QVERIFY(window()->saveCurrentView(u"By key"_s));
    const QList<SavedView> saved = window()->savedViews()->views();

    ViewsDialog *dialog = window()->manageViews();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *list = dialog->findChild<QListWidget *>(u"viewsList"_s);
    const auto *result = dialog->findChild<QLabel *>(u"viewsResult"_s);
    QVERIFY(list && result);
    QCOMPARE(list->count(), 2);
    const QString file = m_console->filePath(u"team-views.json"_s);
    QVERIFY(dialog->exportTo(file));
    QVERIFY2(result->text().startsWith(u"Wrote 2 view"_s), qPrintable(result->text()));

    list->setCurrentRow(0);
    // Under the list: what the selected view shows.
    const QString details = dialog->findChild<QLabel *>(u"viewDetails"_s)->text();
    QVERIFY2(details.contains(u"Express customers"_s) && details.contains(u"users>10"_s), qPrintable(details));
    QVERIFY(dialog->renameSelected(u"Over ten"_s));
    QCOMPARE(window()->viewsMenu()->viewAction(0)->text(), u"Over ten"_s);
    list->setCurrentRow(1);
    QVERIFY(dialog->removeSelected());
    QCOMPARE(window()->savedViews()->views().size(), 1);
    QCOMPARE(window()->viewsMenu()->comboBox()->count(), 1);

    QVERIFY(dialog->importFrom(file));
    QVERIFY2(result->text().startsWith(u"Imported 2 view"_s), qPrintable(result->text()));
    // The renamed one stays; the file brings back both as they were.
    QCOMPARE(window()->savedViews()->views().size(), 3);
    QCOMPARE(window()->savedViews()->view(u"More than ten"_s), saved.at(0));
    QCOMPARE(window()->savedViews()->view(u"By key"_s), saved.at(1));
    QCOMPARE(list->count(), 3);
}

void TestFindInOneLine::aBadFileOfViewsChangesNothing()
{
    QVERIFY(window()->saveCurrentView(u"Mine"_s));
    const QString path = m_console->filePath(u"bad.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"format":"avara-console-views","version":1,"views":[{"name":"<b>x</b>","page":"express","columns":["name","salary"]}]})");
    file.close();

    ViewsDialog *dialog = window()->manageViews();
    const auto *result = dialog->findChild<QLabel *>(u"viewsResult"_s);
    QVERIFY(result);
    QVERIFY(!dialog->importFrom(path));
    const QString said = result->text();
    QVERIFY2(said.contains(u"Nothing imported"_s) && said.contains(u"salary"_s), qPrintable(said));
    QCOMPARE(result->textFormat(), Qt::PlainText);
    QCOMPARE(window()->savedViews()->views().size(), 1);
    QVERIFY(!dialog->importFrom(m_console->filePath(u"missing.json"_s)));
    QVERIFY(result->text().contains(u"Could not read"_s));
}

void TestFindInOneLine::completionOffersTheMetadataKeysOfTheLoadedAccounts()
{
    AccountsPage *page = express();
    const AccountBatch &rows = m_console->directory()->store()->rows();
    QVERIFY(rows.metadataKeyCount() > 0);
    const QString key = QString::fromUtf8(rows.metadataKey(0));
    QLineEdit *field = page->searchField();
    field->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QTest::keyClicks(field, u"users>1 -meta."_s + key.left(3));
    QAbstractItemView *popup = page->searchBar()->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QStringList offered;
    for (int row = 0; row < popup->model()->rowCount(); ++row)
        offered.append(popup->model()->index(row, 0).data().toString());
    QVERIFY2(offered.contains(u"meta."_s + key), qPrintable(offered.join(u", "_s)));
    const int keyRow = int(offered.indexOf(u"meta."_s + key));
    popup->setCurrentIndex(popup->model()->index(keyRow, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    // The term is completed in place; what came before stays, the "-" included.
    QCOMPARE(field->text(), u"users>1 -meta."_s + key);
    QTRY_VERIFY(!popup->isVisible());

    // After a space nothing is offered: plain words are typed there too.
    QTest::keyClick(field, Qt::Key_Space);
    QVERIFY(!popup->isVisible());
    field->clear();
    QTest::keyClicks(field, u"sta"_s);
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->index(0, 0).data().toString(), u"status:active"_s);
}

void TestFindInOneLine::f1ShowsTheSyntax()
{
    AccountsPage *page = express();
    page->searchField()->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QVERIFY(!page->searchBar()->syntaxHelp());
    QTest::keyClick(page->searchField(), Qt::Key_F1);
    QTRY_VERIFY(page->searchBar()->syntaxHelp() && page->searchBar()->syntaxHelp()->isVisible());
    auto *text = page->searchBar()->syntaxHelp()->findChild<QLabel *>(u"filterSyntaxText"_s);
    QVERIFY(text);
    for (const QString &term : { u"meta.region=EU"_s, u"users&gt;10"_s, u"created&lt;90d"_s, u"createdby:apikey"_s })
        QVERIFY2(text->text().contains(term), qPrintable(term));
    // Below the field, not over it.
    QVERIFY(page->searchBar()->syntaxHelp()->geometry().top() >= page->searchField()->mapToGlobal(QPoint(0, 0)).y());
    QTest::keyClick(page->searchBar()->syntaxHelp(), Qt::Key_Escape);
    QTRY_VERIFY(!page->searchBar()->syntaxHelp()->isVisible());
}

void TestFindInOneLine::aMistakeIsMarkedWhereItIsAndTheLastFilterStays()
{
    AccountsPage *page = express();
    SearchBar *bar = page->searchBar();
    QSignalSpy said(page, &AccountsPage::statusMessage);
    page->searchField()->setText(u"users>10"_s);
    const QStringList valid = shownOn(page).ids;
    QVERIFY(!valid.isEmpty());
    QCOMPARE(bar->markedMistake().second, 0);

    page->searchField()->setText(u"users>10 created<soon"_s);
    QCOMPARE(bar->markedMistake(), std::make_pair(qsizetype(17), qsizetype(4))); // "soon"
    QCOMPARE(shownOn(page).ids, valid);
    QVERIFY(page->searchField()->toolTip().contains(u"at character 18"_s));
    QVERIFY(!said.isEmpty() && said.last().at(0).toString().contains(u"at character 18"_s));
    // The text, the cursor and a selection stay as the person left them.
    QCOMPARE(page->searchField()->text(), u"users>10 created<soon"_s);
    QCOMPARE(page->searchField()->cursorPosition(), 21);

    // A term without its value is marked whole.
    page->searchField()->setText(u"users>"_s);
    QCOMPARE(bar->markedMistake(), std::make_pair(qsizetype(0), qsizetype(6)));
    page->searchField()->setText(u"users>5"_s);
    QCOMPARE(bar->markedMistake().second, 0);
    QVERIFY(page->searchField()->toolTip().isEmpty());
    QVERIFY(said.last().at(0).toString().isEmpty());
}

void TestFindInOneLine::linksAreCopiedFromTheDetailPaneAndTheWindow()
{
    AccountsPage *page = express();
    const QString id = m_console->directory()->store()->id(7);
    QVERIFY(page->selectAccount(id));
    QApplication::clipboard()->clear();
    QTest::mouseClick(page->detailPane()->copyLinkButton(), Qt::LeftButton);
    const std::optional<ConsoleLink> account = ConsoleLink::parse(QApplication::clipboard()->text());
    QVERIFY2(account, qPrintable(QApplication::clipboard()->text()));
    QCOMPARE(account->target(), ConsoleLink::Target::Account);
    QCOMPARE(account->accountId().toString(), id);

    page->searchField()->setText(u"meta.region=\"north east\" users>10"_s);
    window()->copyViewLink();
    const std::optional<ConsoleLink> view = ConsoleLink::parse(QApplication::clipboard()->text());
    QVERIFY2(view, qPrintable(QApplication::clipboard()->text()));
    QCOMPARE(view->target(), ConsoleLink::Target::View);
    QCOMPARE(view->expression(), page->searchField()->text());
    // The built-in sandbox is not a profile: the link opens on whatever connection is open.
    QVERIFY(view->profileName().isEmpty());
}

QTEST_MAIN(TestFindInOneLine)
#include "tst_findinoneline.moc"
