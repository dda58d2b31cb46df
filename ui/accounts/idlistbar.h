// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

class AccountDirectory;
class IdListResolver;
class QLabel;
class QPushButton;

// The strip above the table while the rows are limited to a list of ids (a ticket's CSV,
// a pasted list): it looks every id up (fetching those not loaded), then says how many
// were found, names the unknown ones with a way to copy them, and offers the way back.
class IdListBar : public QWidget
{
    Q_OBJECT

public:
    explicit IdListBar(AccountDirectory *directory, QWidget *parent = nullptr);

    /// Looks `ids` up; the list is called `sourceName` ("ticket.csv", "clipboard").
    void start(const QStringList &ids, const QString &sourceName);
    /// Hides the bar and forgets the list.
    void clear();
    /// True from start() until clear().
    bool hasList() const { return m_hasList; }
    /// The ids found on the server (after resolved()).
    const QStringList &foundIds() const { return m_found; }
    /// The ids the server does not know (after resolved()).
    const QStringList &unknownIds() const { return m_unknown; }
    /// True while `id` is one of the list's ids still being looked up (its errors are the bar's to report).
    bool isLookingUp(const QString &id) const;
    QLabel *label() const { return m_label; }

Q_SIGNALS:
    /// Every id has been looked up; the rows should show `found` alone.
    void resolved(const QStringList &found, const QStringList &unknown);
    /// "Show all accounts" was asked for: the rows should no longer be limited.
    void cleared();
    void statusMessage(const QString &text);

private:
    void handleResolved(IdListResolver *resolver, const QString &sourceName);

    AccountDirectory *m_directory;
    QLabel *m_label;
    QPushButton *m_copyUnknownButton;
    QPointer<IdListResolver> m_resolver;
    QStringList m_found;
    QStringList m_unknown;
    bool m_hasList = false;
};
