// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCompleter>
#include <QStringList>

class AccountStore;
class QLineEdit;
class QStringListModel;

// Completes the term being typed at the end of a filter expression, not the whole line:
// the field names (name:, users>, created<, …), the values status: and createdby: take, and
// meta.<key> for every metadata key of the loaded accounts. "users>10 me" offers
// "users>10 meta.region"; a "-" or "(" before the term stays.
class FilterCompleter : public QCompleter
{
    Q_OBJECT

public:
    /// Completes in `field`, which it is set on.
    explicit FilterCompleter(QLineEdit *field);

    /// Offers the terms of filterCompletions(): the fields, and meta.<key> for every metadata
    /// key `store` has seen (null: the fields alone).
    void offerTermsOf(const AccountStore *store);
    /// Everything offered now, in order.
    QStringList words() const;

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

    /// How many metadata keys are offered at most (the first ones, sorted).
    static constexpr qsizetype maxMetadataKeys = 1000;

private:
    QStringListModel *m_words;
    QLineEdit *m_field;
};
