// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QWidget>

#include "core/models/accountfilter.h"

class AccountStore;
class FilterCompleter;
class FilterSyntaxHelp;
class QComboBox;
class QLineEdit;

// The line above a page's table: the search field (plain words or a filter expression,
// its terms completed as they are typed, F1 for the syntax) and the status filter. It says
// when either changes and marks a mistake where it is; the page applies the filter.
class SearchBar : public QWidget
{
    Q_OBJECT

public:
    /// Completes the metadata keys of `store` (not owned).
    explicit SearchBar(const AccountStore *store, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_searchField; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    FilterCompleter *completer() const { return m_completer; }
    /// The filter syntax card (F1 in the search field); null until first asked for.
    FilterSyntaxHelp *syntaxHelp() const { return m_syntaxHelp; }

    QString text() const;
    AccountFilter::Status status() const;
    /// Sets the search and the status together: one changed() for both.
    void setFilter(const QString &text, AccountFilter::Status status);
    /// Gives the search field the focus with its text selected, ready to be typed over.
    void focusSearch();
    /// Marks the mistake of `filter` in the field (or clears the mark) and says it with
    /// mistakeChanged() when the mark changes.
    void showMistakeOf(const AccountFilter &filter);
    /// The characters of the search field marked as the mistake (start, length); length 0
    /// when nothing is marked.
    std::pair<qsizetype, qsizetype> markedMistake() const { return m_markedMistake; }
    /// Opens the filter syntax card below the field.
    void showSyntax();

Q_SIGNALS:
    /// The search text or the status filter changed.
    void changed();
    /// The sentence naming the mistake in the field; empty once it is mended.
    void mistakeChanged(const QString &sentence);

private:
    void offerNewMetadataKeys();
    void markMistake(qsizetype start, qsizetype length);

    const AccountStore *m_store;
    QLineEdit *m_searchField;
    QComboBox *m_statusFilter;
    FilterCompleter *m_completer;
    FilterSyntaxHelp *m_syntaxHelp = nullptr;
    qsizetype m_offeredKeyCount = 0;
    std::pair<qsizetype, qsizetype> m_markedMistake { 0, 0 };
};
