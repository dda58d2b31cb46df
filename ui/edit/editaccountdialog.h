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

    QLineEdit *nameField() const { return m_editor.name; }
    QTableWidget *metadataTable() const { return m_editor.metadata; }
    QPushButton *addPairButton() const { return m_editor.addPair; }
    QPushButton *removePairButton() const { return m_editor.removePair; }
    QLabel *problemLabel() const { return m_editor.problem; }
    /// "Nothing changed", on both pages while nothing differs.
    QLabel *nothingChangedLabel() const { return m_nothingChangedLabel; }
    QTableWidget *diffTable() const { return m_confirmation.diff; }
    QLineEdit *reasonField() const { return m_confirmation.reason; }
    QPushButton *reviewButton() const { return m_buttons.review; }
    QPushButton *backButton() const { return m_buttons.back; }
    QPushButton *confirmButton() const { return m_buttons.confirm; }
    QPushButton *cancelButton() const { return m_buttons.cancel; }

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
    // The first page: what the person edits, and what the rules say of it.
    struct Editor
    {
        QLineEdit *name = nullptr;
        QTableWidget *metadata = nullptr;
        QPushButton *addPair = nullptr;
        QPushButton *removePair = nullptr;
        QLabel *problem = nullptr;
        QLabel *pairCount = nullptr;
    } m_editor;
    // The second page: the change as it will be sent, and why.
    struct Confirmation
    {
        QTableWidget *diff = nullptr;
        QLineEdit *reason = nullptr;
    } m_confirmation;
    QLabel *m_nothingChangedLabel = nullptr;
    // Below both pages; which of them show depends on the page.
    struct Buttons
    {
        QPushButton *review = nullptr;
        QPushButton *back = nullptr;
        QPushButton *confirm = nullptr;
        QPushButton *cancel = nullptr;
    } m_buttons;
};
