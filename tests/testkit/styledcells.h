// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyleOptionViewItem>

#include "ui/common/plaintextdelegate.h"

// The console's cell delegate, opened up to say how it styles a cell (font, colours,
// direction, alignment) as a view asks it before painting.
class StyledCells : public PlainTextDelegate
{
public:
    using PlainTextDelegate::PlainTextDelegate;

    QStyleOptionViewItem styleOf(
        const QModelIndex &index, const QPalette &palette, Qt::LayoutDirection direction = Qt::LeftToRight) const
    {
        QStyleOptionViewItem option;
        option.palette = palette;
        option.direction = direction;
        initStyleOption(&option, index);
        return option;
    }
};
