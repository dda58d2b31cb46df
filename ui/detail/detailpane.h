// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QWidget>

#include "core/domain/account.h"
#include "core/domain/accountchange.h"

class QLabel;
class QPushButton;
class QTableWidget;

// Everything about the current account: each field, the metadata as a copyable table,
// timestamps in local time with UTC on hover, and the same toggle as the table row.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);

    /// Shows `account`, or an empty state when there is none, with the change under way on
    /// it and whether the last one failed (both as the store holds them).
    void setAccount(const std::optional<Account> &account, PendingAction pending, bool hasFailed);
    std::optional<Account> account() const { return m_account; }
    /// Says where what is shown comes from when it is not the server's confirmed answer
    /// ("As of … from the saved copy"); empty hides the note.
    void setProvenance(const QString &note);

    QPushButton *toggleButton() const { return m_toggleButton; }
    QPushButton *copyIdButton() const { return m_copyIdButton; }
    QPushButton *copyLinkButton() const { return m_copyLinkButton; }
    QTableWidget *metadataTable() const { return m_metadataTable; }
    /// The text of a field label by its object name, for tests and accessibility checks.
    QLabel *field(const QString &objectName) const;

    QPushButton *editButton() const { return m_editButton; }
    QPushButton *addUserButton() const { return m_addUserButton; }
    QPushButton *removeUserButton() const { return m_removeUserButton; }

Q_SIGNALS:
    void toggleRequested(const QString &id, bool wantedActive);
    /// Edit… was pressed for the account `id`.
    void editRequested(const QString &id);
    /// Add user… (`add`) or Remove user… was pressed for the Express customer `id`.
    void usersRequested(const QString &id, bool add);
    void copied(const QString &what);
    /// Copy link was pressed for the account `id`.
    void linkRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void copyMetadata();
    void setTimestamp(QLabel *label, const QDateTime &utc);
    void showMetadata(const MetadataPairs &metadata);
    void fixStatusSizes();

    std::optional<Account> m_account;
    QWidget *m_content;
    QLabel *m_placeholder;
    QLabel *m_name;
    QLabel *m_provenance;
    QLabel *m_status;
    QLabel *m_id;
    QLabel *m_users;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_createdByApiKey;
    QLabel *m_createdByUser;
    QPushButton *m_toggleButton;
    QPushButton *m_copyIdButton;
    QPushButton *m_copyMetadataButton;
    QPushButton *m_copyLinkButton;
    QPushButton *m_editButton;
    QPushButton *m_addUserButton;
    QPushButton *m_removeUserButton;
    QTableWidget *m_metadataTable;
    bool m_metadataShown = false; // the table holds m_account's metadata
    bool m_fixingSizes = false;
};
