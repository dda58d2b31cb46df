// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>

#include "core/domain/accountchange.h"
#include "core/services/environment.h"
#include "ui/edit/bulkmetadatadialog.h"
#include "ui/edit/editaccountdialog.h"
#include "ui/edit/editconflictdialog.h"
#include "ui/edit/fielddiff.h"
#include "ui/edit/usersdialog.h"

using namespace Qt::StringLiterals;

// The dialogs of "edit an account" driven as a person would: typing, pasting, clicking and
// the keyboard alone. They produce AccountChange values and send nothing, so no server is
// needed: each test checks the value the dialog hands back, or that it hands back none.
class TestEditDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anUnchangedAccountCannotBeReviewed();
    void anEmptyNameIsRefusedWithAMessage();
    void eachMetadataLimitIsRefusedBeforeAnythingIsProduced_data();
    void eachMetadataLimitIsRefusedBeforeAnythingIsProduced();
    void lengthsAreCountedInCodePoints();
    void duplicateKeysAreRefusedButKeysDifferingInCaseAreNot();
    void aCellIsCheckedWhileItIsTyped();
    void theConfirmationListsExactlyTheChanges();
    void aReorderedOrRestoredTableIsNoChange();
    void hostileTextRoundTripsExactlyIntoTheChange();
    void enterInTheReasonDoesNotConfirm();
    void theKeyboardAloneEditsAndConfirms();
    void escapeCancelsEachDialogAndProducesNothing();

    void theConflictShowsThreeVersionsOfEachDifferingField();
    void applyMineAnywayBuildsAChangeAgainstTheServersState();

    void badUserLinesAreNamedByNumberAndRepeatsDropped();
    void userChangesCarryTheCountOnlyOnTheFirst();

    void settingAValueCountsWhatChangesAndWhatIsLeftAlone();
    void removingAKeyChangesOnlyTheAccountsThatHaveIt();
    void bulkKeyAndValueLimitsAreRefused();
    void productionAsksForTheCountAboveTenAccounts();

    void everyFocusableWidgetHasAnAccessibleName();

    void saveTheConfirmationScreenshot();
};

namespace
{
Environment production()
{
    return Environment::forBaseUrl(QUrl(u"https://api.avarasoftware.com"_s));
}

Environment sandbox()
{
    return Environment::forBaseUrl(QUrl(u"http://127.0.0.1:8123"_s), true);
}

QString customerId(int n)
{
    return u"cus_%1"_s.arg(n, 32, 16, QChar(u'0'));
}

QString userId(int n)
{
    return u"usr_%1"_s.arg(n, 32, 16, QChar(u'0'));
}

Account customer(int n, const QString &name, const MetadataPairs &metadata = {})
{
    Account account;
    account.kind = AccountKind::ExpressCustomer;
    account.id = customerId(n);
    account.name = name;
    account.isActive = true;
    account.userCount = 7;
    account.metadata = metadata;
    return account;
}

Account clinic()
{
    return customer(1, u"Northside Clinic"_s,
        { { u"contractId"_s, u"CTR-1"_s }, { u"region"_s, u"north"_s }, { u"tier"_s, u"gold"_s } });
}

// What the person would see in a label: its text when shown as plain text.
bool isPlainTextLabel(const QLabel *label)
{
    return label->textFormat() == Qt::PlainText
        || (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text()));
}

// The open editor: closed ones are hidden at once but deleted only later.
QLineEdit *cellEditor(QTableWidget *table)
{
    for (QLineEdit *editor : table->viewport()->findChildren<QLineEdit *>()) {
        if (editor->isVisible())
            return editor;
    }
    return nullptr;
}

// Opens the cell's editor with F2, replaces its text (typed or pasted) and presses Enter.
void editCell(QTableWidget *table, int row, int column, const QString &text, bool paste = false)
{
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = cellEditor(table);
    QVERIFY2(editor, "F2 opens an editor in the cell");
    editor->selectAll();
    if (paste) {
        QApplication::clipboard()->setText(text);
        QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    } else if (text.isEmpty()) {
        QTest::keyClick(editor, Qt::Key_Backspace);
    } else {
        QTest::keyClicks(editor, text);
    }
    QTest::keyClick(editor, Qt::Key_Return);
}

// Presses Tab until `target` has the focus, as a person without a mouse would.
void tabTo(QWidget *target)
{
    for (int i = 0; i < 12 && QApplication::focusWidget() != target; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), target);
}

void typeInto(QLineEdit *field, const QString &text)
{
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

void pasteInto(QLineEdit *field, const QString &text)
{
    field->selectAll();
    QApplication::clipboard()->setText(text);
    QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
}

// The text as the English translation shows it: the tests load no translator, so the
// source's "(s)" is still there.
QString english(const QString &text)
{
    QString shown = text;
    return shown.replace(u"(s)"_s, u"s"_s);
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name) : QString();
}

void verifyAccessibleNames(QWidget *dialog)
{
    int checked = 0;
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(dialog) || widget->focusProxy()
            || qobject_cast<QLabel *>(widget))
            continue;
        // Scroll bars and headers of the item views are parts of the views.
        if (widget->inherits("QScrollBar") || widget->inherits("QHeaderView") || widget->inherits("QTableCornerButton")
            || widget->objectName() == "qt_scrollarea_viewport"_L1)
            continue;
        const QString name = accessibleName(widget);
        QVERIFY2(!name.isEmpty(),
            qPrintable(dialog->objectName() + u": "_s + QString::fromLatin1(widget->metaObject()->className()) + u' '
                + widget->objectName() + u" has no accessible name"_s));
        if (auto *field = qobject_cast<QLineEdit *>(widget)) {
            QVERIFY2(field->text().isEmpty() || name != field->text(),
                qPrintable(u"the accessible name of "_s + field->objectName() + u" is its value"_s));
        }
        ++checked;
    }
    QVERIFY(checked >= 3);
}
} // namespace

void TestEditDialogs::anUnchangedAccountCannotBeReviewed()
{
    EditAccountDialog dialog(clinic(), sandbox());
    dialog.show();
    QCOMPARE(dialog.nameField()->text(), u"Northside Clinic"_s);
    QCOMPARE(dialog.metadataTable()->rowCount(), 3);
    QCOMPARE(cellText(dialog.metadataTable(), 1, 0), u"region"_s);
    QCOMPARE(cellText(dialog.metadataTable(), 1, 1), u"north"_s);
    QVERIFY(!dialog.reviewButton()->isEnabled());
    QVERIFY(dialog.nothingChangedLabel()->isVisibleTo(&dialog));
    QCOMPARE(dialog.nothingChangedLabel()->text(), u"Nothing changed."_s);
    QVERIFY(!dialog.change().isValid());
    QVERIFY(!dialog.showConfirmation());
    QCOMPARE(dialog.page(), EditAccountDialog::Page::Edit);

    // A change and its undo by hand are no change either.
    typeInto(dialog.nameField(), u"Northside Clinic 2"_s);
    QVERIFY(dialog.reviewButton()->isEnabled());
    QVERIFY(!dialog.nothingChangedLabel()->isVisibleTo(&dialog));
    QTest::keyClick(dialog.nameField(), Qt::Key_Backspace);
    QTest::keyClick(dialog.nameField(), Qt::Key_Backspace);
    QVERIFY(!dialog.reviewButton()->isEnabled());
    QVERIFY(dialog.nothingChangedLabel()->isVisibleTo(&dialog));
}

void TestEditDialogs::anEmptyNameIsRefusedWithAMessage()
{
    EditAccountDialog dialog(clinic(), sandbox());
    dialog.show();
    typeInto(dialog.nameField(), QString());
    QVERIFY(!dialog.reviewButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->isVisibleTo(&dialog));
    QVERIFY2(dialog.problemLabel()->text().contains(u"name"_s), qPrintable(dialog.problemLabel()->text()));
    QVERIFY(!dialog.change().isValid());

    // One space is a name of one character: sent as typed.
    QTest::keyClicks(dialog.nameField(), u" "_s);
    QVERIFY(dialog.problems().isEmpty());
    QVERIFY(!dialog.problemLabel()->isVisibleTo(&dialog));
    QCOMPARE(dialog.change().after().name, std::optional<QString>(u" "_s));
}

void TestEditDialogs::eachMetadataLimitIsRefusedBeforeAnythingIsProduced_data()
{
    QTest::addColumn<int>("pairsToAdd");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("an empty key is refused") << 1 << QString() << u"v"_s << u"the key is empty"_s;
    QTest::newRow("a key of 101 characters is refused")
        << 1 << QString(101, u'k') << u"v"_s << u"the key has 101 characters"_s;
    QTest::newRow("a value of 1001 characters is refused")
        << 1 << u"note"_s << QString(1001, u'v') << u"the value has 1,001 characters"_s;
    QTest::newRow("a 51st pair is refused") << 48 << QString() << QString() << u"at most 50"_s;
}

void TestEditDialogs::eachMetadataLimitIsRefusedBeforeAnythingIsProduced()
{
    QFETCH(int, pairsToAdd);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EditAccountDialog dialog(clinic(), sandbox());
    dialog.show();
    QTableWidget *table = dialog.metadataTable();
    if (pairsToAdd == 1) {
        QTest::mouseClick(dialog.addPairButton(), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 4);
        editCell(table, 3, 1, value);
        if (!key.isEmpty())
            editCell(table, 3, 0, key, true);
    } else {
        for (int i = 0; i < pairsToAdd; ++i) {
            QTest::mouseClick(dialog.addPairButton(), Qt::LeftButton);
            editCell(table, table->rowCount() - 1, 0, u"k%1"_s.arg(i));
        }
        QCOMPARE(table->rowCount(), 51);
    }
    QVERIFY(!dialog.reviewButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->isVisibleTo(&dialog));
    QVERIFY2(dialog.problemLabel()->text().contains(message), qPrintable(dialog.problemLabel()->text()));
    QVERIFY(!dialog.change().isValid());
    QVERIFY(!dialog.showConfirmation());

    // Put right, the same dialog produces its change.
    if (pairsToAdd == 1) {
        editCell(table, 3, 0, u"note"_s);
        editCell(table, 3, 1, u"ok"_s);
    } else {
        table->setCurrentCell(50, 0);
        QTest::mouseClick(dialog.removePairButton(), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 50);
    }
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
    QVERIFY(dialog.reviewButton()->isEnabled());
    QVERIFY(dialog.change().isValid());
    QLocale::setDefault(QLocale::c());
}

void TestEditDialogs::lengthsAreCountedInCodePoints()
{
    // 100 emoji are 200 UTF-16 units but 100 characters, as the server counts them.
    const QString smile = u"\U0001F600"_s;
    EditAccountDialog dialog(clinic(), sandbox());
    dialog.show();
    QTest::mouseClick(dialog.addPairButton(), Qt::LeftButton);
    editCell(dialog.metadataTable(), 3, 0, smile.repeated(100), true);
    editCell(dialog.metadataTable(), 3, 1, smile.repeated(1000), true);
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
    QCOMPARE(dialog.change().after().metadata->last(), std::make_pair(smile.repeated(100), smile.repeated(1000)));

    editCell(dialog.metadataTable(), 3, 0, smile.repeated(101), true);
    QCOMPARE(dialog.problems().size(), 1);
    QVERIFY(dialog.problems().first().contains(u"101"_s));
}

void TestEditDialogs::duplicateKeysAreRefusedButKeysDifferingInCaseAreNot()
{
    EditAccountDialog dialog(clinic(), sandbox());
    dialog.show();
    QTableWidget *table = dialog.metadataTable();
    QTest::mouseClick(dialog.addPairButton(), Qt::LeftButton);
    editCell(table, 3, 0, u"region"_s);
    QVERIFY(!dialog.reviewButton()->isEnabled());
    QVERIFY2(dialog.problemLabel()->text().contains(u"already on pair 2"_s), qPrintable(dialog.problemLabel()->text()));
    QVERIFY(!dialog.change().isValid());

    // The API's keys are case-sensitive: "Region" is another key.
    editCell(table, 3, 0, u"Region"_s);
    QVERIFY(dialog.problems().isEmpty());
    QVERIFY(dialog.reviewButton()->isEnabled());
    const AccountChange change = dialog.change();
    QCOMPARE(change.after().metadata->size(), 4);
    QCOMPARE(change.after().metadata->last(), std::make_pair(u"Region"_s, QString()));
}

void TestEditDialogs::aCellIsCheckedWhileItIsTyped()
{
    EditAccountDialog dialog(clinic(), sandbox());
    dialog.show();
    QTableWidget *table = dialog.metadataTable();
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = cellEditor(table);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Backspace);
    // Still editing: the message is there before the cell is left.
    QVERIFY(dialog.problemLabel()->isVisibleTo(&dialog));
    QVERIFY(dialog.problemLabel()->text().contains(u"Pair 1: the key is empty"_s));
    QTest::keyClicks(editor, u"tier"_s);
    QVERIFY(dialog.problemLabel()->text().contains(u"already on pair 1"_s));
    QTest::keyClick(editor, Qt::Key_Backspace);
    QVERIFY(dialog.problems().isEmpty());
    QCOMPARE(editor->text(), u"tie"_s);
    QCOMPARE(editor->cursorPosition(), 3);
    // Typing in the middle keeps the cursor where it is.
    editor->setCursorPosition(1);
    QTest::keyClicks(editor, u"X"_s);
    QCOMPARE(editor->text(), u"tXie"_s);
    QCOMPARE(editor->cursorPosition(), 2);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(cellText(table, 0, 0), u"tXie"_s);
}

void TestEditDialogs::theConfirmationListsExactlyTheChanges()
{
    EditAccountDialog dialog(clinic(), production());
    dialog.show();
    QTableWidget *table = dialog.metadataTable();
    typeInto(dialog.nameField(), u"Northside Clinic (East)"_s);
    editCell(table, 0, 1, u"CTR-2"_s); // contractId changed
    table->setCurrentCell(1, 0);
    QTest::mouseClick(dialog.removePairButton(), Qt::LeftButton); // region removed
    QTest::mouseClick(dialog.addPairButton(), Qt::LeftButton);
    editCell(table, 2, 0, u"siteCode"_s); // added
    editCell(table, 2, 1, u"E-7"_s);

    QTest::mouseClick(dialog.reviewButton(), Qt::LeftButton);
    QCOMPARE(dialog.page(), EditAccountDialog::Page::Confirm);
    QVERIFY(dialog.cancelButton()->isDefault());
    QVERIFY(!dialog.confirmButton()->isDefault());
    QVERIFY(dialog.confirmButton()->isEnabled());
    QVERIFY(!dialog.nothingChangedLabel()->isVisibleTo(&dialog));
    const auto *environment = dialog.findChild<QLabel *>(u"environmentLabel"_s);
    QVERIFY(environment && environment->isVisibleTo(&dialog));
    QVERIFY(environment->text().startsWith(u"PRODUCTION"_s));

    const QTableWidget *diff = dialog.diffTable();
    QCOMPARE(diff->rowCount(), 4);
    const QStringList expected = {
        u"\u2192|Name|Northside Clinic|Northside Clinic (East)"_s,
        u"\u2192|contractId|CTR-1|CTR-2"_s,
        u"+|siteCode|(none)|E-7"_s,
        u"\u2212|region|north|(none)"_s,
    };
    for (int row = 0; row < diff->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < diff->columnCount(); ++column)
            cells.append(cellText(diff, row, column));
        QCOMPARE(cells.join(u'|'), expected.at(row));
    }

    const AccountChange change = dialog.change();
    QCOMPARE(change.type(), AccountChange::Type::Update);
    QCOMPARE(change.accountId().toString(), customerId(1));
    QCOMPARE(change.before().name, std::optional<QString>(u"Northside Clinic"_s));
    QCOMPARE(change.after().name, std::optional<QString>(u"Northside Clinic (East)"_s));
    QCOMPARE(*change.before().metadata, clinic().metadata);
    const MetadataPairs after
        = { { u"contractId"_s, u"CTR-2"_s }, { u"tier"_s, u"gold"_s }, { u"siteCode"_s, u"E-7"_s } };
    QCOMPARE(*change.after().metadata, after);

    // Back keeps what was typed; a name-only change sends only the name.
    QTest::mouseClick(dialog.backButton(), Qt::LeftButton);
    QCOMPARE(dialog.page(), EditAccountDialog::Page::Edit);
    QCOMPARE(dialog.nameField()->text(), u"Northside Clinic (East)"_s);
    EditAccountDialog nameOnly(clinic(), sandbox());
    nameOnly.show();
    typeInto(nameOnly.nameField(), u"Renamed"_s);
    QVERIFY(nameOnly.showConfirmation());
    QCOMPARE(nameOnly.diffTable()->rowCount(), 1);
    QVERIFY(!nameOnly.change().after().metadata);
    QVERIFY(!nameOnly.change().before().metadata);

    // Long values are elided in the table; the tooltip holds all of it.
    EditAccountDialog longValue(clinic(), sandbox());
    longValue.show();
    editCell(longValue.metadataTable(), 2, 1, QString(300, u'x'));
    QVERIFY(longValue.showConfirmation());
    const QTableWidgetItem *shown = longValue.diffTable()->item(0, 3);
    QVERIFY(shown->text().size() < 100);
    QVERIFY(shown->text().endsWith(u'\u2026'));
    QCOMPARE(shown->toolTip(), QString(300, u'x'));
}

void TestEditDialogs::aReorderedOrRestoredTableIsNoChange()
{
    EditAccountDialog dialog(clinic(), sandbox());
    dialog.show();
    QTableWidget *table = dialog.metadataTable();
    // Remove "contractId" and add it back at the end: the same pairs, another order.
    table->setCurrentCell(0, 0);
    QTest::mouseClick(dialog.removePairButton(), Qt::LeftButton);
    QVERIFY(dialog.reviewButton()->isEnabled());
    QTest::mouseClick(dialog.addPairButton(), Qt::LeftButton);
    editCell(table, 2, 0, u"contractId"_s);
    editCell(table, 2, 1, u"CTR-1"_s);
    QVERIFY(!dialog.hasChanges());
    QVERIFY(!dialog.reviewButton()->isEnabled());
    QVERIFY(dialog.nothingChangedLabel()->isVisibleTo(&dialog));
}

void TestEditDialogs::hostileTextRoundTripsExactlyIntoTheChange()
{
    const QString html = u"<b>bold</b><img src=x onerror=alert(1)><a href=\"http://x\">link</a>"_s;
    const QString bidi = u"Invoice \u202Efdp.exe"_s;
    const QString controls = u"tab\there bell\u0007 esc\u001b[31m zero\u200Bwidth"_s;
    const QString emoji = u"\U0001F3E5 clinic \U0001F469\u200D\u2695\uFE0F"_s;
    const QString spaces = u"  padded  "_s;
    // 1000 characters (250 of them outside the BMP): the most a value may hold.
    const QString longValue = u"\u05D0<\U0001F3E5>"_s.repeated(250);
    // An untouched server value keeps its line breaks and NUL: the table never edited it.
    const QString serverValue = QString(u"line1\nline2\r\n\u0000end"_s);
    Account account = customer(2, html, { { u"note"_s, serverValue }, { bidi, u"rtl"_s } });

    EditAccountDialog dialog(account, production());
    dialog.show();
    QTableWidget *table = dialog.metadataTable();
    pasteInto(dialog.nameField(), bidi + controls + emoji + spaces);
    QCOMPARE(dialog.nameField()->text(), bidi + controls + emoji + spaces);
    editCell(table, 1, 1, html, true);
    QTest::mouseClick(dialog.addPairButton(), Qt::LeftButton);
    editCell(table, 2, 0, spaces + emoji, true);
    editCell(table, 2, 1, longValue, true);
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));

    QVERIFY(dialog.showConfirmation());
    const AccountChange change = dialog.change();
    QCOMPARE(change.before().name, std::optional<QString>(html));
    QCOMPARE(change.after().name->toUtf8(), (bidi + controls + emoji + spaces).toUtf8());
    const MetadataPairs after = *change.after().metadata;
    QCOMPARE(after.size(), 3);
    QCOMPARE(after.at(0).second.toUtf8(), serverValue.toUtf8());
    QCOMPARE(after.at(1), std::make_pair(bidi, html));
    QCOMPARE(after.at(2).first.toUtf8(), (spaces + emoji).toUtf8());
    QCOMPARE(after.at(2).second.toUtf8(), longValue.toUtf8());
    // The request carries the same bytes.
    const QByteArray body = change.request().body;
    QVERIFY(body.contains(QJsonDocument(QJsonArray { longValue }).toJson(QJsonDocument::Compact).mid(1).chopped(1)));

    // Nothing in the dialog renders the text as markup.
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        QVERIFY2(isPlainTextLabel(label), qPrintable(label->objectName() + u": "_s + label->text()));
    for (const QWidget *widget : dialog.findChildren<QWidget *>())
        QVERIFY2(!widget->toolTip().contains(u"<img"_s), qPrintable(widget->objectName()));
}

void TestEditDialogs::enterInTheReasonDoesNotConfirm()
{
    EditAccountDialog dialog(clinic(), sandbox());
    QSignalSpy confirmed(&dialog, &EditAccountDialog::changeConfirmed);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    typeInto(dialog.nameField(), u"Renamed"_s);
    QTest::keyClick(dialog.nameField(), Qt::Key_Return); // Enter on the first page reviews
    QCOMPARE(dialog.page(), EditAccountDialog::Page::Confirm);
    QCOMPARE(QApplication::focusWidget(), dialog.reasonField());
    QTest::keyClicks(dialog.reasonField(), u"  TICKET-42 "_s);
    QTest::keyClick(dialog.reasonField(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(confirmed.count(), 0);
    QCOMPARE(dialog.reason(), u"TICKET-42"_s);
    QCOMPARE(dialog.change().reason(), u"TICKET-42"_s);
}

void TestEditDialogs::theKeyboardAloneEditsAndConfirms()
{
    EditAccountDialog dialog(clinic(), sandbox());
    QSignalSpy confirmed(&dialog, &EditAccountDialog::changeConfirmed);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(QApplication::focusWidget(), dialog.nameField());
    QTest::keyClick(dialog.nameField(), Qt::Key_End);
    QTest::keyClicks(dialog.nameField(), u" II"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.metadataTable());
    // Insert adds a pair and opens its key.
    QTest::keyClick(dialog.metadataTable(), Qt::Key_Insert);
    QCOMPARE(dialog.metadataTable()->rowCount(), 4);
    QLineEdit *editor = cellEditor(dialog.metadataTable());
    QVERIFY(editor);
    QVERIFY(!editor->accessibleName().isEmpty());
    QTest::keyClicks(editor, u"siteCode"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(dialog.metadataTable(), Qt::Key_Right);
    QTest::keyClick(dialog.metadataTable(), Qt::Key_F2);
    QTest::keyClicks(cellEditor(dialog.metadataTable()), u"E-7"_s);
    QTest::keyClick(cellEditor(dialog.metadataTable()), Qt::Key_Return);
    // Delete removes the current pair ("region", second row).
    QTest::keyClick(dialog.metadataTable(), Qt::Key_Up);
    QTest::keyClick(dialog.metadataTable(), Qt::Key_Up);
    QCOMPARE(dialog.metadataTable()->currentRow(), 1);
    QTest::keyClick(dialog.metadataTable(), Qt::Key_Delete);
    QCOMPARE(dialog.metadataTable()->rowCount(), 3);

    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
    QVERIFY(dialog.reviewButton()->isEnabled());
    tabTo(dialog.reviewButton());
    QTest::keyClick(dialog.reviewButton(), Qt::Key_Space);
    QCOMPARE(dialog.page(), EditAccountDialog::Page::Confirm);
    QCOMPARE(dialog.diffTable()->rowCount(), 3);
    QCOMPARE(QApplication::focusWidget(), dialog.reasonField());
    tabTo(dialog.confirmButton());
    QTest::keyClick(dialog.confirmButton(), Qt::Key_Space);
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto change = confirmed.first().first().value<AccountChange>();
    QCOMPARE(change.after().name, std::optional<QString>(u"Northside Clinic II"_s));
    const MetadataPairs after
        = { { u"contractId"_s, u"CTR-1"_s }, { u"tier"_s, u"gold"_s }, { u"siteCode"_s, u"E-7"_s } };
    QCOMPARE(*change.after().metadata, after);
}

void TestEditDialogs::escapeCancelsEachDialogAndProducesNothing()
{
    {
        EditAccountDialog dialog(clinic(), sandbox());
        QSignalSpy confirmed(&dialog, &EditAccountDialog::changeConfirmed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        typeInto(dialog.nameField(), u"Renamed"_s);
        QVERIFY(dialog.showConfirmation());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(confirmed.count(), 0);
        // Accepting behind the dialog's back while it edits does nothing either.
        EditAccountDialog editing(clinic(), sandbox());
        editing.show();
        typeInto(editing.nameField(), u"Renamed"_s);
        editing.accept();
        QCOMPARE(editing.result(), int(QDialog::Rejected));
    }
    {
        AccountChange mine
            = AccountChange::update(*AccountId::parse(customerId(1)), { u"Northside Clinic"_s, {} }, { u"Mine"_s, {} });
        Account server = clinic();
        server.name = u"Theirs"_s;
        EditConflictDialog dialog(mine, server, sandbox());
        QSignalSpy confirmed(&dialog, &EditConflictDialog::changeConfirmed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(confirmed.count(), 0);
    }
    {
        UsersDialog dialog(clinic(), sandbox(), UsersDialog::Mode::Add);
        QSignalSpy confirmed(&dialog, &UsersDialog::changesConfirmed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClicks(dialog.idsField(), userId(1));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(confirmed.count(), 0);
    }
    {
        BulkMetadataDialog dialog({ clinic() }, sandbox(), BulkMetadataDialog::Mode::SetValue);
        QSignalSpy confirmed(&dialog, &BulkMetadataDialog::changesConfirmed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClicks(dialog.keyField(), u"tier"_s);
        // Enter in the key does not close it (Cancel is the default button).
        QTest::keyClick(dialog.keyField(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(confirmed.count(), 0);
    }
}

void TestEditDialogs::theConflictShowsThreeVersionsOfEachDifferingField()
{
    const Account started = clinic();
    const AccountChange mine = AccountChange::update(*AccountId::parse(started.id), { started.name, started.metadata },
        { u"Northside Clinic (East)"_s,
            MetadataPairs { { u"contractId"_s, u"CTR-2"_s }, { u"region"_s, u"north"_s }, { u"tier"_s, u"gold"_s } } });
    Account server = started;
    server.name = u"Northside <b>Clinic</b>"_s;
    server.metadata = { { u"contractId"_s, u"CTR-1"_s }, { u"region"_s, u"south"_s }, { u"tier"_s, u"gold"_s },
        { u"audit"_s, u"2026"_s } };

    EditConflictDialog dialog(mine, server, production());
    dialog.show();
    const QTableWidget *table = dialog.versionsTable();
    QCOMPARE(table->columnCount(), 4);
    QCOMPARE(table->horizontalHeaderItem(EditConflictDialog::YoursColumn)->text(), u"Yours"_s);
    QCOMPARE(table->horizontalHeaderItem(EditConflictDialog::ServerColumn)->text(), u"On the server now"_s);
    QCOMPARE(table->horizontalHeaderItem(EditConflictDialog::StartedColumn)->text(), u"When you started"_s);
    const QStringList expected = {
        u"Name|Northside Clinic (East)|Northside <b>Clinic</b>|Northside Clinic"_s,
        u"contractId|CTR-2|CTR-1|CTR-1"_s,
        u"region|north|south|north"_s,
        u"audit|(none)|2026|(none)"_s,
    };
    QCOMPARE(table->rowCount(), expected.size());
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells.append(cellText(table, row, column));
        QCOMPARE(cells.join(u'|'), expected.at(row));
    }
    QVERIFY(dialog.keepServerButton()->isDefault());
    QVERIFY(!dialog.applyMineButton()->isDefault());
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        QVERIFY2(isPlainTextLabel(label), qPrintable(label->text()));
}

void TestEditDialogs::applyMineAnywayBuildsAChangeAgainstTheServersState()
{
    const Account started = clinic();
    MetadataPairs mineMetadata = started.metadata;
    mineMetadata[0].second = u"CTR-2"_s;
    AccountChange mine = AccountChange::update(
        *AccountId::parse(started.id), { std::nullopt, started.metadata }, { std::nullopt, mineMetadata });
    mine.setReason(u"TICKET-7"_s);
    Account server = started;
    server.name = u"Renamed by someone"_s;
    server.metadata.append({ u"audit"_s, u"2026"_s });
    QVERIFY(!mine.expectsIn(server));

    EditConflictDialog dialog(mine, server, sandbox());
    dialog.show();
    // Only the metadata is the person's; the name the server changed is not shown.
    QCOMPARE(dialog.versionsTable()->rowCount(), 2);
    QSignalSpy confirmed(&dialog, &EditConflictDialog::changeConfirmed);
    QTest::mouseClick(dialog.applyMineButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(confirmed.count(), 1);
    const auto change = confirmed.first().first().value<AccountChange>();
    QCOMPARE(change, dialog.resolvedChange());
    QCOMPARE(change.accountId().toString(), started.id);
    QVERIFY(!change.before().name);
    QVERIFY(!change.after().name);
    QCOMPARE(*change.before().metadata, server.metadata);
    QCOMPARE(*change.after().metadata, mineMetadata);
    QCOMPARE(change.reason(), u"TICKET-7"_s);
    QVERIFY(change.expectsIn(server));
}

void TestEditDialogs::badUserLinesAreNamedByNumberAndRepeatsDropped()
{
    Account account = clinic();
    UsersDialog dialog(account, production(), UsersDialog::Mode::Add);
    dialog.show();
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QVERIFY(dialog.cancelButton()->isDefault());
    QTest::keyClicks(dialog.idsField(), userId(1));
    QTest::keyClick(dialog.idsField(), Qt::Key_Return);
    QApplication::clipboard()->setText(
        u"  "_s + userId(2) + u" \n\nusr_XYZ\n"_s + userId(1) + u"\n<b>usr</b>\r\n"_s + userId(3));
    QTest::keyClick(dialog.idsField(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(dialog.userIds(), QStringList({ userId(1), userId(2), userId(3) }));
    QCOMPARE(dialog.duplicateCount(), 1);
    const QStringList problems = dialog.problems();
    QCOMPARE(problems.size(), 2);
    QVERIFY2(
        problems.at(0).startsWith(u"Line 4:"_s) && problems.at(0).contains(u"usr_XYZ"_s), qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).startsWith(u"Line 6:"_s), qPrintable(problems.at(1)));
    QVERIFY(dialog.problemLabel()->isVisibleTo(&dialog));
    QVERIFY(dialog.problemLabel()->text().contains(u"Line 6:"_s));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QVERIFY(dialog.changes().isEmpty());
    const auto *countLabel = dialog.findChild<QLabel *>(u"countLabel"_s);
    QVERIFY(countLabel);
    QVERIFY2(countLabel->text().contains(u"1 repeated id"_s), qPrintable(countLabel->text()));

    // Deleting the bad lines leaves three ids to add.
    dialog.idsField()->setPlainText(
        userId(1) + u"\n"_s + userId(2) + u"\n"_s + userId(1) + u"\n"_s + userId(3) + u"\n"_s);
    QVERIFY(dialog.problems().isEmpty());
    QVERIFY(!dialog.problemLabel()->isVisibleTo(&dialog));
    QVERIFY(dialog.confirmButton()->isEnabled());
    QCOMPARE(english(dialog.confirmButton()->text()), u"&Add 3 users"_s);
    const auto *questionLabel = dialog.findChild<QLabel *>(u"questionLabel"_s);
    QVERIFY(questionLabel);
    const QString question = english(questionLabel->text());
    QVERIFY2(question.contains(u"Northside Clinic"_s) && question.contains(u"3 users"_s)
            && question.contains(u"PRODUCTION"_s),
        qPrintable(question));
}

void TestEditDialogs::userChangesCarryTheCountOnlyOnTheFirst()
{
    for (const UsersDialog::Mode mode : { UsersDialog::Mode::Add, UsersDialog::Mode::Remove }) {
        UsersDialog dialog(clinic(), sandbox(), mode);
        dialog.show();
        QSignalSpy confirmed(&dialog, &UsersDialog::changesConfirmed);
        QTest::keyClicks(dialog.idsField(), userId(5));
        QTest::keyClick(dialog.idsField(), Qt::Key_Return);
        QTest::keyClicks(dialog.idsField(), userId(6));
        QTest::keyClicks(dialog.reasonField(), u"TICKET-9"_s);
        QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(confirmed.count(), 1);
        const auto changes = confirmed.first().first().value<QList<AccountChange>>();
        const AccountId id = *AccountId::parse(customerId(1));
        AccountChange first = mode == UsersDialog::Mode::Add ? AccountChange::addUser(id, userId(5), 7)
                                                             : AccountChange::removeUser(id, userId(5), 7);
        AccountChange second = mode == UsersDialog::Mode::Add ? AccountChange::addUser(id, userId(6))
                                                              : AccountChange::removeUser(id, userId(6));
        first.setReason(u"TICKET-9"_s);
        second.setReason(u"TICKET-9"_s);
        QCOMPARE(changes, QList<AccountChange>({ first, second }));
    }
    // An organization has no users to add.
    Account org = clinic();
    org.kind = AccountKind::Organization;
    org.id = u"org_%1"_s.arg(1, 32, 16, QChar(u'0'));
    UsersDialog dialog(org, sandbox(), UsersDialog::Mode::Add);
    dialog.show();
    QTest::keyClicks(dialog.idsField(), userId(5));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QVERIFY(dialog.changes().isEmpty());
}

void TestEditDialogs::settingAValueCountsWhatChangesAndWhatIsLeftAlone()
{
    MetadataPairs full;
    for (int i = 0; i < 50; ++i)
        full.append({ u"k%1"_s.arg(i), u"v"_s });
    const QList<Account> accounts = {
        customer(1, u"Has another value"_s, { { u"tier"_s, u"silver"_s }, { u"region"_s, u"north"_s } }),
        customer(2, u"Has the value"_s, { { u"tier"_s, u"gold"_s } }),
        customer(3, u"Has no metadata"_s),
        customer(4, u"Is full"_s, full),
        customer(5, u"Has TIER"_s, { { u"TIER"_s, u"gold"_s } }),
    };
    BulkMetadataDialog dialog(accounts, sandbox(), BulkMetadataDialog::Mode::SetValue);
    dialog.show();
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QTest::keyClicks(dialog.keyField(), u"tier"_s);
    QTest::keyClicks(dialog.valueField(), u"gold"_s);

    const BulkMetadataDialog::Plan plan = dialog.plan();
    QCOMPARE(plan.changes.size(), 3);
    QCOMPARE(plan.alreadyCount, 1);
    QCOMPARE(plan.fullCount, 1);
    QCOMPARE(english(dialog.summaryLabel()->text()),
        u"3 accounts will change.\n1 already have this value and are left alone.\n1 already have 50 pairs and are "
        "left alone: the key would be one too many."_s);
    QCOMPARE(english(dialog.confirmButton()->text()), u"&Set on 3 accounts"_s);
    QVERIFY(dialog.confirmButton()->isEnabled());
    const auto *exampleLabel = dialog.findChild<QLabel *>(u"exampleLabel"_s);
    auto *exampleTable = dialog.findChild<QTableWidget *>(u"exampleTable"_s);
    QVERIFY(exampleLabel && exampleTable);
    QCOMPARE(exampleLabel->text(), u"Has another value"_s);
    QCOMPARE(exampleTable->rowCount(), 1);
    QCOMPARE(cellText(exampleTable, 0, 2), u"silver"_s);
    QCOMPARE(cellText(exampleTable, 0, 3), u"gold"_s);

    QSignalSpy confirmed(&dialog, &BulkMetadataDialog::changesConfirmed);
    QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
    QCOMPARE(confirmed.count(), 1);
    const auto changes = confirmed.first().first().value<QList<AccountChange>>();
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).accountId().toString(), customerId(1));
    QCOMPARE(*changes.at(0).before().metadata, accounts.at(0).metadata);
    QCOMPARE(*changes.at(0).after().metadata, MetadataPairs({ { u"tier"_s, u"gold"_s }, { u"region"_s, u"north"_s } }));
    QVERIFY(!changes.at(0).after().name);
    QCOMPARE(*changes.at(1).after().metadata, MetadataPairs({ { u"tier"_s, u"gold"_s } }));
    QCOMPARE(changes.at(2).accountId().toString(), customerId(5));
    QCOMPARE(*changes.at(2).after().metadata, MetadataPairs({ { u"TIER"_s, u"gold"_s }, { u"tier"_s, u"gold"_s } }));
}

void TestEditDialogs::removingAKeyChangesOnlyTheAccountsThatHaveIt()
{
    const QList<Account> accounts = {
        customer(1, u"A"_s, { { u"tier"_s, u"silver"_s }, { u"region"_s, u"north"_s } }),
        customer(2, u"B"_s, { { u"region"_s, u"south"_s } }),
        customer(3, u"C"_s, { { u"tier"_s, u"gold"_s } }),
    };
    BulkMetadataDialog dialog(accounts, sandbox(), BulkMetadataDialog::Mode::RemoveKey);
    dialog.show();
    QVERIFY(!dialog.valueField());
    QTest::keyClicks(dialog.keyField(), u"tier"_s);
    QCOMPARE(english(dialog.summaryLabel()->text()),
        u"2 accounts will change.\n1 do not have this key and are left alone."_s);
    const QList<AccountChange> changes = dialog.changes();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(*changes.at(0).after().metadata, MetadataPairs({ { u"region"_s, u"north"_s } }));
    // The last key removed leaves an empty list, which the request sends as null.
    QCOMPARE(*changes.at(1).after().metadata, MetadataPairs());
    QCOMPARE(changes.at(1).request().body, QByteArray(R"({"metadata":null})"));
    auto *exampleTable = dialog.findChild<QTableWidget *>(u"exampleTable"_s);
    QVERIFY(exampleTable);
    QCOMPARE(cellText(exampleTable, 0, 0), u"\u2212"_s);
}

void TestEditDialogs::bulkKeyAndValueLimitsAreRefused()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    BulkMetadataDialog dialog({ clinic() }, sandbox(), BulkMetadataDialog::Mode::SetValue);
    dialog.show();
    QTest::keyClicks(dialog.valueField(), u"x"_s);
    QVERIFY(dialog.problemLabel()->text().contains(u"the key is empty"_s));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    dialog.keyField()->setFocus();
    pasteInto(dialog.keyField(), QString(101, u'k'));
    QVERIFY(dialog.problemLabel()->isVisibleTo(&dialog));
    QVERIFY(dialog.problemLabel()->text().contains(u"101"_s));
    QVERIFY(dialog.changes().isEmpty());
    pasteInto(dialog.keyField(), u"note"_s);
    pasteInto(dialog.valueField(), QString(1001, u'v'));
    QVERIFY(dialog.problemLabel()->text().contains(u"1,001"_s));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QVERIFY(dialog.changes().isEmpty());
    pasteInto(dialog.valueField(), QString(1000, u'v'));
    QVERIFY(!dialog.problemLabel()->isVisibleTo(&dialog));
    QCOMPARE(dialog.changes().size(), 1);
    QLocale::setDefault(QLocale::c());
}

void TestEditDialogs::productionAsksForTheCountAboveTenAccounts()
{
    QList<Account> accounts;
    for (int i = 1; i <= 12; ++i)
        accounts.append(customer(i, u"Clinic %1"_s.arg(i), { { u"tier"_s, i <= 2 ? u"gold"_s : u"silver"_s } }));
    BulkMetadataDialog dialog(accounts, production(), BulkMetadataDialog::Mode::SetValue);
    dialog.show();
    QVERIFY(dialog.typedCountField());
    QTest::keyClicks(dialog.keyField(), u"tier"_s);
    QTest::keyClicks(dialog.valueField(), u"platinum"_s);
    QCOMPARE(dialog.changes().size(), 12);
    QVERIFY(dialog.typedCountField()->isVisibleTo(&dialog));
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QTest::keyClicks(dialog.typedCountField(), u"11"_s);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    dialog.typedCountField()->clear();
    QTest::keyClicks(dialog.typedCountField(), u"12"_s);
    QVERIFY(dialog.confirmButton()->isEnabled());

    // With gold, only 10 change: no count is asked.
    pasteInto(dialog.valueField(), u"gold"_s);
    QCOMPARE(dialog.changes().size(), 10);
    QVERIFY(!dialog.typedCountField()->isVisibleTo(&dialog));
    QVERIFY(dialog.confirmButton()->isEnabled());

    BulkMetadataDialog onSandbox(accounts, sandbox(), BulkMetadataDialog::Mode::SetValue);
    onSandbox.show();
    QVERIFY(!onSandbox.typedCountField());
}

void TestEditDialogs::everyFocusableWidgetHasAnAccessibleName()
{
    EditAccountDialog edit(clinic(), production());
    edit.show();
    verifyAccessibleNames(&edit);
    typeInto(edit.nameField(), u"Renamed"_s);
    QVERIFY(edit.showConfirmation());
    verifyAccessibleNames(&edit);

    AccountChange mine = AccountChange::update(*AccountId::parse(customerId(1)), { u"A"_s, {} }, { u"B"_s, {} });
    EditConflictDialog conflict(mine, clinic(), production());
    conflict.show();
    verifyAccessibleNames(&conflict);

    UsersDialog users(clinic(), production(), UsersDialog::Mode::Remove);
    users.show();
    QTest::keyClicks(users.idsField(), userId(1));
    verifyAccessibleNames(&users);

    QList<Account> many;
    for (int i = 1; i <= 12; ++i)
        many.append(customer(i, u"Clinic %1"_s.arg(i)));
    BulkMetadataDialog bulk(many, production(), BulkMetadataDialog::Mode::SetValue);
    bulk.show();
    QTest::keyClicks(bulk.keyField(), u"tier"_s);
    verifyAccessibleNames(&bulk);
}

// The README's picture of the confirmation: run with AVARA_SCREENSHOT_DIR set (under Xvfb
// with the xcb platform, so the fonts are the desktop's), else skipped.
void TestEditDialogs::saveTheConfirmationScreenshot()
{
    const QString directory = qEnvironmentVariable("AVARA_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("AVARA_SCREENSHOT_DIR is not set");
    Account account = customer(0x4c2a, u"St. Mary's Regional Hospital"_s,
        { { u"contractId"_s, u"CTR-2024-118"_s }, { u"region"_s, u"north-west"_s }, { u"tier"_s, u"gold"_s },
            { u"billingContact"_s, u"accounts@stmarys.example"_s } });
    EditAccountDialog dialog(account, production());
    dialog.resize(760, 520);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(dialog.nameField(), u"St. Mary's Regional Hospital (North)"_s);
    editCell(dialog.metadataTable(), 0, 1, u"CTR-2026-031"_s);
    dialog.metadataTable()->setCurrentCell(1, 0);
    QTest::mouseClick(dialog.removePairButton(), Qt::LeftButton);
    QTest::mouseClick(dialog.addPairButton(), Qt::LeftButton);
    editCell(dialog.metadataTable(), 3, 0, u"siteCode"_s);
    editCell(dialog.metadataTable(), 3, 1, u"SMR-N-07"_s);
    QVERIFY(dialog.showConfirmation());
    QTest::keyClicks(dialog.reasonField(), u"SUP-4821"_s);
    QTest::qWait(200);
    QVERIFY(dialog.grab().save(directory + u"/edit-confirm.png"_s));
}

QTEST_MAIN(TestEditDialogs)
#include "tst_editdialogs.moc"
