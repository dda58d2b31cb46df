// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "core/domain/account.h"
#include "core/domain/accountchange.h"
#include "core/services/environment.h"
#include "ui/edit/changesdialog.h"

class QLabel;
class QLineEdit;
class QTableWidget;

// Sets one metadata value on, or removes one key from, many accounts. As the key (and
// value) are typed it checks the contract's limits and says how many accounts will change,
// how many are left alone and why, with one account's difference as an example. On a
// production server more than BulkConfirmDialog's threshold of accounts also wants the
// count typed. Cancel is the default button. changes() are one update per account that changes.
class BulkMetadataDialog : public ChangesDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        SetValue,
        RemoveKey,
    };

    /// What the key (and value) typed do to the accounts.
    struct Plan
    {
        QList<AccountChange> changes; // one update per account that changes, in the accounts' order
        QList<qsizetype> changedIndexes; // the index in the accounts of each change
        int alreadyCount = 0; // already have that value (set) or do not have the key (remove)
        int fullCount = 0; // set: a new key would pass the limit of pairs
    };

    BulkMetadataDialog(
        const QList<Account> &accounts, const Environment &environment, Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    /// The key as typed, exactly.
    QString key() const;
    /// The value as typed, exactly (set mode; empty otherwise).
    QString value() const;
    /// Every rule the key and value break now; empty when they may be sent.
    QStringList problems() const;
    /// What the typed key (and value) would do; empty while a rule is broken.
    Plan plan() const;
    /// One update per account that changes (before = its metadata, after = the new
    /// metadata), each with the reason; empty while a rule is broken.
    QList<AccountChange> changes() const override;

    QLineEdit *keyField() const { return m_keyField; }
    /// Null in RemoveKey mode.
    QLineEdit *valueField() const { return m_valueField; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    /// The field the count must be typed in; null when the environment or the selection
    /// never needs one, hidden while the accounts that change are few enough.
    QLineEdit *typedCountField() const { return m_typedCountField; }

protected:
    /// When the count must be typed, only with the count of `changes` typed.
    bool isConfirmable(const QList<AccountChange> &changes) const override;

private:
    void revalidate();
    bool isCountConfirmed(qsizetype count) const;

    QList<Account> m_accounts;
    Mode m_mode;
    bool m_isProduction;
    QLineEdit *m_keyField;
    QLineEdit *m_valueField = nullptr;
    QLabel *m_summaryLabel;
    QLabel *m_exampleLabel;
    QTableWidget *m_exampleTable;
    QLabel *m_typedCountLabel = nullptr;
    QLineEdit *m_typedCountField = nullptr;
};
