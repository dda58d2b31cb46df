// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include "tests/testkit/styledcells.h"
#include "ui/common/dialogparts.h"
#include "ui/common/messagebar.h"
#include "ui/common/statusstyle.h"
#include "ui/common/undonotice.h"

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
    void theMarksAndMessageBarsReadOnEveryPalette_data() { statusTextReadsOnEveryPalette_data(); }
    void theMarksAndMessageBarsReadOnEveryPalette();
    void theBandTextReadsOnEveryBandColour_data();
    void theBandTextReadsOnEveryBandColour();
    void theCheckCatchesAnUnreadableColour();
};

namespace
{
void checkContrast(const QString &what, const QColor &text, const QColor &background)
{
    QVERIFY2(text.isValid() && background.isValid(), qPrintable(what + u": a colour is missing"_s));
    const double ratio = StatusStyle::contrastRatio(text, background);
    QVERIFY2(ratio >= StatusStyle::minimumTextContrast,
        qPrintable(u"%1: %2 on %3 is %4:1"_s.arg(what, text.name(), background.name()).arg(ratio, 0, 'f', 2)));
}

QColor firstColorIn(const QString &styleSheet)
{
    const qsizetype hash = styleSheet.indexOf(u'#', styleSheet.indexOf(u'{'));
    return hash < 0 ? QColor() : QColor(styleSheet.mid(hash, 7));
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
    QTest::newRow("the dark Fusion palette (--dark)") << StatusStyle::darkPalette();
    QTest::newRow("high contrast, white on black") << highContrastPalette(true);
    QTest::newRow("high contrast, black on white") << highContrastPalette(false);
}

void TestContrast::statusTextReadsOnEveryPalette()
{
    QFETCH(QPalette, palette);
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    checkContrast(u"Active in the detail pane"_s, StatusStyle::activeTextColor(palette), window);
    checkContrast(u"a failure in the detail pane"_s, StatusStyle::failedTextColor(palette), window);
    checkContrast(
        u"a failure in the table and the search field"_s, StatusStyle::failedTextColor(palette, QPalette::Base), base);
}

void TestContrast::theMarksAndMessageBarsReadOnEveryPalette()
{
    QFETCH(QPalette, palette);
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);

    // A stale row (shown from the saved copy) and the What changed column: italics in the
    // palette's own text colour, never a faded grey of their own.
    constexpr int staleRole = Qt::UserRole + 1;
    QStandardItemModel model(1, 2);
    model.setData(model.index(0, 0), u"Acme GmbH"_s);
    model.setData(model.index(0, 0), true, staleRole);
    model.setData(model.index(0, 1), u"deactivated"_s);
    StyledCells cells;
    cells.setQuietRoles({ staleRole });
    const QStyleOptionViewItem stale = cells.styleOf(model.index(0, 0), palette);
    QVERIFY(stale.font.italic());
    checkContrast(u"a stale row"_s, stale.palette.color(QPalette::Text), base);
    checkContrast(
        u"a What changed cell"_s, cells.styleOf(model.index(0, 1), palette).palette.color(QPalette::Text), base);

    // The edges of the message bars, as the widgets draw them on this palette.
    QWidget parent;
    parent.setPalette(palette);
    MessageBar messages(&parent);
    messages.showMessage(MessageBar::Level::Error, u"Could not load"_s);
    checkContrast(u"an error bar's edge"_s, firstColorIn(messages.styleSheet()), window);
    messages.showMessage(MessageBar::Level::Information, u"3 accounts changed"_s);
    checkContrast(u"a notice bar's edge"_s, firstColorIn(messages.styleSheet()), window);
    UndoNotice undo(&parent);
    undo.showNotice(u"Deactivated 3 accounts."_s, [] {});
    checkContrast(u"the undo notice's edge"_s, firstColorIn(undo.styleSheet()), window);
    QLabel *problem = DialogParts::problemLabel(&parent);
    checkContrast(u"a problem in an edit dialog"_s, firstColorIn(problem->styleSheet()), window);
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
