// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

#include "core/domain/account.h"
#include "core/domain/accountchange.h"
#include "core/services/environment.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// Edits an account's name and metadata, then shows exactly what will change before it is
// sent. The first page edits and checks the contract's limits as the person types (the
// Review button stays disabled while a rule is broken or nothing differs); the second
// page shows only the differences, the environment and an optional reason, with Cancel as
// the default button. The dialog sends nothing: change() is the value the caller queues.
// What is sent is what was typed, to the code unit: no trimming, no normalisation.
class EditAccountDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page
    {
        Edit,
        Confirm,
    };

    EditAccountDialog(const Account &account, const Environment &environment, QWidget *parent = nullptr);

    /// The fields as the dialog shows them now (name and every pair, in the table's order).
    AccountFields editedFields() const;
    /// The change the dialog stands for: before holds the starting values of the fields that
    /// differ, after their new values. Invalid while a rule is broken or nothing differs.
    AccountChange change() const;
    /// The optional reason for the audit journal, trimmed.
    QString reason() const;
    /// Every rule the fields break now, one sentence each; empty when the change may be sent.
    QStringList problems() const;
    /// True when the fields differ from the account the dialog started from.
    bool hasChanges() const;

    Page page() const;
    /// Goes to the confirmation page when there is a change to confirm; returns whether it did.
    bool showConfirmation();
    /// Goes back to the editing page, keeping everything typed.
    void showEditor();
    /// Adds an empty pair at the end of the table and starts editing its key.
    void addPair();
    /// Removes the pairs of the selected rows (or the current row).
    void removeSelectedPairs();

    QLineEdit *nameField() const { return m_nameField; }
    QTableWidget *metadataTable() const { return m_metadataTable; }
    QPushButton *addPairButton() const { return m_addPairButton; }
    QPushButton *removePairButton() const { return m_removePairButton; }
    QLabel *problemLabel() const { return m_problemLabel; }
    QLabel *pairCountLabel() const { return m_pairCountLabel; }
    /// "Nothing changed", on both pages while nothing differs.
    QLabel *nothingChangedLabel() const { return m_nothingChangedLabel; }
    QTableWidget *diffTable() const { return m_diffTable; }
    QLineEdit *reasonField() const { return m_reasonField; }
    QPushButton *reviewButton() const { return m_reviewButton; }
    QPushButton *backButton() const { return m_backButton; }
    QPushButton *confirmButton() const { return m_confirmButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

    /// Accepts only on the confirmation page with a valid change, then emits changeConfirmed().
    void accept() override;

Q_SIGNALS:
    /// The person confirmed `change` (its reason set); emitted just before the dialog closes.
    void changeConfirmed(const AccountChange &change);

private:
    void handleItemChanged();
    void revalidate();
    void appendPairRow(const QString &key, const QString &value);
    MetadataPairs tablePairs() const;
    QWidget *createEditPage(const Account &account);
    QWidget *createConfirmPage(const Account &account, const Environment &environment);

    Account m_account;
    std::optional<AccountId> m_id;
    bool m_isFilling = false;
    QStackedWidget *m_pages;
    QLineEdit *m_nameField = nullptr;
    QTableWidget *m_metadataTable = nullptr;
    QPushButton *m_addPairButton = nullptr;
    QPushButton *m_removePairButton = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_pairCountLabel = nullptr;
    QLabel *m_nothingChangedLabel = nullptr;
    QTableWidget *m_diffTable = nullptr;
    QLineEdit *m_reasonField = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
