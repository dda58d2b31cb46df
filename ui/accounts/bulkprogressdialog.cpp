// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkprogressdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/services/bulkaction.h"
#include "ui/common/dialogparts.h"
#include "ui/common/plaintextdelegate.h"

using namespace Qt::StringLiterals;

BulkProgressDialog::BulkProgressDialog(BulkAction *action, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_progress(new QProgressBar(this))
    , m_summary(DialogParts::plainLabel(QString(), this))
    , m_view(new QTableView(this))
    , m_cancelButton(new QPushButton(tr("&Cancel remaining"), this))
    , m_retryButton(new QPushButton(tr("&Retry failed"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(u"bulkProgressDialog"_s);
    setWindowTitle(title);
    m_summary->setObjectName(u"bulkSummary"_s);
    m_progress->setRange(0, int(action->size()));
    m_progress->setAccessibleName(tr("Progress"));

    m_view->setObjectName(u"bulkResults"_s);
    m_view->setAccessibleName(tr("Result per account"));
    m_view->setModel(action);
    m_view->setItemDelegate(new PlainTextDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int em = metrics.horizontalAdvance(u'M');
    m_view->setColumnWidth(BulkAction::NameColumn, 16 * em);
    m_view->setColumnWidth(BulkAction::IdColumn, DialogParts::accountIdWidth(metrics));
    m_view->setColumnWidth(BulkAction::UsersColumn, 4 * em);

    m_cancelButton->setObjectName(u"cancelRemainingButton"_s);
    m_retryButton->setObjectName(u"retryFailedButton"_s);
    m_closeButton->setObjectName(u"closeButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(DialogParts::headingLabel(title, this));
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    resize(860, 460);

    connect(m_cancelButton, &QPushButton::clicked, action, &BulkAction::cancel);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action->retryFailed();
        updateState();
    });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(action, &BulkAction::progressed, this, &BulkProgressDialog::updateState);
    connect(action, &BulkAction::finished, this, &BulkProgressDialog::updateState);
    updateState();
}

void BulkProgressDialog::reject()
{
    // Escape or the window's close button: the batch goes on unless the user cancels it.
    if (m_action && m_action->isRunning())
        m_action->cancel();
    QDialog::reject();
}

void BulkProgressDialog::updateState()
{
    if (!m_action) {
        m_cancelButton->setEnabled(false);
        m_retryButton->setEnabled(false);
        return;
    }
    using State = BulkAction::State;
    const bool running = m_action->isRunning();
    const qsizetype finished = m_action->finishedCount();
    m_progress->setValue(int(finished));
    QStringList parts;
    parts.append(tr("%1 of %2 done").arg(leftToRightNumber(finished), leftToRightNumber(m_action->size())));
    const qsizetype changed = m_action->count(State::Changed);
    parts.append(m_action->wantedActive() ? tr("%1 reactivated").arg(leftToRightNumber(changed))
                                          : tr("%1 deactivated").arg(leftToRightNumber(changed)));
    if (const qsizetype unchanged = m_action->count(State::Unchanged))
        parts.append(m_action->wantedActive() ? tr("%1 already active").arg(leftToRightNumber(unchanged))
                                              : tr("%1 already inactive").arg(leftToRightNumber(unchanged)));
    if (const qsizetype failed = m_action->count(State::Failed))
        parts.append(tr("%1 failed").arg(leftToRightNumber(failed)));
    if (const qsizetype cancelled = m_action->count(State::Cancelled))
        parts.append(tr("%1 cancelled").arg(leftToRightNumber(cancelled)));
    QString text = parts.join(u" \u00b7 "_s);
    if (!running && m_action->count(State::Failed) > 0)
        text += u'\n'
            + tr("The failed rows say why; their accounts show what the server last reported. Retry them, or close.");
    m_summary->setText(text);
    m_cancelButton->setEnabled(running && !m_action->isCancelled());
    m_retryButton->setEnabled(!running && m_action->count(State::Failed) > 0);
    m_closeButton->setDefault(!running);
}
