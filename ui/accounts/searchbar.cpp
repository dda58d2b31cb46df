// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbar.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>

#include "core/models/accountstore.h"
#include "ui/accounts/filtercompleter.h"
#include "ui/accounts/filtersyntaxhelp.h"
#include "ui/common/statusstyle.h"

using namespace Qt::StringLiterals;

SearchBar::SearchBar(const AccountStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_searchField(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_completer(new FilterCompleter(m_searchField))
{
    m_searchField->setObjectName(u"searchField"_s);
    m_searchField->setPlaceholderText(tr("Search name, ID or metadata, or a filter such as users>10 (F1)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search accounts"));
    m_searchField->setAccessibleDescription(tr("Plain words or a filter expression; F1 shows the filter syntax"));
    auto *showSyntax = new QShortcut(QKeySequence::HelpContents, m_searchField, nullptr, nullptr, Qt::WidgetShortcut);
    connect(showSyntax, &QShortcut::activated, this, &SearchBar::showSyntax);

    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->addItem(tr("All statuses"), int(AccountFilter::Status::All));
    m_statusFilter->addItem(tr("Active only"), int(AccountFilter::Status::Active));
    m_statusFilter->addItem(tr("Inactive only"), int(AccountFilter::Status::Inactive));
    m_statusFilter->setAccessibleName(tr("Status filter"));

    // A combo box is announced by its current text; the label beside it says what it is.
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusFilter);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchField, 1);
    layout->addWidget(statusLabel);
    layout->addWidget(m_statusFilter);
    setFocusProxy(m_searchField);

    connect(m_searchField, &QLineEdit::textChanged, this, &SearchBar::changed);
    connect(m_searchField, &QLineEdit::textEdited, this, &SearchBar::offerNewMetadataKeys);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &SearchBar::changed);
}

QString SearchBar::text() const
{
    return m_searchField->text();
}

AccountFilter::Status SearchBar::status() const
{
    return AccountFilter::Status(m_statusFilter->currentData().toInt());
}

void SearchBar::setFilter(const QString &text, AccountFilter::Status status)
{
    {
        const QSignalBlocker blockSearch(m_searchField);
        const QSignalBlocker blockStatus(m_statusFilter);
        m_searchField->setText(text);
        m_statusFilter->setCurrentIndex(std::max(0, m_statusFilter->findData(int(status))));
    }
    Q_EMIT changed();
}

void SearchBar::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void SearchBar::showMistakeOf(const AccountFilter &filter)
{
    // The mistake is named where it is; the rows keep the last valid filter meanwhile.
    const QString sentence = filter.hasError() ? tr("%1 (at character %2). The last valid filter stays applied.")
                                                     .arg(filter.error().message)
                                                     .arg(filter.error().position + 1)
                                               : QString();
    if (m_searchField->toolTip() == sentence)
        return;
    m_searchField->setToolTip(sentence);
    QPalette palette = m_searchField->palette();
    palette.setColor(QPalette::Text,
        filter.hasError() ? StatusStyle::failedTextColor(QApplication::palette(m_searchField), QPalette::Base)
                          : QApplication::palette(m_searchField).color(QPalette::Text));
    m_searchField->setPalette(palette);
    Q_EMIT mistakeChanged(sentence);
}

void SearchBar::showSyntax()
{
    if (!m_syntaxHelp)
        m_syntaxHelp = new FilterSyntaxHelp(this);
    m_syntaxHelp->showBelow(m_searchField);
}

void SearchBar::offerNewMetadataKeys()
{
    // Keys only ever accumulate in the store, so their count says whether any are new.
    if (m_store->metadataKeyCount() == m_offeredKeyCount)
        return;
    m_offeredKeyCount = m_store->metadataKeyCount();
    m_completer->offerTermsOf(m_store);
}
