// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/models/accountstatus.h"
#include "ui/common/dialogparts.h"
#include "ui/common/plaintextdelegate.h"
#include "ui/common/statusstyle.h"

using namespace Qt::StringLiterals;

namespace
{
QLabel *valueLabel(const QString &objectName, QWidget *parent, bool wordWrap = true)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wordWrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString dash()
{
    return u"\u2014"_s;
}

QString toggleText(bool isActive)
{
    return isActive ? DetailPane::tr("Deactivate\u2026") : DetailPane::tr("Reactivate");
}

// The locale's long date without its weekday, then its long time: with the weekday a German
// date ("Mittwoch, 16. September 2020 15:44:52 UTC") wrapped beside its label at the pane's width.
QString longDateTime(const QDateTime &local)
{
    const QLocale locale;
    static const QRegularExpression weekday(u"^\\s*dddd[,.]?\\s*|\\s*[,.]?\\s*dddd\\s*$"_s);
    QString date = locale.dateFormat(QLocale::LongFormat);
    date.remove(weekday);
    return locale.toString(local, date + u' ' + locale.timeFormat(QLocale::LongFormat));
}

void setTextColor(QWidget *widget, const QColor &color)
{
    // A palette, not a style sheet: a new style sheet re-polishes the widget and relays it out.
    if (widget->palette().color(QPalette::WindowText) == color)
        return;
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color);
    widget->setPalette(palette);
}
} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_content(new QWidget(this))
    , m_placeholder(new QLabel(tr("Select an account to see its details."), this))
    , m_name(valueLabel(u"nameValue"_s, m_content))
    , m_provenance(valueLabel(u"provenanceValue"_s, m_content))
    , m_status(valueLabel(u"statusValue"_s, m_content, false))
    , m_id(valueLabel(u"idValue"_s, m_content))
    , m_users(valueLabel(u"usersValue"_s, m_content))
    , m_created(valueLabel(u"createdValue"_s, m_content))
    , m_updated(valueLabel(u"updatedValue"_s, m_content))
    , m_createdByApiKey(valueLabel(u"createdByApiKeyValue"_s, m_content))
    , m_createdByUser(valueLabel(u"createdByUserValue"_s, m_content))
    , m_toggleButton(new QPushButton(m_content))
    , m_copyIdButton(new QPushButton(QIcon::fromTheme(u"edit-copy"_s), tr("Copy"), m_content))
    , m_copyMetadataButton(new QPushButton(tr("Copy metadata"), m_content))
    , m_copyLinkButton(new QPushButton(tr("Copy link"), m_content))
    , m_editButton(new QPushButton(tr("&Edit\u2026"), m_content))
    , m_addUserButton(new QPushButton(tr("Add user\u2026"), m_content))
    , m_removeUserButton(new QPushButton(tr("Remove user\u2026"), m_content))
    , m_metadataTable(new QTableWidget(0, 2, m_content))
{
    setObjectName(u"detailPane"_s);
    setAccessibleName(tr("Account details"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setAccessibleName(tr("Account name"));
    m_provenance->setAccessibleName(tr("Where this comes from"));
    QFont provenanceFont = m_provenance->font();
    provenanceFont.setItalic(true);
    m_provenance->setFont(provenanceFont);
    m_provenance->hide();

    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);

    m_toggleButton->setObjectName(u"detailToggleButton"_s);
    DialogParts::name(
        m_copyIdButton, u"copyIdButton"_s, tr("Copy account ID"), tr("Copy the account ID to the clipboard"));
    m_copyMetadataButton->setAccessibleName(tr("Copy metadata"));
    DialogParts::name(
        m_editButton, u"editButton"_s, tr("Edit the name and metadata"), tr("Edit the name and metadata (F2)"));
    DialogParts::name(m_addUserButton, u"addUserButton"_s, tr("Add users to this customer"));
    DialogParts::name(m_removeUserButton, u"removeUserButton"_s, tr("Remove users from this customer"));
    DialogParts::name(m_copyLinkButton, u"copyLinkButton"_s, tr("Copy link to account"),
        tr("Copy an avara-console:// link that opens this account, for a ticket or a chat"));

    DialogParts::name(m_metadataTable, u"metadataTable"_s, tr("Metadata"));
    m_metadataTable->setHorizontalHeaderLabels({ tr("Key"), tr("Value") });
    m_metadataTable->horizontalHeader()->setStretchLastSection(true);
    m_metadataTable->verticalHeader()->hide();
    m_metadataTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metadataTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_metadataTable->setItemDelegate(new PlainTextDelegate(m_metadataTable));
    m_metadataTable->setWordWrap(false);

    // The id spans the form's two columns: its 36 characters stay whole at the pane's
    // default width, beside a short label rather than after the longest one.
    auto *idRow = new QHBoxLayout;
    auto *idLabel = new QLabel(tr("ID:"), m_content);
    idRow->addWidget(idLabel);
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copyIdButton);

    // The status and the toggle button change with every click; at fixed sizes they are
    // repainted then, while the pane's layout stays as it was.
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 0, Qt::AlignVCenter);
    statusRow->addStretch(1);
    statusRow->addWidget(m_toggleButton);

    // Only Express customers have users that the API can add or remove.
    auto *usersRow = new QHBoxLayout;
    usersRow->addWidget(m_users, 1);
    usersRow->addWidget(m_addUserButton);
    usersRow->addWidget(m_removeUserButton);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Label and value stay on one row, as a form reads; a value too long for the pane
    // elides (ids and keys are copyable in full from their buttons and the tooltip).
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("Status:"), statusRow);
    form->addRow(idRow);
    form->addRow(tr("Users:"), usersRow);
    form->addRow(tr("Created:"), m_created);
    // Beneath "Created:", "By" reads as "created by", and leaves an id its whole width.
    form->addRow(tr("By API key:"), m_createdByApiKey);
    form->addRow(tr("By user:"), m_createdByUser);
    form->addRow(tr("Updated:"), m_updated);

    auto *metadataHeader = new QHBoxLayout;
    auto *metadataTitle = new QLabel(tr("Metadata"), m_content);
    QFont titleFont = metadataTitle->font();
    titleFont.setBold(true);
    metadataTitle->setFont(titleFont);
    metadataHeader->addWidget(metadataTitle, 1);
    metadataHeader->addWidget(m_editButton);
    metadataHeader->addWidget(m_copyMetadataButton);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    // The link names the whole account, so it sits beside its name.
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_copyLinkButton, 0, Qt::AlignTop);
    contentLayout->addLayout(nameRow);
    contentLayout->addWidget(m_provenance);
    contentLayout->addLayout(form);
    contentLayout->addLayout(metadataHeader);
    contentLayout->addWidget(m_metadataTable, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_content);

    connect(m_copyIdButton, &QPushButton::clicked, this, [this] {
        if (!m_account)
            return;
        QApplication::clipboard()->setText(m_account->id);
        Q_EMIT copied(tr("Copied %1").arg(leftToRightText(m_account->id)));
    });
    connect(m_copyMetadataButton, &QPushButton::clicked, this, &DetailPane::copyMetadata);
    connect(m_copyLinkButton, &QPushButton::clicked, this, [this] {
        if (m_account)
            Q_EMIT linkRequested(m_account->id);
    });
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (m_account)
            Q_EMIT editRequested(m_account->id);
    });
    connect(m_addUserButton, &QPushButton::clicked, this, [this] {
        if (m_account)
            Q_EMIT usersRequested(m_account->id, true);
    });
    connect(m_removeUserButton, &QPushButton::clicked, this, [this] {
        if (m_account)
            Q_EMIT usersRequested(m_account->id, false);
    });
    connect(m_toggleButton, &QPushButton::clicked, this, [this] {
        if (m_account)
            Q_EMIT toggleRequested(m_account->id, !m_account->isActive);
    });

    // Tab from the top down, as the rows read: status, id, users, then the metadata.
    const QList<QWidget *> readingOrder = { m_toggleButton, m_copyIdButton, m_addUserButton, m_removeUserButton,
        m_editButton, m_copyMetadataButton, m_metadataTable };
    for (qsizetype i = 1; i < readingOrder.size(); ++i)
        setTabOrder(readingOrder.at(i - 1), readingOrder.at(i));

    fixStatusSizes();
    setAccount(std::nullopt, PendingAction::None, false);
}

void DetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LanguageChange:
        fixStatusSizes();
        break;
    default:
        break;
    }
}

void DetailPane::fixStatusSizes()
{
    // Sized for the widest text each can show. A widget whose minimum and maximum sizes are
    // equal does not invalidate its parent's layout when its text changes, so a click does
    // not relay out the pane (with its word-wrapped labels) or the window around it.
    if (m_fixingSizes)
        return;
    m_fixingSizes = true;
    const QString status = m_status->text();
    QSize statusSize;
    const auto measure = [this, &statusSize](bool isActive, PendingAction pending, bool hasFailed) {
        m_status->setText(AccountStatus::textWithFailure(isActive, pending, hasFailed));
        statusSize = statusSize.expandedTo(m_status->sizeHint());
    };
    for (const bool isActive : { false, true }) {
        for (const bool hasFailed : { false, true }) {
            measure(isActive, PendingAction::None, hasFailed);
            for (const PendingAction pending : allPendingActions)
                measure(isActive, pending, hasFailed);
        }
    }
    m_status->setText(status);
    m_status->setFixedSize(statusSize);

    const QString toggle = m_toggleButton->text();
    QSize toggleSize;
    for (const bool isActive : { false, true }) {
        m_toggleButton->setText(toggleText(isActive));
        toggleSize = toggleSize.expandedTo(m_toggleButton->sizeHint());
    }
    m_toggleButton->setText(toggle);
    m_toggleButton->setFixedSize(toggleSize);
    m_fixingSizes = false;
}

QLabel *DetailPane::field(const QString &objectName) const
{
    return m_content->findChild<QLabel *>(objectName);
}

void DetailPane::setTimestamp(QLabel *label, const QDateTime &utc)
{
    // QLabel::setText() does nothing for the same text; the tooltip is compared here.
    const QString toolTip
        = utc.isValid() ? utc.toUTC().toString(Qt::ISODate) + u" UTC"_s : tr("The server sent no time.");
    label->setText(utc.isValid() ? longDateTime(utc.toLocalTime()) : dash());
    if (label->toolTip() != toolTip)
        label->setToolTip(toolTip);
}

void DetailPane::setAccount(const std::optional<Account> &account, PendingAction pending, bool hasFailed)
{
    // Called again for the same account whenever its state changes (twice a click): only what
    // changed is set, and QLabel::setText() ignores an unchanged text, so nothing is relaid out.
    const bool sameMetadata = m_metadataShown && m_account && account && m_account->metadata == account->metadata;
    m_account = account;
    m_placeholder->setVisible(!account);
    m_content->setVisible(bool(account));
    if (!account)
        return;

    m_name->setText(account->name);
    const bool isPending = pending != PendingAction::None;
    m_status->setText(AccountStatus::textWithFailure(account->isActive, pending, hasFailed));
    setTextColor(m_status,
        hasFailed
            ? StatusStyle::failedTextColor(palette())
            : (account->isActive ? StatusStyle::activeTextColor(palette()) : palette().color(QPalette::WindowText)));

    m_toggleButton->setText(toggleText(account->isActive));
    const QString toggleName = account->isActive ? tr("Deactivate account") : tr("Reactivate account");
    if (m_toggleButton->accessibleName() != toggleName)
        m_toggleButton->setAccessibleName(toggleName);
    m_toggleButton->setEnabled(!isPending);

    m_id->setText(account->id);
    m_users->setText(QLocale().toString(account->userCount));
    setTimestamp(m_created, account->createdAt);
    setTimestamp(m_updated, account->updatedAt);
    m_createdByApiKey->setText(account->createdByApiKeyId.value_or(dash()));
    m_createdByUser->setText(account->createdByUserId.value_or(dash()));

    if (!sameMetadata)
        showMetadata(account->metadata);
    m_copyMetadataButton->setEnabled(!account->metadata.isEmpty());
    const bool hasUsers = account->kind == AccountKind::ExpressCustomer;
    m_addUserButton->setVisible(hasUsers);
    m_removeUserButton->setVisible(hasUsers);
    m_editButton->setEnabled(!isPending);
    m_addUserButton->setEnabled(!isPending);
    m_removeUserButton->setEnabled(!isPending);
}

void DetailPane::showMetadata(const MetadataPairs &metadata)
{
    m_metadataTable->setRowCount(int(metadata.size()));
    for (int row = 0; row < metadata.size(); ++row) {
        const auto &[key, value] = metadata[row];
        auto *keyItem = new QTableWidgetItem(key);
        auto *valueItem = new QTableWidgetItem(value);
        keyItem->setToolTip(key);
        valueItem->setToolTip(value);
        m_metadataTable->setItem(row, 0, keyItem);
        m_metadataTable->setItem(row, 1, valueItem);
    }
    m_metadataShown = true;
}

void DetailPane::copyMetadata()
{
    if (!m_account)
        return;
    // Tab-separated lines paste into spreadsheets and tickets alike.
    QString text;
    for (const auto &[key, value] : m_account->metadata)
        text += key % u'\t' % value % u'\n';
    QApplication::clipboard()->setText(text);
    Q_EMIT copied(tr("Copied %n metadata pair(s)", nullptr, int(m_account->metadata.size())));
}

void DetailPane::setProvenance(const QString &note)
{
    m_provenance->setText(note);
    m_provenance->setVisible(!note.isEmpty());
}
