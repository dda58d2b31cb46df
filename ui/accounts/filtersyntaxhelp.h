// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

// The filter syntax on one card, under the search field: F1 there opens it, Esc or a click
// elsewhere closes it. The text is the console's own, never a server's.
class FilterSyntaxHelp : public QFrame
{
    Q_OBJECT

public:
    explicit FilterSyntaxHelp(QWidget *parent = nullptr);

    /// Shows the card below `field`, within the screen.
    void showBelow(QWidget *field);
};
