// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmdeactivationdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/common/dialogparts.h"

using namespace Qt::StringLiterals;

using DialogParts::plainLabel;

ConfirmDeactivationDialog::ConfirmDeactivationDialog(
    const Account &account, const Environment &environment, QWidget *parent)
    : QDialog(parent)
    , m_accountId(account.id)
{
    const bool isCustomer = account.kind == AccountKind::ExpressCustomer;
    setWindowTitle(isCustomer ? tr("Deactivate customer") : tr("Deactivate organization"));
    setObjectName(u"confirmDeactivationDialog"_s);

    auto *heading = DialogParts::headingLabel(
        isCustomer ? tr("Deactivate this Express customer?") : tr("Deactivate this organization?"), this);

    auto *form = new QFormLayout;
    DialogParts::addAccountRows(form, tr("Name:"), account.name, account.id, this);
    form->addRow(tr("Users:"), plainLabel(QLocale().toString(account.userCount), this));
    auto *environmentLabel = DialogParts::environmentLabel(environment, this);
    form->addRow(tr("Environment:"), environmentLabel);
    m_reasonField = DialogParts::reasonField(this);
    form->addRow(tr("&Reason:"), m_reasonField);

    auto *consequence
        = plainLabel(tr("Its %n user(s) can no longer be assigned new studies. No data is deleted, and the "
                        "account can be reactivated later.",
                         nullptr, int(qMin<qint64>(account.userCount, std::numeric_limits<int>::max()))),
            this);

    QDialogButtonBox *buttons
        = DialogParts::confirmationButtons(this, tr("&Deactivate"), &m_deactivateButton, &m_cancelButton);
    m_cancelButton->setFocus();
    m_deactivateButton->setAccessibleName(tr("Deactivate %1").arg(account.name));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(consequence);
    m_provenance = plainLabel(QString(), this);
    m_provenance->setObjectName(u"provenanceNote"_s);
    m_provenance->hide();
    layout->addWidget(m_provenance);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString ConfirmDeactivationDialog::reason() const
{
    return m_reasonField->text().trimmed();
}

void ConfirmDeactivationDialog::setProvenance(const QString &note)
{
    m_provenance->setText(note);
    m_provenance->setVisible(!note.isEmpty());
}
