// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "toggledelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include "core/models/accounttablemodel.h"
#include "ui/common/statusstyle.h"

namespace
{
constexpr int switchWidth = 30;
constexpr int switchHeight = 16;
constexpr int margin = 6;
} // namespace

QRect ToggleDelegate::switchRect(const QRect &cell)
{
    return QRect(cell.left() + margin, cell.center().y() - switchHeight / 2 + 1, switchWidth, switchHeight);
}

void ToggleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool isActive = index.data(AccountTableModel::IsActiveRole).toBool();
    const bool isPending = index.data(AccountTableModel::PendingRole).toBool();
    const bool hasFailed = index.data(AccountTableModel::FailedRole).toBool();
    const QRect track = switchRect(option.rect);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor trackColor = isActive ? StatusStyle::activeColor() : StatusStyle::inactiveColor(option.palette);
    if (isPending)
        trackColor.setAlpha(110);
    painter->setPen(Qt::NoPen);
    painter->setBrush(trackColor);
    painter->drawRoundedRect(track, track.height() / 2.0, track.height() / 2.0);

    const int knobSize = track.height() - 4;
    const int knobX = isActive ? track.right() - knobSize - 1 : track.left() + 2;
    painter->setBrush(isPending ? QColor(255, 255, 255, 170) : QColor(Qt::white));
    painter->drawEllipse(QRect(knobX, track.top() + 2, knobSize, knobSize));

    if (option.state & QStyle::State_HasFocus && option.state & QStyle::State_Selected) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(option.palette.color(QPalette::Highlight).lighter(140), 1.5));
        painter->drawRoundedRect(track.adjusted(-2, -2, 2, 2), track.height() / 2.0 + 2, track.height() / 2.0 + 2);
    }
    painter->restore();

    const QRect textRect = option.rect.adjusted(track.right() - option.rect.left() + margin, 0, -margin, 0);
    const QPalette::ColorRole textRole
        = option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    QColor textColor = option.palette.color(textRole);
    if (hasFailed && !(option.state & QStyle::State_Selected))
        textColor = StatusStyle::failedTextColor(option.palette, QPalette::Base);
    painter->setPen(textColor);
    const QString text = index.data(Qt::DisplayRole).toString();
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
        option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize ToggleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const int textWidth = option.fontMetrics.horizontalAdvance(text);
    return QSize(
        margin + switchWidth + margin + textWidth + margin, qMax(switchHeight + 8, option.fontMetrics.height() + 8));
}

bool ToggleDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonRelease)
        return PlainTextDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton
        || !switchRect(option.rect).adjusted(-3, -3, 3, 3).contains(mouse->position().toPoint()))
        return false;
    if (index.data(AccountTableModel::PendingRole).toBool())
        return true;
    const QString id = index.data(AccountTableModel::AccountIdRole).toString();
    const bool isActive = index.data(AccountTableModel::IsActiveRole).toBool();
    Q_EMIT toggleRequested(id, !isActive);
    return true;
}
