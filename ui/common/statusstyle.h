// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

#include "core/services/environment.h"

// The colours that carry meaning, in one place: account state and the environment band.
namespace StatusStyle
{
QColor activeColor();
QColor inactiveColor(const QPalette &palette);
QColor failedColor();
/// The band colour that tells the environment at a glance: red for production.
QColor environmentColor(Environment::Kind kind);
} // namespace StatusStyle
