// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include "core/domain/accountid.h"
#include "ui/common/dialogparts.h"
#include "ui/common/plaintextdelegate.h"
#include "ui/edit/metadatarules.h"

using namespace Qt::StringLiterals;

namespace
{
constexpr int problemsShown = 5;
constexpr int shownLineCharacters = 40;
} // namespace

UsersDialog::UsersDialog(const Account &account, const Environment &environment, Mode mode, QWidget *parent)
    : ChangesDialog(parent)
    , m_account(account)
    , m_environment(environment)
    , m_mode(mode)
    , m_id(AccountId::parse(account.kind, account.id))
    , m_idsField(new QPlainTextEdit(this))
{
    QLineEdit *reasonField = createReasonField();
    setObjectName(u"usersDialog"_s);
    const bool isAdd = mode == Mode::Add;
    setWindowTitle(isAdd ? tr("Add users") : tr("Remove users"));

    m_questionLabel = DialogParts::headingLabel(QString(), this);
    m_questionLabel->setObjectName(u"questionLabel"_s);

    auto *form = new QFormLayout;
    DialogParts::addAccountRows(form, tr("Customer:"), account.name, account.id, this)
        ->setObjectName(u"customerNameLabel"_s);
    form->addRow(tr("Users now:"), DialogParts::plainLabel(QLocale().toString(account.userCount), this));
    form->addRow(tr("Environment:"), DialogParts::environmentLabel(environment, this));

    m_idsField->setObjectName(u"idsField"_s);
    m_idsField->setAccessibleName(isAdd ? tr("User ids to add, one per line") : tr("User ids to remove, one per line"));
    m_idsField->setPlaceholderText(tr("usr_\u2026, one per line (paste from a ticket)"));
    m_idsField->setTabChangesFocus(true);
    m_idsField->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_idsField->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_idsField->setMinimumHeight(120);
    connect(m_idsField, &QPlainTextEdit::textChanged, this, &UsersDialog::revalidate);
    form->addRow(isAdd ? tr("&Users to add:") : tr("&Users to remove:"), m_idsField);

    m_countLabel = DialogParts::plainLabel(QString(), this);
    m_countLabel->setObjectName(u"countLabel"_s);
    form->addRow(QString(), m_countLabel);
    form->addRow(QString(), createProblemLabel());
    form->addRow(tr("&Reason:"), reasonField);

    auto *consequence = DialogParts::plainLabel(isAdd
            ? tr("Each user gets access to the customer's resources and studies.")
            : tr("Each user loses access to the customer's resources and studies. No data is deleted."),
        this);

    QDialogButtonBox *buttons = createButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_questionLabel);
    layout->addLayout(form);
    layout->addWidget(consequence);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    revalidate();
    m_idsField->setFocus();
}

UsersDialog::Parsed UsersDialog::parse() const
{
    Parsed parsed;
    QSet<QString> seen;
    const QStringList lines = m_idsField->toPlainText().split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString id = lines.at(i).trimmed();
        if (id.isEmpty())
            continue;
        if (!isValidUserId(QStringView(id))) {
            parsed.problems.append(
                tr("Line %1: %2 is not a user id (usr_ and 32 lowercase hex digits).")
                    .arg(QString::number(i + 1),
                        u'\u201c' + isolatedText(MetadataRules::elided(id, shownLineCharacters)) + u'\u201d'));
        } else if (seen.contains(id)) {
            ++parsed.duplicates;
        } else {
            seen.insert(id);
            parsed.ids.append(id);
        }
    }
    return parsed;
}

QStringList UsersDialog::userIds() const
{
    return parse().ids;
}

QStringList UsersDialog::problems() const
{
    return parse().problems;
}

int UsersDialog::duplicateCount() const
{
    return parse().duplicates;
}

QList<AccountChange> UsersDialog::changes() const
{
    const Parsed parsed = parse();
    if (!m_id || m_account.kind != AccountKind::ExpressCustomer || !parsed.problems.isEmpty())
        return {};
    QList<AccountChange> changes;
    const QString why = reason();
    for (qsizetype i = 0; i < parsed.ids.size(); ++i) {
        const std::optional<qint64> countBefore = i == 0 ? std::optional<qint64>(m_account.userCount) : std::nullopt;
        AccountChange change = m_mode == Mode::Add ? AccountChange::addUser(*m_id, parsed.ids.at(i), countBefore)
                                                   : AccountChange::removeUser(*m_id, parsed.ids.at(i), countBefore);
        change.setReason(why);
        changes.append(change);
    }
    return changes;
}

void UsersDialog::revalidate()
{
    const Parsed parsed = parse();
    const int count = int(parsed.ids.size());
    const bool isAdd = m_mode == Mode::Add;
    const QString name = u'\u201c' + isolatedText(m_account.name) + u'\u201d';
    const QString where = DialogParts::environmentName(m_environment);
    QString question;
    if (count == 0)
        question = isAdd ? tr("Add users to %1 on %2?").arg(name, where)
                         : tr("Remove users from %1 on %2?").arg(name, where);
    else
        question = isAdd ? tr("Add %n user(s) to %1 on %2?", nullptr, count).arg(name, where)
                         : tr("Remove %n user(s) from %1 on %2?", nullptr, count).arg(name, where);
    m_questionLabel->setText(question);

    QString countText = tr("%n user id(s) listed.", nullptr, count);
    if (parsed.duplicates > 0)
        countText += u' ' + tr("%n repeated id(s) left out.", nullptr, parsed.duplicates);
    m_countLabel->setText(countText);

    QStringList shown = parsed.problems.mid(0, problemsShown);
    if (parsed.problems.size() > problemsShown)
        shown.append(tr(
            "\u2026 and %n more line(s) that are not user ids.", nullptr, int(parsed.problems.size() - problemsShown)));
    if (m_account.kind != AccountKind::ExpressCustomer)
        shown.prepend(tr("Only Express customers have users."));
    problemLabel()->setText(shown.join(u'\n'));
    problemLabel()->setVisible(!shown.isEmpty());

    confirmButton()->setText(isAdd ? tr("&Add %n user(s)", nullptr, count) : tr("Re&move %n user(s)", nullptr, count));
    confirmButton()->setEnabled(count > 0 && shown.isEmpty() && m_id.has_value());
}
