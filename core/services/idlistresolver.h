// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include "core/api/apierror.h"

class AccountDirectory;

// Finds the accounts of a list of ids (from a pasted or opened file) for one directory:
// ids already loaded are found at once; the others are retrieved from the server one by
// one, which also stores them, so the list can be shown and acted on before (or without)
// the whole listing. finished() comes when every id is settled: found, unknown to the
// server (404), or not retrievable (another error).
class IdListResolver : public QObject
{
    Q_OBJECT

public:
    /// `accountIds` must be well-formed ids of the directory's kind (findAccountIds()).
    IdListResolver(AccountDirectory *directory, const QStringList &accountIds, QObject *parent = nullptr);

    /// Looks every id up; finished() follows, also when all were loaded already.
    void start();
    bool isFinished() const { return m_isStarted && m_outstanding.isEmpty(); }

    QStringList accountIds() const { return m_ids; }
    /// Ids whose account is in the store now, in the order given.
    QStringList foundIds() const;
    /// Ids the server has no account for, in the order given.
    QStringList unknownIds() const;
    /// Ids that could not be looked up (the server failed, the key was refused), with why.
    QHash<QString, ApiError> failures() const { return m_failures; }

Q_SIGNALS:
    void finished();

private:
    void handleRefreshed(const QString &id);
    void handleRefreshFailed(const QString &id, const ApiError &error);
    void settle(const QString &id);

    QPointer<AccountDirectory> m_directory;
    QStringList m_ids;
    QSet<QString> m_outstanding;
    QSet<QString> m_unknown;
    QHash<QString, ApiError> m_failures;
    bool m_isStarted = false;
};
