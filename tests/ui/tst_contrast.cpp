// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include "ui/common/statusstyle.h"

using namespace Qt::StringLiterals;

// The colours that carry meaning must stay readable whatever the desktop's palette: the
// status words, failure text and the environment band, at WCAG's 4.5:1 for text, under the
// default palette, Fusion's, a dark one and high-contrast ones.
class TestContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusTextReadsOnEveryPalette_data();
    void statusTextReadsOnEveryPalette();
    void theBandTextReadsOnEveryBandColour_data();
    void theBandTextReadsOnEveryBandColour();
    void theCheckCatchesAnUnreadableColour();
};

namespace
{
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    return palette;
}

QPalette highContrastPalette(bool dark)
{
    const QColor background = dark ? QColor(Qt::black) : QColor(Qt::white);
    const QColor text = dark ? QColor(Qt::white) : QColor(Qt::black);
    QPalette palette(text, background, text, text, text, text, text, background, background);
    palette.setColor(QPalette::Base, background);
    palette.setColor(QPalette::AlternateBase, background);
    palette.setColor(QPalette::Window, background);
    return palette;
}
} // namespace

void TestContrast::statusTextReadsOnEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("the application's default palette") << QApplication::palette();
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    QVERIFY(fusion);
    QTest::newRow("Fusion's standard palette") << fusion->standardPalette();
    QTest::newRow("a dark palette") << darkPalette();
    QTest::newRow("high contrast, white on black") << highContrastPalette(true);
    QTest::newRow("high contrast, black on white") << highContrastPalette(false);
}

void TestContrast::statusTextReadsOnEveryPalette()
{
    QFETCH(QPalette, palette);
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const auto check = [](const char *what, const QColor &text, const QColor &background) {
        const double ratio = StatusStyle::contrastRatio(text, background);
        QVERIFY2(ratio >= StatusStyle::minimumTextContrast,
            qPrintable(u"%1: %2 on %3 is %4:1"_s.arg(QLatin1StringView(what), text.name(), background.name())
                           .arg(ratio, 0, 'f', 2)));
    };
    check("Active in the detail pane", StatusStyle::activeTextColor(palette), window);
    check("a failure in the detail pane", StatusStyle::failedTextColor(palette), window);
    check("a failure in the table and the search field", StatusStyle::failedTextColor(palette, QPalette::Base), base);
}

void TestContrast::theBandTextReadsOnEveryBandColour_data()
{
    QTest::addColumn<QColor>("band");
    QTest::newRow("sandbox") << StatusStyle::environmentColor(Environment::Kind::Sandbox);
    QTest::newRow("local server") << StatusStyle::environmentColor(Environment::Kind::Local);
    QTest::newRow("production") << StatusStyle::environmentColor(Environment::Kind::Production);
    // Profile colours are the user's: the text must read on any of them.
    for (const char *name : { "#777777", "#808080", "#ffd700", "#3d7a3d", "#00ffff", "#ff00ff", "#000080", "#ffffff",
             "#000000", "#7f7f7f", "#5c8aff" })
        QTest::newRow(name) << QColor(QLatin1StringView(name));
}

void TestContrast::theBandTextReadsOnEveryBandColour()
{
    QFETCH(QColor, band);
    const QColor text = StatusStyle::textColorOn(band);
    const double ratio = StatusStyle::contrastRatio(text, band);
    QVERIFY2(ratio >= StatusStyle::minimumTextContrast,
        qPrintable(u"%1 on %2 is %3:1"_s.arg(text.name(), band.name()).arg(ratio, 0, 'f', 2)));
}

void TestContrast::theCheckCatchesAnUnreadableColour()
{
    // The plain status green on white is what the console used to draw: 3.4:1, too faint.
    QVERIFY(StatusStyle::contrastRatio(StatusStyle::activeColor(), Qt::white) < StatusStyle::minimumTextContrast);
    QCOMPARE(qRound(StatusStyle::contrastRatio(Qt::black, Qt::white)), 21);
    QCOMPARE(StatusStyle::contrastRatio(Qt::white, Qt::white), 1.0);
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
