// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextLayout>

#include "core/models/accountfiltermodel.h"
#include "core/models/accounttablemodel.h"
#include "sandbox/sandboxserver.h"
#include "tests/testkit/consolefixture.h"
#include "tests/testkit/styledcells.h"
#include "ui/accounts/accountspage.h"
#include "ui/accounts/accountsview.h"
#include "ui/accounts/confirmdeactivationdialog.h"
#include "ui/common/undonotice.h"
#include "ui/detail/detailpane.h"
#include "ui/mainwindow/mainwindow.h"

using namespace Qt::StringLiterals;

// The console in a right-to-left language (as `-reverse` starts it): the window mirrored,
// and ids and counts quoted in sentences kept whole and in their order.
class TestRightToLeft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theWindowTheTableAndTheDetailPaneAreMirrored();
    void idsAndCountsInSentencesStayLeftToRight();
    void datesCountsAndIdsInTheTableReadLeftToRight();

private:
    std::unique_ptr<ConsoleFixture> m_console;
    AccountsPage *m_page = nullptr;
};

namespace
{
const QChar leftToRightIsolate(0x2066);
const QChar popDirectionalIsolate(0x2069);

QString isolated(const QString &text)
{
    return leftToRightIsolate + text + popDirectionalIsolate;
}

// Where the boundaries between the characters of `part` are drawn when `sentence` is laid
// out right to left (its two ends touch the right-to-left text around it).
QList<qreal> drawnPositions(const QString &sentence, const QString &part, const QFont &font)
{
    QTextLayout layout(sentence, font);
    QTextOption option;
    option.setTextDirection(Qt::RightToLeft);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(10'000);
    layout.endLayout();
    const int start = int(sentence.indexOf(part));
    QList<qreal> positions;
    for (int i = start + 1; start >= 0 && i < start + part.size(); ++i)
        positions.append(line.cursorToX(i));
    return positions;
}
} // namespace

void TestRightToLeft::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
}

void TestRightToLeft::init()
{
    ConsoleFixture::Options options;
    options.sandbox.customers = 30;
    options.sandbox.organizations = 5;
    options.width = 1280;
    options.height = 780;
    m_console = std::make_unique<ConsoleFixture>(options);
    QVERIFY2(m_console->startServer(), qPrintable(m_console->failure()));
    for (const QString &id : m_console->server().accountIds(SandboxKind::ExpressCustomer))
        QVERIFY(m_console->server().setActive(id, true));
    QVERIFY2(m_console->openWindow(), qPrintable(m_console->failure()));
    m_console->window()->showPage(AccountKind::ExpressCustomer);
    m_page = m_console->page(AccountKind::ExpressCustomer);
    m_page->tableModel()->publishPendingRows();
    QVERIFY(m_page->filterModel()->rowCount() > 0);
    m_page->view()->setCurrentIndex(m_page->filterModel()->index(0, AccountTableModel::NameColumn));
    QVERIFY(m_page->detailPane()->account());
}

void TestRightToLeft::cleanup()
{
    m_page = nullptr;
    m_console.reset();
}

void TestRightToLeft::theWindowTheTableAndTheDetailPaneAreMirrored()
{
    MainWindow *window = m_console->window();
    QCOMPARE(window->layoutDirection(), Qt::RightToLeft);
    QVERIFY(m_page->view()->isRightToLeft());
    QVERIFY(m_page->detailPane()->isRightToLeft());

    // The detail pane, right of the table in English, is left of it.
    const int tableLeft = m_page->view()->mapTo(window, QPoint()).x();
    const int detailLeft = m_page->detailPane()->mapTo(window, QPoint()).x();
    QVERIFY2(detailLeft < tableLeft, qPrintable(u"detail at %1, table at %2"_s.arg(detailLeft).arg(tableLeft)));

    // The first column (the status switch) is the rightmost.
    QHeaderView *header = m_page->view()->horizontalHeader();
    QVERIFY(header->sectionViewportPosition(AccountTableModel::StatusColumn)
        > header->sectionViewportPosition(AccountTableModel::NameColumn));

    // In the pane the label reads first, on the right, the id after it on its left.
    QLabel *idValue = m_page->detailPane()->field(u"idValue"_s);
    QLabel *idLabel = nullptr;
    for (QLabel *label : m_page->detailPane()->findChildren<QLabel *>())
        if (label->text() == u"ID:"_s)
            idLabel = label;
    QVERIFY(idLabel && idValue);
    QVERIFY(idLabel->mapTo(window, QPoint()).x() > idValue->mapTo(window, QPoint()).x());
    QCOMPARE(idValue->text(), m_page->detailPane()->account()->id);
}

void TestRightToLeft::idsAndCountsInSentencesStayLeftToRight()
{
    MainWindow *window = m_console->window();
    const QString id = m_page->detailPane()->account()->id;

    // Copy ID says which id it copied: isolated, so its characters are drawn left to right
    // one after the other inside the right-to-left sentence.
    QTest::mouseClick(m_page->detailPane()->copyIdButton(), Qt::LeftButton);
    const QString copied = window->statusBar()->currentMessage();
    QCOMPARE(copied, u"Copied "_s + isolated(id));
    const QList<qreal> positions = drawnPositions(copied, id, window->statusBar()->font());
    QCOMPARE(positions.size(), id.size() - 1);
    for (qsizetype i = 1; i < positions.size(); ++i)
        QVERIFY2(positions.at(i) > positions.at(i - 1), qPrintable(u"after character %1 of %2"_s.arg(i).arg(id)));

    // The confirmation is mirrored too; what the deactivation then reports quotes the id isolated.
    QSignalSpy finished(m_page, &AccountsPage::bulkActionFinished);
    m_page->toggleCurrent();
    QTRY_VERIFY(m_page->openConfirmation() && m_page->openConfirmation()->isVisible());
    ConfirmDeactivationDialog *confirmation = m_page->openConfirmation();
    QCOMPARE(confirmation->layoutDirection(), Qt::RightToLeft);
    QTest::mouseClick(confirmation->deactivateButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20'000));
    QTRY_VERIFY(m_page->undoNotice()->isVisible());
    QVERIFY2(
        m_page->undoNotice()->text().contains(u'(' + isolated(id) + u')'), qPrintable(m_page->undoNotice()->text()));

    // A count in a sentence: the undo's outcome.
    QTest::mouseClick(m_page->undoNotice()->undoButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20'000));
    QTRY_COMPARE(window->statusBar()->currentMessage(),
        u"Undo done: %1 of %2 restored."_s.arg(isolated(u"1"_s), isolated(u"1"_s)));
}

void TestRightToLeft::datesCountsAndIdsInTheTableReadLeftToRight()
{
    // Each cell takes its direction from its own text: "2024-08-27 10:04" laid out right to
    // left would read "10:04 2024-08-27". The cell stays where the mirrored view puts it.
    StyledCells cells;
    const QModelIndex first = m_page->filterModel()->index(0, 0);
    const auto styleOf
        = [&](int column) { return cells.styleOf(first.siblingAtColumn(column), QPalette(), Qt::RightToLeft); };
    for (const int column : { int(AccountTableModel::UpdatedColumn), int(AccountTableModel::IdColumn),
             int(AccountTableModel::UsersColumn), int(AccountTableModel::NameColumn) }) {
        const QStyleOptionViewItem option = styleOf(column);
        QVERIFY2(!option.text.isEmpty(), qPrintable(QString::number(column)));
        QCOMPARE(option.direction, Qt::LeftToRight);
        QVERIFY(option.displayAlignment & Qt::AlignAbsolute);
    }
    // Text starts on the right, as in the mirrored view; counts, right in English, go left.
    QVERIFY(styleOf(AccountTableModel::IdColumn).displayAlignment & Qt::AlignRight);
    QVERIFY(styleOf(AccountTableModel::UsersColumn).displayAlignment & Qt::AlignLeft);

    // Text that starts right to left keeps the view's direction.
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), u"\u05e9\u05dc\u05d5\u05dd 2024"_s);
    QCOMPARE(cells.styleOf(model.index(0, 0), QPalette(), Qt::RightToLeft).direction, Qt::RightToLeft);
}

QTEST_MAIN(TestRightToLeft)
#include "tst_righttoleft.moc"
