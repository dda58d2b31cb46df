// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editaccountdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/common/dialogparts.h"
#include "ui/common/plaintextdelegate.h"
#include "ui/common/statusstyle.h"
#include "ui/edit/fielddiff.h"
#include "ui/edit/metadatarules.h"

using namespace Qt::StringLiterals;

namespace
{
enum MetadataColumn
{
    KeyColumn,
    ValueColumn
};

constexpr int problemsShown = 4;

// The editor of a key or value cell commits every keystroke, so the limits are checked as
// the person types, not only when they leave the cell.
class MetadataItemDelegate : public PlainTextDelegate
{
public:
    using PlainTextDelegate::PlainTextDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *editor = new QLineEdit(parent);
        editor->setFrame(false);
        editor->setAccessibleName(index.column() == KeyColumn
                ? EditAccountDialog::tr("Key of pair %1").arg(index.row() + 1)
                : EditAccountDialog::tr("Value of pair %1").arg(index.row() + 1));
        auto *self = const_cast<MetadataItemDelegate *>(this);
        QObject::connect(editor, &QLineEdit::textEdited, self, [self, editor] { Q_EMIT self->commitData(editor); });
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        // The model changes under the editor as it commits each keystroke (and as the cell is
        // marked valid or not); setting the same text again would move the cursor to the end.
        auto *lineEdit = static_cast<QLineEdit *>(editor);
        const QString text = index.data(Qt::EditRole).toString();
        if (lineEdit->text() != text)
            lineEdit->setText(text);
    }
};

QColor problemBackground()
{
    QColor color = StatusStyle::failedColor();
    color.setAlpha(60);
    return color;
}
} // namespace

EditAccountDialog::EditAccountDialog(const Account &account, const Environment &environment, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_id(AccountId::parse(account.kind, account.id))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(u"editAccountDialog"_s);
    const bool isCustomer = account.kind == AccountKind::ExpressCustomer;
    setWindowTitle(isCustomer ? tr("Edit Express customer") : tr("Edit organization"));

    m_pages->addWidget(createEditPage(account));
    m_pages->addWidget(createConfirmPage(account, environment));

    m_nothingChangedLabel = DialogParts::plainLabel(tr("Nothing changed."), this);
    m_nothingChangedLabel->setObjectName(u"nothingChangedLabel"_s);

    QDialogButtonBox *buttons
        = DialogParts::confirmationButtons(this, tr("&Save changes"), &m_confirmButton, &m_cancelButton);
    m_confirmButton->setObjectName(u"confirmButton"_s);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_reviewButton = buttons->addButton(tr("Re&view changes\u2026"), QDialogButtonBox::ActionRole);
    m_reviewButton->setObjectName(u"reviewButton"_s);
    m_backButton = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    m_backButton->setObjectName(u"backButton"_s);
    m_backButton->setAutoDefault(false);
    connect(m_reviewButton, &QPushButton::clicked, this, &EditAccountDialog::showConfirmation);
    connect(m_backButton, &QPushButton::clicked, this, &EditAccountDialog::showEditor);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_nothingChangedLabel);
    layout->addWidget(buttons);
    setMinimumSize(620, 480);

    showEditor();
}

QWidget *EditAccountDialog::createEditPage(const Account &account)
{
    auto *page = new QWidget(m_pages);
    const bool isCustomer = account.kind == AccountKind::ExpressCustomer;
    auto *heading
        = DialogParts::headingLabel(isCustomer ? tr("Edit this Express customer") : tr("Edit this organization"), page);
    auto *idLabel = DialogParts::plainLabel(account.id, page);
    idLabel->setObjectName(u"accountIdLabel"_s);

    m_nameField = new QLineEdit(page);
    m_nameField->setObjectName(u"nameField"_s);
    m_nameField->setAccessibleName(tr("Name"));
    m_nameField->setMaxLength(32767);
    m_nameField->setText(account.name);
    connect(m_nameField, &QLineEdit::textChanged, this, &EditAccountDialog::revalidate);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameField);

    m_metadataTable = new QTableWidget(0, 2, page);
    m_metadataTable->setObjectName(u"metadataTable"_s);
    m_metadataTable->setAccessibleName(tr("Metadata"));
    m_metadataTable->setHorizontalHeaderLabels({ tr("Key"), tr("Value") });
    m_metadataTable->setItemDelegate(new MetadataItemDelegate(m_metadataTable));
    m_metadataTable->setWordWrap(false);
    m_metadataTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_metadataTable->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_metadataTable->setTabKeyNavigation(false); // Tab leaves the table, as in every other field
    m_metadataTable->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    m_metadataTable->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_metadataTable->setColumnWidth(KeyColumn, 180);
    m_isFilling = true;
    for (const auto &[key, value] : account.metadata)
        appendPairRow(key, value);
    m_isFilling = false;
    connect(m_metadataTable, &QTableWidget::itemChanged, this, &EditAccountDialog::handleItemChanged);
    auto *metadataLabel = new QLabel(tr("&Metadata:"), page);
    metadataLabel->setBuddy(m_metadataTable);

    m_addPairButton = new QPushButton(tr("&Add pair"), page);
    m_addPairButton->setObjectName(u"addPairButton"_s);
    m_addPairButton->setAccessibleName(tr("Add a metadata pair"));
    m_addPairButton->setAutoDefault(false);
    m_removePairButton = new QPushButton(tr("R&emove pair"), page);
    m_removePairButton->setObjectName(u"removePairButton"_s);
    m_removePairButton->setAccessibleName(tr("Remove the selected metadata pair"));
    m_removePairButton->setAutoDefault(false);
    connect(m_addPairButton, &QPushButton::clicked, this, &EditAccountDialog::addPair);
    connect(m_removePairButton, &QPushButton::clicked, this, &EditAccountDialog::removeSelectedPairs);
    // Insert and Delete act on the table while it has the focus (not while a cell is edited).
    auto *addAction = new QAction(tr("Add pair"), m_metadataTable);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    connect(addAction, &QAction::triggered, this, &EditAccountDialog::addPair);
    auto *removeAction = new QAction(tr("Remove pair"), m_metadataTable);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &EditAccountDialog::removeSelectedPairs);
    m_metadataTable->addActions({ addAction, removeAction });

    m_pairCountLabel = DialogParts::plainLabel(QString(), page);
    m_pairCountLabel->setObjectName(u"pairCountLabel"_s);
    m_pairCountLabel->setWordWrap(false);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_addPairButton);
    tableButtons->addWidget(m_removePairButton);
    tableButtons->addStretch();
    tableButtons->addWidget(m_pairCountLabel);

    auto *limits = DialogParts::plainLabel(
        tr("Keys have 1 to %1 characters and are case-sensitive; values have up to %2 characters.")
            .arg(QLocale().toString(MetadataRules::maxKeyLength), QLocale().toString(MetadataRules::maxValueLength)),
        page);
    limits->setObjectName(u"limitsLabel"_s);

    m_problemLabel = DialogParts::plainLabel(QString(), page);
    m_problemLabel->setObjectName(u"problemLabel"_s);
    m_problemLabel->setStyleSheet(u"QLabel { color: %1; }"_s.arg(StatusStyle::failedColor().name()));

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(idLabel);
    layout->addLayout(form);
    layout->addWidget(metadataLabel);
    layout->addWidget(m_metadataTable, 1);
    layout->addLayout(tableButtons);
    layout->addWidget(limits);
    layout->addWidget(m_problemLabel);
    return page;
}

QWidget *EditAccountDialog::createConfirmPage(const Account &account, const Environment &environment)
{
    auto *page = new QWidget(m_pages);
    const bool isCustomer = account.kind == AccountKind::ExpressCustomer;
    auto *heading = DialogParts::headingLabel(isCustomer ? tr("Save these changes to this Express customer?")
                                                         : tr("Save these changes to this organization?"),
        page);
    heading->setObjectName(u"confirmHeading"_s);

    auto *form = new QFormLayout;
    DialogParts::addAccountRows(form, tr("Account:"), account.name, account.id, page)
        ->setObjectName(u"confirmNameLabel"_s);
    form->addRow(tr("Environment:"), DialogParts::environmentLabel(environment, page));

    m_diffTable = FieldDiff::createTable(page);
    m_diffTable->setObjectName(u"diffTable"_s);
    m_diffTable->setAccessibleName(tr("Changes to be saved"));

    auto *note = DialogParts::plainLabel(
        tr("Only the fields listed are sent. If someone changes them on the server before this is saved, "
           "you are asked again."),
        page);

    m_reasonField = DialogParts::reasonField(page);
    auto *reasonForm = new QFormLayout;
    reasonForm->addRow(tr("&Reason:"), m_reasonField);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_diffTable, 1);
    layout->addWidget(note);
    layout->addLayout(reasonForm);
    return page;
}

void EditAccountDialog::appendPairRow(const QString &key, const QString &value)
{
    const int row = m_metadataTable->rowCount();
    m_metadataTable->insertRow(row);
    auto *keyItem = new QTableWidgetItem(key);
    keyItem->setToolTip(key);
    auto *valueItem = new QTableWidgetItem(value);
    valueItem->setToolTip(value);
    m_metadataTable->setItem(row, KeyColumn, keyItem);
    m_metadataTable->setItem(row, ValueColumn, valueItem);
}

MetadataPairs EditAccountDialog::tablePairs() const
{
    MetadataPairs pairs;
    pairs.reserve(m_metadataTable->rowCount());
    for (int row = 0; row < m_metadataTable->rowCount(); ++row) {
        const QTableWidgetItem *key = m_metadataTable->item(row, KeyColumn);
        const QTableWidgetItem *value = m_metadataTable->item(row, ValueColumn);
        pairs.append({ key ? key->text() : QString(), value ? value->text() : QString() });
    }
    return pairs;
}

AccountFields EditAccountDialog::editedFields() const
{
    return { m_nameField->text(), tablePairs() };
}

bool EditAccountDialog::hasChanges() const
{
    const AccountFields now = editedFields();
    // The server keeps no order among keys, so a reordered table is no change.
    return *now.name != m_account.name || !sameMetadata(*now.metadata, m_account.metadata);
}

QStringList EditAccountDialog::problems() const
{
    QStringList problems;
    const QString nameProblem = MetadataRules::nameProblem(m_nameField->text());
    if (!nameProblem.isEmpty())
        problems.append(nameProblem);
    const MetadataPairs pairs = tablePairs();
    if (pairs.size() > MetadataRules::maxPairs) {
        problems.append(
            tr("The metadata has %1 pairs; at most %2 are allowed.")
                .arg(QLocale().toString(qlonglong(pairs.size())), QLocale().toString(MetadataRules::maxPairs)));
    }
    QHash<QString, int> firstRowOfKey;
    for (int row = 0; row < pairs.size(); ++row) {
        const auto &[key, value] = pairs.at(row);
        const QString keyProblem = MetadataRules::keyProblem(key);
        if (!keyProblem.isEmpty())
            problems.append(tr("Pair %1: %2.").arg(QString::number(row + 1), keyProblem));
        const QString valueProblem = MetadataRules::valueProblem(value);
        if (!valueProblem.isEmpty())
            problems.append(tr("Pair %1: %2.").arg(QString::number(row + 1), valueProblem));
        if (key.isEmpty())
            continue;
        const auto first = firstRowOfKey.constFind(key);
        if (first != firstRowOfKey.cend()) {
            // One arg() call: a key holding "%3" must not be taken for a place marker.
            problems.append(
                tr("Pair %1: the key %2 is already on pair %3 (keys are case-sensitive).")
                    .arg(QString::number(row + 1), u'\u201c' + isolatedText(MetadataRules::elided(key, 40)) + u'\u201d',
                        QString::number(*first + 1)));
        } else {
            firstRowOfKey.insert(key, row);
        }
    }
    return problems;
}

AccountChange EditAccountDialog::change() const
{
    if (!m_id || !problems().isEmpty() || !hasChanges())
        return {};
    // before holds only the fields that change: the server is compared on those alone, so
    // someone else's change to another field is no conflict, and the inverse (undo) puts
    // back only what this change set.
    const AccountFields now = editedFields();
    AccountFields before;
    AccountFields after;
    if (*now.name != m_account.name) {
        before.name = m_account.name;
        after.name = now.name;
    }
    if (!sameMetadata(*now.metadata, m_account.metadata)) {
        before.metadata = m_account.metadata;
        after.metadata = now.metadata;
    }
    AccountChange change = AccountChange::update(*m_id, before, after);
    change.setReason(reason());
    return change;
}

QString EditAccountDialog::reason() const
{
    return m_reasonField->text().trimmed();
}

EditAccountDialog::Page EditAccountDialog::page() const
{
    return m_pages->currentIndex() == 0 ? Page::Edit : Page::Confirm;
}

bool EditAccountDialog::showConfirmation()
{
    const AccountChange pending = change();
    if (!pending.isValid())
        return false;
    FieldDiff::fill(m_diffTable, FieldDiff::rows(pending.before(), pending.after()));
    m_pages->setCurrentIndex(1);
    m_reviewButton->hide();
    m_reviewButton->setDefault(false);
    m_backButton->show();
    m_confirmButton->show();
    m_cancelButton->setDefault(true);
    revalidate();
    // Typing goes into the reason, where Enter does nothing; Enter elsewhere means Cancel.
    m_reasonField->setFocus();
    return true;
}

void EditAccountDialog::showEditor()
{
    m_pages->setCurrentIndex(0);
    m_backButton->hide();
    m_confirmButton->hide();
    m_reviewButton->show();
    // On this page Enter only leads to the confirmation, which asks again.
    m_cancelButton->setDefault(false);
    m_reviewButton->setDefault(true);
    revalidate();
    m_nameField->setFocus();
}

void EditAccountDialog::addPair()
{
    if (page() != Page::Edit)
        return;
    m_isFilling = true;
    appendPairRow(QString(), QString());
    m_isFilling = false;
    const int row = m_metadataTable->rowCount() - 1;
    m_metadataTable->setFocus();
    m_metadataTable->setCurrentCell(row, KeyColumn);
    m_metadataTable->editItem(m_metadataTable->item(row, KeyColumn));
    revalidate();
}

void EditAccountDialog::removeSelectedPairs()
{
    if (page() != Page::Edit)
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_metadataTable->selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row()))
            rows.append(index.row());
    }
    if (rows.isEmpty() && m_metadataTable->currentRow() >= 0)
        rows.append(m_metadataTable->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (const int row : rows)
        m_metadataTable->removeRow(row);
    revalidate();
}

void EditAccountDialog::handleItemChanged()
{
    if (!m_isFilling)
        revalidate();
}

void EditAccountDialog::revalidate()
{
    const QStringList found = problems();
    QStringList shown = found.mid(0, problemsShown);
    if (found.size() > problemsShown)
        shown.append(tr("\u2026 and %n more problem(s).", nullptr, int(found.size() - problemsShown)));
    m_problemLabel->setText(shown.join(u'\n'));
    m_problemLabel->setVisible(!found.isEmpty());

    // Mark the cells that break a rule, and keep each cell's tooltip its whole text.
    m_isFilling = true;
    QHash<QString, int> keyCount;
    const MetadataPairs pairs = tablePairs();
    for (const auto &pair : pairs)
        ++keyCount[pair.first];
    for (int row = 0; row < pairs.size(); ++row) {
        const auto &[key, value] = pairs.at(row);
        QTableWidgetItem *keyItem = m_metadataTable->item(row, KeyColumn);
        QTableWidgetItem *valueItem = m_metadataTable->item(row, ValueColumn);
        const bool badKey = !MetadataRules::keyProblem(key).isEmpty() || keyCount.value(key) > 1;
        const bool badValue = !MetadataRules::valueProblem(value).isEmpty();
        if (keyItem) {
            keyItem->setBackground(badKey ? QBrush(problemBackground()) : QBrush());
            keyItem->setToolTip(key);
        }
        if (valueItem) {
            valueItem->setBackground(badValue ? QBrush(problemBackground()) : QBrush());
            valueItem->setToolTip(value);
        }
    }
    m_isFilling = false;

    m_pairCountLabel->setText(
        tr("%1 of %n pair(s)", nullptr, MetadataRules::maxPairs).arg(QLocale().toString(qlonglong(pairs.size()))));
    m_removePairButton->setEnabled(!pairs.isEmpty());

    const bool changed = hasChanges();
    m_nothingChangedLabel->setVisible(!changed);
    m_reviewButton->setEnabled(found.isEmpty() && changed);
    m_confirmButton->setEnabled(found.isEmpty() && changed && page() == Page::Confirm);
}

void EditAccountDialog::accept()
{
    const AccountChange confirmed = change();
    if (page() != Page::Confirm || !confirmed.isValid())
        return;
    Q_EMIT changeConfirmed(confirmed);
    QDialog::accept();
}
