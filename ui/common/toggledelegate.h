// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/plaintextdelegate.h"

// Paints the status column as a switch and turns a click on it into a request. One
// delegate serves every row, so a table of 100,000 accounts costs no widgets. What it
// paints is invisible to screen readers: the model answers Qt::AccessibleTextRole and the
// same action is on the keyboard (Space) and in the Account menu.
class ToggleDelegate : public PlainTextDelegate
{
    Q_OBJECT

public:
    using PlainTextDelegate::PlainTextDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    /// Where the switch is drawn inside a cell.
    static QRect switchRect(const QRect &cell);

Q_SIGNALS:
    /// The user clicked the switch of the account `id`, asking for `wantedActive`.
    void toggleRequested(const QString &id, bool wantedActive);
};
