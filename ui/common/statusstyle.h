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
/// The band colour of a connection: the profile's colour when it has a valid one, else the kind's.
QColor environmentColor(const Environment &environment);
/// What text needs against its background to be read by most people (WCAG 2, level AA).
inline constexpr double minimumTextContrast = 4.5;
/// The relative luminance of a colour, 0 (black) to 1 (white), as WCAG 2 defines it.
double luminance(const QColor &color);
/// The contrast ratio of two colours, 1 to 21, as WCAG 2 defines it.
double contrastRatio(const QColor &a, const QColor &b);
/// Black or white, whichever reads better on `background`.
QColor textColorOn(const QColor &background);
/// `color`, darkened or lightened just enough to read at minimumTextContrast on `background`.
QColor readableOn(const QColor &color, const QColor &background);
/// The "Active" text colour on `palette`'s window (the detail pane), readable in light and dark themes.
QColor activeTextColor(const QPalette &palette);
/// The colour of failure text on `palette`'s `background` role, readable in light and dark themes.
QColor failedTextColor(const QPalette &palette, QPalette::ColorRole background = QPalette::Window);
/// The edge of a message bar above the table (an error or a notice) on `palette`'s window.
QColor messageAccentColor(const QPalette &palette, bool isError);
/// A dark palette for Fusion, for a desktop that has no dark palette to follow (--dark).
QPalette darkPalette();
/// The band's text: "PRODUCTION · Staging — api.staging.example.com · changes affect real accounts".
QString environmentBandText(const Environment &environment);
/// The band's style sheet: its colour, a readable text colour, and a red edge for production
/// when a profile colour replaced the red.
QString environmentBandStyleSheet(const Environment &environment);
/// The window title, which says PRODUCTION for every production server.
QString environmentWindowTitle(const Environment &environment);
} // namespace StatusStyle
