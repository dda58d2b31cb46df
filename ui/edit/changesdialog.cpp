// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "ui/common/dialogparts.h"
#include "ui/common/statusstyle.h"

using namespace Qt::StringLiterals;

ChangesDialog::ChangesDialog(QWidget *parent)
    : QDialog(parent)
{ }

QString ChangesDialog::reason() const
{
    return m_reasonField ? m_reasonField->text().trimmed() : QString();
}

void ChangesDialog::accept()
{
    const QList<AccountChange> confirmed = changes();
    if (confirmed.isEmpty() || !isConfirmable(confirmed))
        return;
    Q_EMIT changesConfirmed(confirmed);
    QDialog::accept();
}

bool ChangesDialog::isConfirmable(const QList<AccountChange> &) const
{
    return true;
}

QLabel *ChangesDialog::createProblemLabel()
{
    m_problemLabel = DialogParts::plainLabel(QString(), this);
    m_problemLabel->setObjectName(u"problemLabel"_s);
    m_problemLabel->setStyleSheet(u"QLabel { color: %1; }"_s.arg(StatusStyle::failedColor().name()));
    return m_problemLabel;
}

QLineEdit *ChangesDialog::createReasonField()
{
    m_reasonField = DialogParts::reasonField(this);
    return m_reasonField;
}

QDialogButtonBox *ChangesDialog::createButtons()
{
    QDialogButtonBox *buttons = DialogParts::confirmationButtons(this, QString(), &m_confirmButton, &m_cancelButton);
    m_confirmButton->setObjectName(u"confirmButton"_s);
    return buttons;
}
