// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadingstrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include "core/services/accountdirectory.h"

using namespace Qt::StringLiterals;

LoadingStrip::LoadingStrip(AccountDirectory *directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_progress(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"loadingStrip"_s);
    m_progress->setObjectName(u"loadProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Loading accounts"));
    m_label->setObjectName(u"loadProgressLabel"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_cancelButton->setObjectName(u"cancelLoadingButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel loading"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancelButton);
    hide();

    connect(directory, &AccountDirectory::loadStarted, this, &LoadingStrip::handleStarted);
    connect(directory, &AccountDirectory::loadProgress, this, &LoadingStrip::handleProgress);
    connect(directory, &AccountDirectory::loadFinished, this, &QWidget::hide);
    connect(directory, &AccountDirectory::loadFailed, this, &QWidget::hide);
    connect(directory, &AccountDirectory::unavailable, this, &QWidget::hide);
    connect(m_cancelButton, &QPushButton::clicked, directory, &AccountDirectory::cancelLoading);
}

void LoadingStrip::handleStarted()
{
    m_shown.invalidate();
    // Whole sentences per kind: a title lowercased inside another sentence reads wrong in
    // languages that capitalise nouns.
    m_label->setText(m_directory->kind() == AccountKind::ExpressCustomer ? tr("Loading Express customers\u2026")
                                                                         : tr("Loading organizations\u2026"));
    show();
}

void LoadingStrip::handleProgress(qsizetype loaded)
{
    // A page arrives about every millisecond. Relabelling on each one relaid out and repainted
    // the window a thousand times per 100,000 accounts, which took longer than the load itself
    // (scripts/bench); ten times a second reads just as live.
    if (m_shown.isValid() && m_shown.elapsed() < 100)
        return;
    m_shown.start();
    m_label->setText(tr("Loaded %1 accounts\u2026").arg(QLocale().toString(qlonglong(loaded))));
    Q_EMIT progressShown();
}
