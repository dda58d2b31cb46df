// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkmetadatadialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/accounts/bulkconfirmdialog.h"
#include "ui/common/dialogparts.h"
#include "ui/common/plaintextdelegate.h"
#include "ui/edit/fielddiff.h"
#include "ui/edit/metadatarules.h"

using namespace Qt::StringLiterals;

BulkMetadataDialog::BulkMetadataDialog(
    const QList<Account> &accounts, const Environment &environment, Mode mode, QWidget *parent)
    : ChangesDialog(parent)
    , m_accounts(accounts)
    , m_mode(mode)
    , m_isProduction(environment.isProduction())
    , m_keyField(new QLineEdit(this))
{
    QLineEdit *reasonField = createReasonField();
    setObjectName(u"bulkMetadataDialog"_s);
    const bool isSet = mode == Mode::SetValue;
    const int selected = int(accounts.size());
    setWindowTitle(isSet ? tr("Set a metadata value") : tr("Remove a metadata key"));
    auto *heading
        = DialogParts::headingLabel(isSet ? tr("Set a metadata value on %n selected account(s)", nullptr, selected)
                                          : tr("Remove a metadata key from %n selected account(s)", nullptr, selected),
            this);
    heading->setObjectName(u"headingLabel"_s);

    auto *form = new QFormLayout;
    m_keyField->setObjectName(u"keyField"_s);
    m_keyField->setAccessibleName(isSet ? tr("Metadata key to set") : tr("Metadata key to remove"));
    DialogParts::ignoreEnter(m_keyField);
    connect(m_keyField, &QLineEdit::textChanged, this, &BulkMetadataDialog::revalidate);
    form->addRow(tr("&Key:"), m_keyField);
    if (isSet) {
        m_valueField = new QLineEdit(this);
        m_valueField->setObjectName(u"valueField"_s);
        m_valueField->setAccessibleName(tr("Metadata value"));
        DialogParts::ignoreEnter(m_valueField);
        connect(m_valueField, &QLineEdit::textChanged, this, &BulkMetadataDialog::revalidate);
        form->addRow(tr("&Value:"), m_valueField);
    }
    auto *limits = DialogParts::plainLabel(isSet
            ? tr("Keys have 1 to %1 characters and are case-sensitive; values have up to %2 characters.")
                  .arg(QLocale().toString(MetadataRules::maxKeyLength),
                      QLocale().toString(MetadataRules::maxValueLength))
            : tr("Keys are case-sensitive."),
        this);
    form->addRow(QString(), limits);
    form->addRow(QString(), createProblemLabel());
    form->addRow(tr("Environment:"), DialogParts::environmentLabel(environment, this));
    m_summaryLabel = DialogParts::plainLabel(QString(), this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    form->addRow(tr("Summary:"), m_summaryLabel);
    m_exampleLabel = DialogParts::plainLabel(QString(), this);
    m_exampleLabel->setObjectName(u"exampleLabel"_s);
    form->addRow(tr("For example:"), m_exampleLabel);
    m_exampleTable = FieldDiff::createTable(this);
    m_exampleTable->setObjectName(u"exampleTable"_s);
    m_exampleTable->setAccessibleName(tr("Example of the change on one account"));
    m_exampleTable->setMaximumHeight(m_exampleTable->fontMetrics().height() * 5);
    form->addRow(QString(), m_exampleTable);

    if (m_isProduction && accounts.size() > BulkConfirmDialog::typedCountThreshold) {
        m_typedCountField = new QLineEdit(this);
        m_typedCountField->setObjectName(u"typedCountField"_s);
        m_typedCountField->setAccessibleName(tr("Type the number of accounts to confirm"));
        DialogParts::ignoreEnter(m_typedCountField);
        m_typedCountLabel = new QLabel(this);
        m_typedCountLabel->setTextFormat(Qt::PlainText);
        m_typedCountLabel->setBuddy(m_typedCountField);
        connect(m_typedCountField, &QLineEdit::textChanged, this, &BulkMetadataDialog::revalidate);
        form->addRow(m_typedCountLabel, m_typedCountField);
    }
    form->addRow(tr("&Reason:"), reasonField);

    QDialogButtonBox *buttons = createButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    revalidate();
    m_keyField->setFocus();
}

QString BulkMetadataDialog::key() const
{
    return m_keyField->text();
}

QString BulkMetadataDialog::value() const
{
    return m_valueField ? m_valueField->text() : QString();
}

QStringList BulkMetadataDialog::problems() const
{
    QStringList problems;
    const QString keyProblem = MetadataRules::keyProblem(key());
    if (!keyProblem.isEmpty())
        problems.append(tr("Key: %1.").arg(keyProblem));
    if (m_mode == Mode::SetValue) {
        const QString valueProblem = MetadataRules::valueProblem(value());
        if (!valueProblem.isEmpty())
            problems.append(tr("Value: %1.").arg(valueProblem));
    }
    return problems;
}

BulkMetadataDialog::Plan BulkMetadataDialog::plan() const
{
    Plan plan;
    if (!problems().isEmpty())
        return plan;
    const QString k = key();
    const QString v = value();
    const QString why = reason();
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        const Account &account = m_accounts.at(i);
        const std::optional<AccountId> id = AccountId::parse(account.kind, account.id);
        if (!id)
            continue;
        MetadataPairs after = account.metadata;
        qsizetype found = -1;
        for (qsizetype p = 0; p < after.size(); ++p) {
            if (after.at(p).first == k) {
                found = p;
                break;
            }
        }
        if (m_mode == Mode::SetValue) {
            if (found >= 0 && after.at(found).second == v) {
                ++plan.alreadyCount;
                continue;
            }
            if (found >= 0) {
                after[found].second = v; // keeps the key where it was
            } else if (after.size() >= MetadataRules::maxPairs) {
                ++plan.fullCount;
                continue;
            } else {
                after.append({ k, v });
            }
        } else {
            if (found < 0) {
                ++plan.alreadyCount;
                continue;
            }
            after.removeAt(found);
        }
        AccountFields before;
        before.metadata = account.metadata;
        AccountFields fields;
        fields.metadata = after;
        AccountChange change = AccountChange::update(*id, before, fields);
        change.setReason(why);
        plan.changes.append(change);
        plan.changedIndexes.append(i);
    }
    return plan;
}

QList<AccountChange> BulkMetadataDialog::changes() const
{
    return plan().changes;
}

bool BulkMetadataDialog::isCountConfirmed(qsizetype count) const
{
    if (!m_typedCountField || count <= BulkConfirmDialog::typedCountThreshold)
        return true;
    return m_typedCountField->text().trimmed() == QString::number(count);
}

void BulkMetadataDialog::revalidate()
{
    const QStringList found = problems();
    problemLabel()->setText(found.join(u'\n'));
    problemLabel()->setVisible(!found.isEmpty());

    const Plan current = plan();
    const int changing = int(current.changes.size());
    const bool isSet = m_mode == Mode::SetValue;
    QStringList summary;
    if (found.isEmpty()) {
        summary.append(tr("%n account(s) will change.", nullptr, changing));
        if (current.alreadyCount > 0) {
            summary.append(isSet ? tr("%n already have this value and are left alone.", nullptr, current.alreadyCount)
                                 : tr("%n do not have this key and are left alone.", nullptr, current.alreadyCount));
        }
        if (current.fullCount > 0) {
            summary.append(tr("%n already have %1 pairs and are left alone: the key would be one too many.", nullptr,
                current.fullCount)
                               .arg(MetadataRules::maxPairs));
        }
    }
    m_summaryLabel->setText(summary.join(u'\n'));

    if (changing > 0) {
        const Account &example = m_accounts.at(current.changedIndexes.first());
        m_exampleLabel->setText(example.name);
        m_exampleLabel->setToolTip(plainTextAsRichText(example.id));
        const AccountChange &change = current.changes.first();
        FieldDiff::fill(m_exampleTable, FieldDiff::rows(change.before(), change.after()));
    } else {
        m_exampleLabel->setText(tr("(no account changes)"));
        m_exampleLabel->setToolTip(QString());
        m_exampleTable->setRowCount(0);
    }
    m_exampleTable->setVisible(changing > 0);

    const bool asksCount = m_typedCountField && changing > BulkConfirmDialog::typedCountThreshold;
    if (m_typedCountField) {
        m_typedCountLabel->setText(tr("Type &%1 to confirm:").arg(changing));
        m_typedCountField->setPlaceholderText(QString::number(changing));
        m_typedCountField->setVisible(asksCount);
        m_typedCountLabel->setVisible(asksCount);
    }
    confirmButton()->setText(
        isSet ? tr("&Set on %n account(s)", nullptr, changing) : tr("Re&move from %n account(s)", nullptr, changing));
    confirmButton()->setEnabled(changing > 0 && isCountConfirmed(changing));
}

bool BulkMetadataDialog::isConfirmable(const QList<AccountChange> &changes) const
{
    return isCountConfirmed(changes.size());
}
