// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbar.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTextCharFormat>

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
    // The mistake is marked where it is; the rows keep the last valid filter meanwhile.
    if (filter.hasError()) {
        const FilterExpressionError &error = filter.error();
        // A mistake at the very end ("users>") has no characters: the last one is marked.
        const qsizetype start = error.length > 0 ? error.position : std::max<qsizetype>(0, error.position - 1);
        markMistake(start, std::max<qsizetype>(1, error.length));
    } else {
        markMistake(0, 0);
    }
    const QString sentence = filter.hasError() ? tr("%1 (at character %2). The last valid filter stays applied.")
                                                     .arg(filter.error().message)
                                                     .arg(filter.error().position + 1)
                                               : QString();
    if (m_searchField->toolTip() == sentence)
        return;
    m_searchField->setToolTip(sentence);
    Q_EMIT mistakeChanged(sentence);
}

void SearchBar::markMistake(qsizetype start, qsizetype length)
{
    if (length > 0 && start + length > m_searchField->text().size())
        length = std::max<qsizetype>(0, m_searchField->text().size() - start);
    if (std::pair(start, length) == m_markedMistake && length == 0)
        return;
    // A line edit draws formats only from an input method; an event that commits nothing
    // sets them without touching the text, the cursor or the selection. Its offsets count
    // from the cursor.
    QList<QInputMethodEvent::Attribute> formats;
    if (length > 0) {
        QTextCharFormat mistake;
        const QColor colour = StatusStyle::failedTextColor(QApplication::palette(m_searchField), QPalette::Base);
        mistake.setForeground(colour);
        mistake.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mistake.setUnderlineColor(colour);
        formats.append(QInputMethodEvent::Attribute(
            QInputMethodEvent::TextFormat, int(start - m_searchField->cursorPosition()), int(length), mistake));
    }
    QInputMethodEvent event(QString(), formats);
    QCoreApplication::sendEvent(m_searchField, &event);
    m_markedMistake = { start, length };
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
