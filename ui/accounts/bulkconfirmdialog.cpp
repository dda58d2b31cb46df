// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkconfirmdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/common/dialogparts.h"
#include "ui/common/plaintextdelegate.h"

using namespace Qt::StringLiterals;

namespace
{
constexpr int namesShown = 8;
} // namespace

BulkConfirmDialog::BulkConfirmDialog(const Summary &summary, const Environment &environment, QWidget *parent)
    : QDialog(parent)
    , m_accountCount(summary.accountCount)
    , m_reasonField(DialogParts::reasonField(this))
{
    setObjectName(u"bulkConfirmDialog"_s);
    const bool isCustomer = summary.kind == AccountKind::ExpressCustomer;
    const int count = int(qMin<qsizetype>(summary.accountCount, std::numeric_limits<int>::max()));
    const QLocale locale;
    setWindowTitle(summary.wantedActive ? tr("Reactivate accounts") : tr("Deactivate accounts"));

    QString question;
    if (summary.wantedActive)
        question = isCustomer ? tr("Reactivate %n Express customer(s)?", nullptr, count)
                              : tr("Reactivate %n organization(s)?", nullptr, count);
    else
        question = isCustomer ? tr("Deactivate %n Express customer(s)?", nullptr, count)
                              : tr("Deactivate %n organization(s)?", nullptr, count);
    auto *heading = DialogParts::headingLabel(question, this);
    heading->setObjectName(u"bulkQuestion"_s);

    auto *form = new QFormLayout;
    auto *accountsLabel = DialogParts::plainLabel(locale.toString(qlonglong(summary.accountCount)), this);
    accountsLabel->setObjectName(u"accountCountLabel"_s);
    form->addRow(tr("Accounts:"), accountsLabel);
    auto *usersLabel = DialogParts::plainLabel(locale.toString(summary.userCount), this);
    usersLabel->setObjectName(u"userCountLabel"_s);
    form->addRow(tr("Users:"), usersLabel);
    form->addRow(tr("Environment:"), DialogParts::environmentLabel(environment, this));

    QStringList shown;
    for (qsizetype i = 0; i < summary.names.size() && i < namesShown; ++i)
        shown.append(u"\u2022 "_s + isolatedText(summary.names.at(i)));
    if (summary.names.size() > namesShown)
        shown.append(tr("\u2026 and %n more", nullptr, int(summary.names.size() - namesShown)));
    auto *namesLabel = DialogParts::plainLabel(shown.join(u'\n'), this);
    namesLabel->setObjectName(u"accountNamesLabel"_s);
    form->addRow(tr("Including:"), namesLabel);
    if (summary.alreadyCount > 0) {
        auto *already = DialogParts::plainLabel(summary.wantedActive
                ? tr("%n selected account(s) already active: left as they are.", nullptr, int(summary.alreadyCount))
                : tr("%n selected account(s) already inactive: left as they are.", nullptr, int(summary.alreadyCount)),
            this);
        already->setObjectName(u"alreadyLabel"_s);
        form->addRow(QString(), already);
    }
    form->addRow(tr("&Reason:"), m_reasonField);

    if (environment.isProduction() && summary.accountCount > typedCountThreshold) {
        m_typedCountField = new QLineEdit(this);
        m_typedCountField->setObjectName(u"typedCountField"_s);
        m_typedCountField->setAccessibleName(tr("Type the number of accounts to confirm"));
        m_typedCountField->setPlaceholderText(QString::number(summary.accountCount));
        form->addRow(tr("Type &%1 to confirm:").arg(summary.accountCount), m_typedCountField);
        connect(m_typedCountField, &QLineEdit::textChanged, this, &BulkConfirmDialog::updateConfirmButton);
    }

    auto *consequence = DialogParts::plainLabel(summary.wantedActive
            ? tr("Their users can be assigned new studies again.")
            : tr("Their users can no longer be assigned new studies. No data is deleted; you can undo "
                 "this for a few seconds afterwards, and from the history."),
        this);

    QDialogButtonBox *buttons = DialogParts::confirmationButtons(this,
        summary.wantedActive ? tr("&Reactivate %n", nullptr, count) : tr("&Deactivate %n", nullptr, count),
        &m_confirmButton, &m_cancelButton);
    m_confirmButton->setObjectName(u"confirmButton"_s);
    // Typing goes into the reason (or the count), where Enter and Space do nothing harmful;
    // Enter elsewhere still means Cancel.
    (m_typedCountField ? m_typedCountField : m_reasonField)->setFocus();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(consequence);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updateConfirmButton();
}

QString BulkConfirmDialog::reason() const
{
    return m_reasonField->text().trimmed();
}

void BulkConfirmDialog::updateConfirmButton()
{
    m_confirmButton->setEnabled(m_accountCount > 0
        && (!m_typedCountField || m_typedCountField->text().trimmed() == QString::number(m_accountCount)));
}
