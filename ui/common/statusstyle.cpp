// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusstyle.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

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

QColor environmentColor(const Environment &environment)
{
    const QColor profileColor(environment.color);
    if (!environment.color.isEmpty() && profileColor.isValid())
        return profileColor;
    return environmentColor(environment.kind);
}

double luminance(const QColor &color)
{
    // Relative luminance as WCAG 2 defines it, on the sRGB channels.
    const auto linear = [](double channel) {
        return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textColorOn(const QColor &background)
{
    // Whichever of black and white contrasts more; one of them always reaches 4.58:1.
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, background) > contrastRatio(white, background) ? black : white;
}

QColor readableOn(const QColor &color, const QColor &background)
{
    // The same hue, darker on a light background or lighter on a dark one, until it reads
    // at 4.5:1 (WCAG AA for text); a high-contrast palette gets black or white at worst.
    const bool darken = luminance(background) > 0.18;
    QColor candidate = color;
    for (int step = 0; step < 40 && contrastRatio(candidate, background) < minimumTextContrast; ++step)
        candidate = darken ? candidate.darker(110) : candidate.lighter(110);
    if (contrastRatio(candidate, background) < minimumTextContrast)
        candidate = textColorOn(background);
    return candidate;
}

QColor activeTextColor(const QPalette &palette)
{
    return readableOn(activeColor(), palette.color(QPalette::Window));
}

QColor failedTextColor(const QPalette &palette, QPalette::ColorRole background)
{
    return readableOn(failedColor(), palette.color(background));
}

QColor messageAccentColor(const QPalette &palette, bool isError)
{
    return readableOn(
        isError ? failedColor() : environmentColor(Environment::Kind::Local), palette.color(QPalette::Window));
}

QPalette darkPalette()
{
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x8a, 0x8a, 0x8a);
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    palette.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x5f, 0x9e));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

// The texts keep the MainWindow context they had before profiles, so translations still apply.
QString environmentBandText(const Environment &environment)
{
    const QString where = environment.profileName.isEmpty() ? environment.hostAndPort() : environment.profileLabel();
    switch (environment.kind) {
    case Environment::Kind::Sandbox:
        return QCoreApplication::translate(
            "MainWindow", "SANDBOX \u00b7 local test data, nothing here is real \u00b7 %1")
            .arg(where);
    case Environment::Kind::Local:
        if (!environment.profileName.isEmpty())
            return QCoreApplication::translate("StatusStyle", "%1 \u00b7 local server").arg(where);
        return QCoreApplication::translate("MainWindow", "LOCAL SERVER \u00b7 %1").arg(where);
    case Environment::Kind::Production:
        break;
    }
    return QCoreApplication::translate("MainWindow", "PRODUCTION \u00b7 %1 \u00b7 changes affect real accounts")
        .arg(where);
}

QString environmentBandStyleSheet(const Environment &environment)
{
    const QColor color = environmentColor(environment);
    const int padding = environment.isProduction() ? 8 : 4;
    QString edge;
    if (environment.isProduction() && color != environmentColor(Environment::Kind::Production))
        edge = u" border-left: 16px solid %1;"_s.arg(environmentColor(Environment::Kind::Production).name());
    return u"QLabel { background: %1; color: %2; font-weight: bold; padding: %3px 12px;%4 }"_s.arg(
        color.name(), textColorOn(color).name(), QString::number(padding), edge);
}

QString environmentWindowTitle(const Environment &environment)
{
    if (environment.isProduction()) {
        const QString title = QCoreApplication::translate("MainWindow", "Avara Console \u2014 PRODUCTION %1")
                                  .arg(environment.hostAndPort());
        return environment.profileName.isEmpty() ? title : title % u" \u2014 "_s % environment.profileName;
    }
    return QCoreApplication::translate("MainWindow", "Avara Console \u2014 %1").arg(environment.profileLabel());
}
} // namespace StatusStyle
