// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusstyle.h"

namespace StatusStyle
{
QColor activeColor()
{
    return QColor(0x2e, 0x9d, 0x57);
}

QColor inactiveColor(const QPalette &palette)
{
    const QColor mid = palette.color(QPalette::Mid);
    return mid.isValid() ? mid.darker(115) : QColor(0x9a, 0x9a, 0x9a);
}

QColor failedColor()
{
    return QColor(0xc0, 0x39, 0x2b);
}

QColor environmentColor(Environment::Kind kind)
{
    switch (kind) {
    case Environment::Kind::Sandbox:
        return QColor(0x1f, 0x7a, 0x8c);
    case Environment::Kind::Local:
        return QColor(0x3b, 0x5b, 0xa5);
    case Environment::Kind::Production:
        break;
    }
    return QColor(0xb0, 0x1e, 0x1e);
}
} // namespace StatusStyle
