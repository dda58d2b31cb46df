// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editconflictdialog.h"

#include <optional>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/common/dialogparts.h"
#include "ui/common/plaintextdelegate.h"
#include "ui/edit/fielddiff.h"
#include "ui/edit/metadatarules.h"

using namespace Qt::StringLiterals;

namespace
{
using Value = std::optional<QString>;

struct VersionRow
{
    QString field;
    bool isName = false;
    Value yours;
    Value server;
    Value started;
};

Value valueOf(const MetadataPairs &pairs, const QString &key)
{
    for (const auto &[k, v] : pairs) {
        if (k == key)
            return v;
    }
    return std::nullopt;
}

QList<VersionRow> versionRows(const AccountChange &mine, const Account &server)
{
    QList<VersionRow> rows;
    const AccountFields &after = mine.after();
    const AccountFields &before = mine.before();
    if (after.name) {
        const Value started = before.name ? before.name : Value(server.name);
        if (!(after.name == Value(server.name) && after.name == started))
            rows.append({ QString(), true, after.name, server.name, started });
    }
    if (after.metadata) {
        const MetadataPairs started = before.metadata.value_or(MetadataPairs());
        // Every key any version holds, in the order the person last saw them, then the
        // server's new ones.
        QStringList keys;
        for (const MetadataPairs *pairs : { &*after.metadata, &server.metadata, &started }) {
            for (const auto &pair : *pairs) {
                if (!keys.contains(pair.first))
                    keys.append(pair.first);
            }
        }
        for (const QString &key : keys) {
            const Value yours = valueOf(*after.metadata, key);
            const Value now = valueOf(server.metadata, key);
            const Value then = valueOf(started, key);
            if (!(yours == now && now == then))
                rows.append({ key, false, yours, now, then });
        }
    }
    return rows;
}

QTableWidgetItem *cell(const Value &value)
{
    auto *item = new QTableWidgetItem(
        value ? MetadataRules::elided(*value, FieldDiff::shownCharacters) : EditConflictDialog::tr("(none)"));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (value) {
        item->setToolTip(*value); // escaped by the PlainTextDelegate
    } else {
        item->setForeground(Qt::gray);
        item->setData(Qt::AccessibleTextRole, EditConflictDialog::tr("none"));
    }
    return item;
}
} // namespace

EditConflictDialog::EditConflictDialog(
    const AccountChange &mine, const Account &server, const Environment &environment, QWidget *parent)
    : QDialog(parent)
    , m_mine(mine)
    , m_server(server)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(u"editConflictDialog"_s);
    setWindowTitle(tr("The account changed on the server"));
    auto *heading = DialogParts::headingLabel(tr("Someone changed this account while you were editing it"), this);

    auto *form = new QFormLayout;
    DialogParts::addAccountRows(form, tr("Account:"), server.name, server.id, this)
        ->setObjectName(u"accountNameLabel"_s);
    form->addRow(tr("Environment:"), DialogParts::environmentLabel(environment, this));

    auto *explanation
        = DialogParts::plainLabel(tr("Nothing was sent. \u201c"
                                     "Apply mine anyway\u201d sends your version of these fields, replacing what "
                                     "is on the server now."),
            this);

    m_table->setObjectName(u"versionsTable"_s);
    m_table->setAccessibleName(tr("Your version, the server's and the one you started from"));
    m_table->setHorizontalHeaderLabels({ tr("Field"), tr("Yours"), tr("On the server now"), tr("When you started") });
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    for (int column = YoursColumn; column < ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    const QList<VersionRow> rows = versionRows(mine, server);
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const VersionRow &row = rows.at(i);
        m_table->setItem(i, FieldColumn, FieldDiff::fieldCell(row.isName, row.field, 40));
        m_table->setItem(i, YoursColumn, cell(row.yours));
        m_table->setItem(i, ServerColumn, cell(row.server));
        m_table->setItem(i, StartedColumn, cell(row.started));
    }
    m_table->resizeColumnToContents(FieldColumn);
    m_table->setColumnWidth(FieldColumn, qMin(m_table->columnWidth(FieldColumn), 180));

    auto *buttons = new QDialogButtonBox(this);
    m_keepServerButton = buttons->addButton(tr("&Keep the server's"), QDialogButtonBox::RejectRole);
    m_keepServerButton->setObjectName(u"keepServerButton"_s);
    m_applyMineButton = buttons->addButton(tr("&Apply mine anyway"), QDialogButtonBox::AcceptRole);
    m_applyMineButton->setObjectName(u"applyMineButton"_s);
    m_applyMineButton->setAutoDefault(false);
    m_keepServerButton->setDefault(true);
    m_applyMineButton->setEnabled(mine.type() == AccountChange::Type::Update && mine.isValid());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    setMinimumSize(680, 360);
    m_keepServerButton->setFocus();
}

AccountChange EditConflictDialog::resolvedChange() const
{
    if (!m_mine.isValid() || m_mine.type() != AccountChange::Type::Update)
        return {};
    const AccountFields &after = m_mine.after();
    AccountFields before;
    if (after.name)
        before.name = m_server.name;
    if (after.metadata)
        before.metadata = m_server.metadata;
    AccountChange change = AccountChange::update(m_mine.accountId(), before, after);
    change.setReason(m_mine.reason());
    return change;
}

void EditConflictDialog::accept()
{
    const AccountChange change = resolvedChange();
    if (!change.isValid())
        return;
    Q_EMIT changeConfirmed(change);
    QDialog::accept();
}
