// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmdeactivationdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/common/statusstyle.h"

using namespace Qt::StringLiterals;

namespace
{
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ConfirmDeactivationDialog::ConfirmDeactivationDialog(const Account &account, const Environment &environment,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_accountId(account.id)
{
    const bool isCustomer = account.kind == AccountKind::ExpressCustomer;
    setWindowTitle(isCustomer ? tr("Deactivate customer") : tr("Deactivate organization"));
    setObjectName(u"confirmDeactivationDialog"_s);

    auto *heading = plainLabel(isCustomer ? tr("Deactivate this Express customer?") : tr("Deactivate this organization?"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), plainLabel(account.name, this));
    form->addRow(tr("ID:"), plainLabel(account.id, this));
    form->addRow(tr("Users:"), plainLabel(QLocale().toString(account.userCount), this));
    auto *environmentLabel = plainLabel(environment.isProduction() ? tr("PRODUCTION (%1)").arg(environment.hostAndPort())
                                                                   : environment.displayName(),
                                        this);
    environmentLabel->setObjectName(u"environmentLabel"_s);
    environmentLabel->setStyleSheet(u"QLabel { color: white; background: %1; padding: 2px 6px; border-radius: 3px; font-weight: bold; }"_s
                                        .arg(StatusStyle::environmentColor(environment.kind).name()));
    form->addRow(tr("Environment:"), environmentLabel);

    auto *consequence = plainLabel(tr("Its %n user(s) can no longer be assigned new studies. No data is deleted, and the "
                                      "account can be reactivated later.",
                                      nullptr, int(qMin<qint64>(account.userCount, std::numeric_limits<int>::max()))),
                                   this);

    auto *buttons = new QDialogButtonBox(this);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_deactivateButton = buttons->addButton(tr("&Deactivate"), QDialogButtonBox::AcceptRole);
    m_deactivateButton->setAutoDefault(false);
    m_cancelButton->setDefault(true);
    m_cancelButton->setFocus();
    m_deactivateButton->setAccessibleName(tr("Deactivate %1").arg(account.name));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(consequence);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}
