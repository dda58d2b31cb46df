// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <memory>

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextLayout>
#include <QToolTip>

#include "core/api/apiclient.h"
#include "core/models/accountfiltermodel.h"
#include "core/models/accountstore.h"
#include "core/models/accounttablemodel.h"
#include "core/services/accountdirectory.h"
#include "core/services/actionqueue.h"
#include "sandbox/sandboxseeder.h"
#include "sandbox/sandboxserver.h"
#include "tests/testkit/consolefixture.h"
#include "ui/accounts/accountspage.h"
#include "ui/accounts/confirmdeactivationdialog.h"
#include "ui/common/messagebar.h"
#include "ui/common/plaintextdelegate.h"
#include "ui/detail/detailpane.h"
#include "ui/mainwindow/mainwindow.h"

using namespace Qt::StringLiterals;

namespace
{
// Names made here, on top of the sandbox's seeded hostile names and metadata.
const QString bareImageName = u"<img src=x onerror=alert(1)>"_s;
// An override that is never closed: left alone, it would reverse whatever text follows it.
const QString unclosedOverrideName = u"Invoice \u202Efdp.exe"_s;

bool rendersAsRichText(const QLabel *label)
{
    switch (label->textFormat()) {
    case Qt::PlainText:
        return false;
    case Qt::AutoText:
        return Qt::mightBeRichText(label->text());
    case Qt::RichText:
    case Qt::MarkdownText:
        return true;
    }
    return true;
}

// The characters of `html` as QTextDocument (which QToolTip and QLabel use) shows them,
// and whether it would show an image.
std::pair<QString, bool> renderHtml(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    bool hasImage = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                hasImage = true;
        }
    }
    return { document.toPlainText(), hasImage };
}
// Whether the `length` characters at `from` are laid out left to right on one line.
bool readsLeftToRight(const QString &text, qsizetype from, qsizetype length, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    // Positions inside the run, away from its edges where the cursor has two places.
    return line.cursorToX(int(from + 1)) < line.cursorToX(int(from + length - 1));
}
} // namespace

// Account names and metadata come from a server and may hold HTML, bidirectional
// overrides, control characters, emoji or a thousand characters. Everywhere the console
// shows them they must appear exactly as sent, as plain text: never as markup.
class TestHostileStrings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyHostileNameLoadsAndShowsVerbatimInTheTable();
    void theTableDelegatePaintsMarkupAsPlainText();
    void tableTooltipsShowMarkupEscaped();
    void aThousandCharacterTooltipFitsOnTheScreen();
    void theDetailPaneShowsEveryFieldAsPlainText();
    void noLabelInTheWindowRendersServerTextAsRichText();
    void theConfirmationDialogShowsTheNameAsPlainText();
    void aFailureMessageQuotesTheNameAsPlainText();
    void theStatusBarQuotesTheNameAsPlainText();
    void aQuotedNameCannotReorderTheRestOfTheMessage();
    void errorTextGivesTheSpecificReasonAsPlainText_data();
    void errorTextGivesTheSpecificReasonAsPlainText();

private:
    QString idOfName(const QString &name) const;
    QList<QString> hostileNames() const;
    QModelIndex viewIndex(const QString &id, int column) const;
    void select(const QString &id);
    void verifyNoRichTextIn(QWidget *root, const QString &where);
    void showToolTip(QAbstractItemView *view, const QModelIndex &index);

    std::unique_ptr<ConsoleFixture> m_console;
    SandboxServer *m_server = nullptr;
    MainWindow *m_window = nullptr;
    AccountsPage *m_page = nullptr;
};

void TestHostileStrings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHostileStrings::init()
{
    SandboxOptions options;
    // About a quarter of the seeded accounts are hostile: 120 give every hostile name and
    // every hostile metadata set at least once.
    options.customers = 120;
    options.organizations = 0;
    options.organizationsEnabled = false;
    options.hostileNames = true;
    options.seed = 99;
    ConsoleFixture::Options console;
    console.sandbox = options;
    console.maxRetries = 0; // failures are made on purpose here; waiting for retries adds nothing
    console.width = 1400;
    console.height = 800;
    m_console = std::make_unique<ConsoleFixture>(console);
    QVERIFY2(m_console->startServer(), qPrintable(m_console->failure()));
    m_server = &m_console->server();
    QVERIFY(!m_server->createAccount(SandboxKind::ExpressCustomer, bareImageName).isEmpty());
    QVERIFY(!m_server->createAccount(SandboxKind::ExpressCustomer, unclosedOverrideName).isEmpty());
    QVERIFY2(m_console->openWindow(), qPrintable(m_console->failure()));
    m_window = m_console->window();
    m_window->showPage(AccountKind::ExpressCustomer);
    m_page = m_window->page(AccountKind::ExpressCustomer);
    QVERIFY(m_page);
    m_page->tableModel()->publishPendingRows();
}

void TestHostileStrings::cleanup()
{
    QToolTip::hideText();
    m_page = nullptr;
    m_window = nullptr;
    m_server = nullptr;
    m_console.reset();
}

QString TestHostileStrings::idOfName(const QString &name) const
{
    const AccountStore *store = m_page->directory()->store();
    for (qsizetype row = 0; row < store->size(); ++row) {
        if (store->name(row) == name)
            return store->id(row);
    }
    return {};
}

QList<QString> TestHostileStrings::hostileNames() const
{
    QList<QString> names { bareImageName, unclosedOverrideName };
    for (const QByteArray &name : SandboxSeeder::hostileNames())
        names.append(QString::fromUtf8(name));
    return names;
}

QModelIndex TestHostileStrings::viewIndex(const QString &id, int column) const
{
    return m_page->filterModel()->indexOfAccount(id, column);
}

void TestHostileStrings::select(const QString &id)
{
    QVERIFY(m_page->selectAccount(id));
    QCOMPARE(m_page->currentAccountId(), id);
    QCOMPARE(m_page->detailPane()->account().value_or(Account()).id, id);
}

void TestHostileStrings::verifyNoRichTextIn(QWidget *root, const QString &where)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    QVERIFY(!labels.isEmpty());
    for (const QLabel *label : labels) {
        QVERIFY2(!rendersAsRichText(label),
            qPrintable(where + u": label "_s + label->objectName() + u" renders rich text: "_s + label->text()));
    }
    // A widget's own tooltip is shown by QToolTip, which renders anything that looks like
    // HTML: server text in one must be escaped first.
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        const QString tip = widget->toolTip();
        QVERIFY2(!tip.contains(u"<img"_s) && !tip.contains(u"<a href"_s) && !tip.contains(u"<b>"_s),
            qPrintable(where + u": a tooltip holds raw markup: "_s + tip));
    }
}

void TestHostileStrings::showToolTip(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QPoint position = view->visualRect(index).center();
    QHelpEvent event(QEvent::ToolTip, position, view->viewport()->mapToGlobal(position));
    QApplication::sendEvent(view->viewport(), &event);
}

void TestHostileStrings::everyHostileNameLoadsAndShowsVerbatimInTheTable()
{
    const AccountStore *store = m_page->directory()->store();
    QCOMPARE(store->size(), 122);
    for (const QString &name : hostileNames()) {
        const QString id = idOfName(name);
        QVERIFY2(!id.isEmpty(), qPrintable(u"not loaded: "_s + name));
        const QModelIndex index = viewIndex(id, AccountTableModel::NameColumn);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(Qt::DisplayRole).toString(), name);
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), name);
    }
    // The long name really is a thousand characters, and arrives whole.
    const QString longName = QString::fromUtf8(SandboxSeeder::hostileNames().at(6));
    QCOMPARE(longName.size(), 1000);
    QCOMPARE(viewIndex(idOfName(longName), AccountTableModel::NameColumn).data().toString().size(), 1000);

    // The metadata column shows seeded hostile values as they are.
    bool sawImageValue = false;
    for (int row = 0; row < m_page->filterModel()->rowCount(); ++row) {
        const QString metadata = m_page->filterModel()->index(row, AccountTableModel::MetadataColumn).data().toString();
        sawImageValue = sawImageValue || metadata.contains(u"<img src=x onerror=alert(1)>"_s);
    }
    QVERIFY(sawImageValue);

    // Every column paints through the plain-text delegate (or its toggle subclass).
    for (int column = 0; column < AccountTableModel::ColumnCount; ++column) {
        QAbstractItemDelegate *delegate
            = m_page->view()->itemDelegateForIndex(viewIndex(idOfName(bareImageName), column));
        QVERIFY2(qobject_cast<PlainTextDelegate *>(delegate), qPrintable(QString::number(column)));
    }
}

void TestHostileStrings::theTableDelegatePaintsMarkupAsPlainText()
{
    // The cell paints exactly as Qt paints the same characters as plain item text: if the
    // markup were interpreted, "bold" would come out bold and the tags would vanish.
    const QString name = u"<b>bold</b> Radiology Associates"_s;
    const QModelIndex index = viewIndex(idOfName(name), AccountTableModel::NameColumn);
    QVERIFY(index.isValid());
    QTableView *view = m_page->view();

    QStandardItemModel reference;
    reference.appendRow(new QStandardItem(name));
    QStyledItemDelegate plainDelegate;

    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = QRect(0, 0, 600, view->verticalHeader()->defaultSectionSize());
    option.state = QStyle::State_Enabled;
    option.widget = view;
    const auto paint = [&](QAbstractItemDelegate *delegate, const QModelIndex &cell) {
        QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate->paint(&painter, option, cell);
        return image;
    };
    const QImage shown = paint(view->itemDelegateForIndex(index), index);
    const QImage plain = paint(&plainDelegate, reference.index(0, 0));
    QVERIFY(shown == plain);

    // And it differs from the same text rendered as markup, so the comparison can fail.
    QImage markup(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    markup.fill(Qt::white);
    {
        QPainter painter(&markup);
        QTextDocument document;
        document.setDefaultFont(option.font);
        document.setHtml(name);
        document.drawContents(&painter);
    }
    QVERIFY(shown != markup);
}

void TestHostileStrings::tableTooltipsShowMarkupEscaped()
{
    const QList<QString> names = { bareImageName, u"<img src=x onerror=alert(1)> Imaging Center"_s,
        u"<a href=\"https://evil.example\">click</a>"_s, u"<b>bold</b> Radiology Associates"_s };
    for (const QString &name : names) {
        const QModelIndex index = viewIndex(idOfName(name), AccountTableModel::NameColumn);
        QVERIFY(index.isValid());
        showToolTip(m_page->view(), index);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(!tip.contains(u"<img"_s) && !tip.contains(u"<a "_s) && !tip.contains(u"<b>"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"&lt;"_s), qPrintable(tip));
        // What QToolTip draws from that text: the raw characters, and no image or link.
        const auto [text, hasImage] = renderHtml(tip);
        QCOMPARE(text, name);
        QVERIFY(!hasImage);
        QToolTip::hideText();
    }

    // The detail pane's metadata table shows its tooltips the same way.
    const QString imageName = u"<img src=x onerror=alert(1)> Imaging Center"_s;
    select(idOfName(imageName));
    QTableWidget *metadata = m_page->detailPane()->metadataTable();
    QVERIFY(qobject_cast<PlainTextDelegate *>(metadata->itemDelegate()));
    const QList<QTableWidgetItem *> values = metadata->findItems(u"<img src=x onerror=alert(1)>"_s, Qt::MatchExactly);
    QCOMPARE(values.size(), 1);
    showToolTip(metadata, metadata->indexFromItem(values.first()));
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u"&lt;img"_s), qPrintable(QToolTip::text()));
    QCOMPARE(renderHtml(QToolTip::text()).first, u"<img src=x onerror=alert(1)>"_s);
}

void TestHostileStrings::aThousandCharacterTooltipFitsOnTheScreen()
{
    const QString longName = QString::fromUtf8(SandboxSeeder::hostileNames().at(6));
    QCOMPARE(longName.size(), 1000);
    showToolTip(m_page->view(), viewIndex(idOfName(longName), AccountTableModel::NameColumn));
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(renderHtml(QToolTip::text()).first, longName);
    QWidget *tip = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QTipLabel") && widget->isVisible())
            tip = widget;
    }
    QVERIFY(tip);
    // Wrapped, not one line cut off at the screen's edge.
    const QRect screen = tip->screen()->availableGeometry();
    QVERIFY2(tip->width() <= screen.width(), qPrintable(u"%1 > %2"_s.arg(tip->width()).arg(screen.width())));
    QVERIFY(tip->height() > 2 * tip->fontMetrics().height());
}

void TestHostileStrings::theDetailPaneShowsEveryFieldAsPlainText()
{
    DetailPane *pane = m_page->detailPane();
    for (const QString &name : hostileNames()) {
        const QString id = idOfName(name);
        select(id);
        const Account account = pane->account().value();
        QLabel *nameLabel = pane->field(u"nameValue"_s);
        QVERIFY(nameLabel);
        QCOMPARE(nameLabel->textFormat(), Qt::PlainText);
        QCOMPARE(nameLabel->text(), name);
        for (const QString &field : { u"statusValue"_s, u"idValue"_s, u"usersValue"_s, u"createdValue"_s,
                 u"updatedValue"_s, u"createdByApiKeyValue"_s, u"createdByUserValue"_s }) {
            QLabel *label = pane->field(field);
            QVERIFY2(label, qPrintable(field));
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        QCOMPARE(pane->field(u"idValue"_s)->text(), id);

        QTableWidget *metadata = pane->metadataTable();
        QCOMPARE(metadata->rowCount(), account.metadata.size());
        for (int row = 0; row < metadata->rowCount(); ++row) {
            QCOMPARE(metadata->item(row, 0)->text(), account.metadata.at(row).first);
            QCOMPARE(metadata->item(row, 1)->text(), account.metadata.at(row).second);
        }
        verifyNoRichTextIn(pane, name);
    }

    // The seeded metadata reaches the pane as sent: markup, a 1,000-character value,
    // emoji, a bidi override and control characters.
    QStringList seenValues;
    for (const QString &name : hostileNames()) {
        select(idOfName(name));
        const Account account = pane->account().value();
        for (const auto &[key, value] : account.metadata)
            seenValues << key << value;
    }
    QVERIFY(seenValues.contains(u"<img src=x onerror=alert(1)>"_s));
    QVERIFY(seenValues.contains(u"<script>alert(1)</script>"_s));
    QVERIFY(seenValues.contains(u"abc\u202Efed\u202C"_s));
    QVERIFY(seenValues.contains(u"\U0001F680\U0001F680\U0001F680"_s));
    QVERIFY(seenValues.contains(QString::fromUtf8("nul\0byte\x01\x02\x1f\ttab\nline", 20)));
    QVERIFY(
        std::any_of(seenValues.cbegin(), seenValues.cend(), [](const QString &value) { return value.size() == 1000; }));
}

void TestHostileStrings::noLabelInTheWindowRendersServerTextAsRichText()
{
    for (const QString &name : hostileNames()) {
        select(idOfName(name));
        verifyNoRichTextIn(m_window, name);
    }
}

void TestHostileStrings::theConfirmationDialogShowsTheNameAsPlainText()
{
    for (const QString &name :
        { bareImageName, u"<a href=\"https://evil.example\">click</a>"_s, unclosedOverrideName }) {
        const QString id = idOfName(name);
        QVERIFY(m_server->setActive(id, true));
        m_page->directory()->refresh(id);
        QTRY_VERIFY(m_page->directory()->store()->account(m_page->directory()->store()->rowOf(id)).isActive);
        select(id);
        m_page->toggleCurrent();
        ConfirmDeactivationDialog *dialog = m_page->openConfirmation();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        bool nameShown = false;
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            QVERIFY2(!rendersAsRichText(label), qPrintable(label->text()));
            if (label->text() == name) {
                QCOMPARE(label->textFormat(), Qt::PlainText);
                nameShown = true;
            }
        }
        QVERIFY(nameShown);
        verifyNoRichTextIn(dialog, u"confirmation for "_s + name);
        QVERIFY(!dialog->windowTitle().contains(name));
        dialog->reject();
        QTRY_VERIFY(!m_page->openConfirmation());
        QCOMPARE(m_server->isActive(id), std::optional<bool>(true));
    }
}

void TestHostileStrings::aFailureMessageQuotesTheNameAsPlainText()
{
    const QString id = idOfName(bareImageName);
    SandboxFaults faults;
    faults.serverErrorRate = 1.0;
    m_server->setFaults(faults);
    // One check after the failure is enough here; the reconciliation schedule has its own tests.
    m_page->directory()->actionQueue()->setReconcileTries(1, std::chrono::milliseconds(0));
    QSignalSpy failed(m_page->directory(), &AccountDirectory::actionFailed);
    QVERIFY(m_page->directory()->setActive(id, false));
    QVERIFY(failed.wait(10'000));
    MessageBar *bar = m_page->messageBar();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(bareImageName), qPrintable(bar->text()));
    verifyNoRichTextIn(bar, u"message bar"_s);
    bool textShown = false;
    for (const QLabel *label : bar->findChildren<QLabel *>()) {
        if (label->text() == bar->text()) {
            QCOMPARE(label->textFormat(), Qt::PlainText);
            textShown = true;
        }
    }
    QVERIFY(textShown);
}

void TestHostileStrings::theStatusBarQuotesTheNameAsPlainText()
{
    const QString name = u"<a href=\"https://evil.example\">click</a>"_s;
    const QString id = idOfName(name);
    QVERIFY(m_server->setActive(id, false));
    m_page->directory()->refresh(id);
    AccountStore *store = m_page->directory()->store();
    QTRY_VERIFY(!store->account(store->rowOf(id)).isActive);

    QSignalSpy succeeded(m_page->directory(), &AccountDirectory::actionSucceeded);
    m_page->requestActive(id, true); // reactivation asks no question
    QVERIFY(succeeded.wait(10'000));
    QStatusBar *statusBar = m_window->statusBar();
    // QStatusBar paints its message with QPainter::drawText, which never interprets markup.
    QVERIFY2(statusBar->currentMessage().contains(name), qPrintable(statusBar->currentMessage()));
    QVERIFY(statusBar->currentMessage().contains(id));
    verifyNoRichTextIn(statusBar, u"status bar"_s);
}

void TestHostileStrings::aQuotedNameCannotReorderTheRestOfTheMessage()
{
    // An override left open in a name would run on over the quote mark and the id after
    // it. Quoted server text sits in a bidi isolate (U+2068 ... U+2069), which ends every
    // override opened inside it.
    const QString id = idOfName(unclosedOverrideName);
    QVERIFY(m_server->setActive(id, false));
    m_page->directory()->refresh(id);
    AccountStore *store = m_page->directory()->store();
    QTRY_VERIFY(!store->account(store->rowOf(id)).isActive);
    QSignalSpy succeeded(m_page->directory(), &AccountDirectory::actionSucceeded);
    m_page->requestActive(id, true);
    QVERIFY(succeeded.wait(10'000));
    const QString message = m_window->statusBar()->currentMessage();
    const qsizetype nameAt = message.indexOf(unclosedOverrideName);
    QVERIFY2(nameAt > 0, qPrintable(message));
    QCOMPARE(message.at(nameAt - 1), QChar(u'\u2068'));
    QCOMPARE(message.at(nameAt + unclosedOverrideName.size()), QChar(u'\u2069'));
    const qsizetype idAt = message.indexOf(id);
    QVERIFY(idAt > nameAt + unclosedOverrideName.size());

    // Laid out as the status bar lays it out, the id after the name still reads left to
    // right; the same words without the isolates (the name's, and the id's own) would show it reversed.
    QVERIFY(readsLeftToRight(message, idAt, id.size(), m_window->statusBar()->font()));
    QString unisolated = message;
    unisolated.remove(QChar(u'\u2068')).remove(QChar(u'\u2066')).remove(QChar(u'\u2069'));
    QVERIFY(!readsLeftToRight(unisolated, unisolated.indexOf(id), id.size(), m_window->statusBar()->font()));
}

void TestHostileStrings::errorTextGivesTheSpecificReasonAsPlainText_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("isMessageShown");
    QTest::newRow("an untrusted certificate names the certificate")
        << ApiError::Kind::Connection << 0 << u"SSL handshake failed: The certificate is self-signed, and untrusted"_s
        << true;
    QTest::newRow("an unreadable answer names what was wrong")
        << ApiError::Kind::InvalidResponse << 200 << u"isActive: is missing"_s << true;
    QTest::newRow("a server's message with markup in it")
        << ApiError::Kind::Server << 500 << u"<img src=x onerror=alert(1)> \u202Eoops"_s << true;
    QTest::newRow("a bare status line adds nothing to the summary")
        << ApiError::Kind::Server << 502 << u"HTTP 502 Bad Gateway"_s << false;
}

void TestHostileStrings::errorTextGivesTheSpecificReasonAsPlainText()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, httpStatus);
    QFETCH(QString, message);
    QFETCH(bool, isMessageShown);
    ApiError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    error.message = message;
    const QString text = MessageBar::errorText(error);
    QVERIFY2(text.startsWith(error.summary()) && text.endsWith(error.advice()), qPrintable(text));
    QCOMPARE(text.contains(message), isMessageShown);
    if (isMessageShown)
        QVERIFY(text.contains(QChar(u'\u2068') + message + QChar(u'\u2069')));

    MessageBar *bar = m_page->messageBar();
    bar->showMessage(MessageBar::Level::Error, text);
    QCOMPARE(bar->text(), text);
    verifyNoRichTextIn(bar, u"message bar"_s);
}

QTEST_MAIN(TestHostileStrings)
#include "tst_hostilestrings.moc"
