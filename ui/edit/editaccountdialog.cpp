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
        = DialogParts::confirmationButtons(this, tr("&Save changes"), &m_buttons.confirm, &m_buttons.cancel);
    m_buttons.confirm->setObjectName(u"confirmButton"_s);
    m_buttons.cancel->setObjectName(u"cancelButton"_s);
    m_buttons.review = buttons->addButton(tr("Re&view changes\u2026"), QDialogButtonBox::ActionRole);
    m_buttons.review->setObjectName(u"reviewButton"_s);
    m_buttons.back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    m_buttons.back->setObjectName(u"backButton"_s);
    m_buttons.back->setAutoDefault(false);
    connect(m_buttons.review, &QPushButton::clicked, this, &EditAccountDialog::showConfirmation);
    connect(m_buttons.back, &QPushButton::clicked, this, &EditAccountDialog::showEditor);

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

    m_editor.name = new QLineEdit(page);
    m_editor.name->setObjectName(u"nameField"_s);
    m_editor.name->setAccessibleName(tr("Name"));
    m_editor.name->setMaxLength(32767);
    m_editor.name->setText(account.name);
    connect(m_editor.name, &QLineEdit::textChanged, this, &EditAccountDialog::revalidate);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_editor.name);

    m_editor.metadata = new QTableWidget(0, 2, page);
    m_editor.metadata->setObjectName(u"metadataTable"_s);
    m_editor.metadata->setAccessibleName(tr("Metadata"));
    m_editor.metadata->setHorizontalHeaderLabels({ tr("Key"), tr("Value") });
    m_editor.metadata->setItemDelegate(new MetadataItemDelegate(m_editor.metadata));
    m_editor.metadata->setWordWrap(false);
    m_editor.metadata->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_editor.metadata->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_editor.metadata->setTabKeyNavigation(false); // Tab leaves the table, as in every other field
    m_editor.metadata->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    m_editor.metadata->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_editor.metadata->setColumnWidth(KeyColumn, 180);
    m_isFilling = true;
    for (const auto &[key, value] : account.metadata)
        appendPairRow(key, value);
    m_isFilling = false;
    connect(m_editor.metadata, &QTableWidget::itemChanged, this, &EditAccountDialog::handleItemChanged);
    auto *metadataLabel = new QLabel(tr("&Metadata:"), page);
    metadataLabel->setBuddy(m_editor.metadata);

    m_editor.addPair = new QPushButton(tr("&Add pair"), page);
    m_editor.addPair->setObjectName(u"addPairButton"_s);
    m_editor.addPair->setAccessibleName(tr("Add a metadata pair"));
    m_editor.addPair->setAutoDefault(false);
    m_editor.removePair = new QPushButton(tr("R&emove pair"), page);
    m_editor.removePair->setObjectName(u"removePairButton"_s);
    m_editor.removePair->setAccessibleName(tr("Remove the selected metadata pair"));
    m_editor.removePair->setAutoDefault(false);
    connect(m_editor.addPair, &QPushButton::clicked, this, &EditAccountDialog::addPair);
    connect(m_editor.removePair, &QPushButton::clicked, this, &EditAccountDialog::removeSelectedPairs);
    // Insert and Delete act on the table while it has the focus (not while a cell is edited).
    auto *addAction = new QAction(tr("Add pair"), m_editor.metadata);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    connect(addAction, &QAction::triggered, this, &EditAccountDialog::addPair);
    auto *removeAction = new QAction(tr("Remove pair"), m_editor.metadata);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &EditAccountDialog::removeSelectedPairs);
    m_editor.metadata->addActions({ addAction, removeAction });

    m_editor.pairCount = DialogParts::plainLabel(QString(), page);
    m_editor.pairCount->setObjectName(u"pairCountLabel"_s);
    m_editor.pairCount->setWordWrap(false);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_editor.addPair);
    tableButtons->addWidget(m_editor.removePair);
    tableButtons->addStretch();
    tableButtons->addWidget(m_editor.pairCount);

    auto *limits = DialogParts::plainLabel(
        tr("Keys have 1 to %1 characters and are case-sensitive; values have up to %2 characters.")
            .arg(QLocale().toString(MetadataRules::maxKeyLength), QLocale().toString(MetadataRules::maxValueLength)),
        page);
    limits->setObjectName(u"limitsLabel"_s);

    m_editor.problem = DialogParts::problemLabel(page);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(idLabel);
    layout->addLayout(form);
    layout->addWidget(metadataLabel);
    layout->addWidget(m_editor.metadata, 1);
    layout->addLayout(tableButtons);
    layout->addWidget(limits);
    layout->addWidget(m_editor.problem);
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

    m_confirmation.diff = FieldDiff::createTable(page);
    m_confirmation.diff->setObjectName(u"diffTable"_s);
    m_confirmation.diff->setAccessibleName(tr("Changes to be saved"));

    auto *note = DialogParts::plainLabel(
        tr("Only the fields listed are sent. If someone changes them on the server before this is saved, "
           "you are asked again."),
        page);

    m_confirmation.reason = DialogParts::reasonField(page);
    auto *reasonForm = new QFormLayout;
    reasonForm->addRow(tr("&Reason:"), m_confirmation.reason);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_confirmation.diff, 1);
    layout->addWidget(note);
    layout->addLayout(reasonForm);
    return page;
}

void EditAccountDialog::appendPairRow(const QString &key, const QString &value)
{
    const int row = m_editor.metadata->rowCount();
    m_editor.metadata->insertRow(row);
    auto *keyItem = new QTableWidgetItem(key);
    keyItem->setToolTip(key);
    auto *valueItem = new QTableWidgetItem(value);
    valueItem->setToolTip(value);
    m_editor.metadata->setItem(row, KeyColumn, keyItem);
    m_editor.metadata->setItem(row, ValueColumn, valueItem);
}

MetadataPairs EditAccountDialog::tablePairs() const
{
    MetadataPairs pairs;
    pairs.reserve(m_editor.metadata->rowCount());
    for (int row = 0; row < m_editor.metadata->rowCount(); ++row) {
        const QTableWidgetItem *key = m_editor.metadata->item(row, KeyColumn);
        const QTableWidgetItem *value = m_editor.metadata->item(row, ValueColumn);
        pairs.append({ key ? key->text() : QString(), value ? value->text() : QString() });
    }
    return pairs;
}

AccountFields EditAccountDialog::editedFields() const
{
    return { m_editor.name->text(), tablePairs() };
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
    const QString nameProblem = MetadataRules::nameProblem(m_editor.name->text());
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
    return m_confirmation.reason->text().trimmed();
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
    FieldDiff::fill(m_confirmation.diff, FieldDiff::rows(pending.before(), pending.after()));
    m_pages->setCurrentIndex(1);
    m_buttons.review->hide();
    m_buttons.review->setDefault(false);
    m_buttons.back->show();
    m_buttons.confirm->show();
    m_buttons.cancel->setDefault(true);
    revalidate();
    // Typing goes into the reason, where Enter does nothing; Enter elsewhere means Cancel.
    m_confirmation.reason->setFocus();
    return true;
}

void EditAccountDialog::showEditor()
{
    m_pages->setCurrentIndex(0);
    m_buttons.back->hide();
    m_buttons.confirm->hide();
    m_buttons.review->show();
    // On this page Enter only leads to the confirmation, which asks again.
    m_buttons.cancel->setDefault(false);
    m_buttons.review->setDefault(true);
    revalidate();
    m_editor.name->setFocus();
}

void EditAccountDialog::addPair()
{
    if (page() != Page::Edit)
        return;
    m_isFilling = true;
    appendPairRow(QString(), QString());
    m_isFilling = false;
    const int row = m_editor.metadata->rowCount() - 1;
    m_editor.metadata->setFocus();
    m_editor.metadata->setCurrentCell(row, KeyColumn);
    m_editor.metadata->editItem(m_editor.metadata->item(row, KeyColumn));
    revalidate();
}

void EditAccountDialog::removeSelectedPairs()
{
    if (page() != Page::Edit)
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_editor.metadata->selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row()))
            rows.append(index.row());
    }
    if (rows.isEmpty() && m_editor.metadata->currentRow() >= 0)
        rows.append(m_editor.metadata->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (const int row : rows)
        m_editor.metadata->removeRow(row);
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
    m_editor.problem->setText(shown.join(u'\n'));
    m_editor.problem->setVisible(!found.isEmpty());

    // Mark the cells that break a rule, and keep each cell's tooltip its whole text.
    m_isFilling = true;
    QHash<QString, int> keyCount;
    const MetadataPairs pairs = tablePairs();
    for (const auto &pair : pairs)
        ++keyCount[pair.first];
    for (int row = 0; row < pairs.size(); ++row) {
        const auto &[key, value] = pairs.at(row);
        QTableWidgetItem *keyItem = m_editor.metadata->item(row, KeyColumn);
        QTableWidgetItem *valueItem = m_editor.metadata->item(row, ValueColumn);
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

    m_editor.pairCount->setText(
        tr("%1 of %n pair(s)", nullptr, MetadataRules::maxPairs).arg(QLocale().toString(qlonglong(pairs.size()))));
    m_editor.removePair->setEnabled(!pairs.isEmpty());

    const bool changed = hasChanges();
    m_nothingChangedLabel->setVisible(!changed);
    m_buttons.review->setEnabled(found.isEmpty() && changed);
    m_buttons.confirm->setEnabled(found.isEmpty() && changed && page() == Page::Confirm);
}

void EditAccountDialog::accept()
{
    const AccountChange confirmed = change();
    if (page() != Page::Confirm || !confirmed.isValid())
        return;
    Q_EMIT changeConfirmed(confirmed);
    QDialog::accept();
}
