// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticestrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

NoticeStrip::NoticeStrip(const QString &objectName, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_actionButton(new QPushButton(this))
    , m_closeButton(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_actionButton);
    layout->addWidget(m_closeButton);
    hide();
}

QString NoticeStrip::text() const
{
    return m_label->text();
}

void NoticeStrip::showText(const QString &text, const QColor &accent)
{
    m_label->setText(text);
    setStyleSheet(u"#%1 { border: 1px solid %2; border-left: 4px solid %2; border-radius: 3px; }"_s.arg(
        objectName(), accent.name()));
    show();
}

QPalette NoticeStrip::surroundingPalette() const
{
    return parentWidget() ? parentWidget()->palette() : palette();
}
