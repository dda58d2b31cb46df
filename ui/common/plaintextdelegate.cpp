// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextdelegate.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

QString plainTextAsRichText(const QString &text)
{
    return Qt::convertFromPlainText(text, Qt::WhiteSpacePre);
}

QString isolatedText(const QString &text)
{
    // FIRST STRONG ISOLATE takes the direction of the text's first strong character, and
    // POP DIRECTIONAL ISOLATE ends every embedding and override opened inside it.
    return QChar(0x2068) + text + QChar(0x2069);
}

bool PlainTextDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), plainTextAsRichText(text), view, option.rect);
    return true;
}
