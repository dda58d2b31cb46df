// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

#include "ui/common/plaintextdelegate.h"

using namespace Qt::StringLiterals;

// PlainTextDelegate paints table cells itself, with one text layout where the style uses
// two: every pixel must still be the style's, for any text a server may send.
class TestPlainTextDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableCellsPaintExactlyAsTheStyleDoes_data();
    void tableCellsPaintExactlyAsTheStyleDoes();
};

void TestPlainTextDelegate::tableCellsPaintExactlyAsTheStyleDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("alignment");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("alternate");

    const int left = int(Qt::AlignLeft | Qt::AlignVCenter);
    const int right = int(Qt::AlignRight | Qt::AlignVCenter);
    const int plain = int(QStyle::State_Enabled | QStyle::State_Active);
    const int selected = plain | int(QStyle::State_Selected);
    const int focused = selected | int(QStyle::State_HasFocus);
    const QString longName = u"Saint Mary's Regional Radiology and Imaging Associates of the Northern Valley"_s;
    QTest::newRow("a plain name") << u"Northwind Health Partners"_s << left << 300 << plain << false;
    QTest::newRow("markup stays text") << u"<b>bold</b> Radiology Associates"_s << left << 300 << plain << false;
    QTest::newRow("an alternate row") << u"Harbor Clinic"_s << left << 300 << plain << true;
    QTest::newRow("a selected cell") << u"Harbor Clinic"_s << left << 300 << selected << false;
    QTest::newRow("a selected cell with focus") << u"Harbor Clinic"_s << left << 300 << focused << false;
    QTest::newRow("an inactive window") << u"Harbor Clinic"_s << left << 300 << int(QStyle::State_Enabled) << false;
    QTest::newRow("a disabled view") << u"Harbor Clinic"_s << left << 300 << int(QStyle::State_Active) << false;
    QTest::newRow("a number aligned right") << u"1,234"_s << right << 120 << plain << false;
    QTest::newRow("a name too long is elided") << longName << left << 160 << plain << false;
    QTest::newRow("elided when selected") << longName << left << 160 << selected << true;
    QTest::newRow("elided with focus") << longName << left << 160 << focused << false;
    QTest::newRow("right to left text") << u"\u05de\u05e8\u05e4\u05d0\u05ea \u05d4\u05e2\u05de\u05e7 Clinic"_s << left
                                        << 300 << plain << false;
    QTest::newRow("an override never closed")
        << u"\u202eevil override \u2068 never closed"_s << left << 300 << plain << false;
    QTest::newRow("emoji and combining marks")
        << u"Cafe\u0301 \U0001F3E5 Zalgo\u0336\u0337"_s << left << 300 << plain << false;
    QTest::newRow("a line break goes to the style") << u"first line\nsecond line"_s << left << 300 << plain << false;
    QTest::newRow("a line separator goes to the style") << u"first\u2028second"_s << left << 300 << plain << false;
}

void TestPlainTextDelegate::tableCellsPaintExactlyAsTheStyleDoes()
{
    QFETCH(QString, text);
    QFETCH(int, alignment);
    QFETCH(int, width);
    QFETCH(int, state);
    QFETCH(bool, alternate);

    QStandardItemModel model;
    auto *item = new QStandardItem(text);
    item->setData(alignment, Qt::TextAlignmentRole);
    model.appendRow(item);
    model.appendRow(new QStandardItem());
    QTableView view;
    view.setModel(&model);
    PlainTextDelegate delegate;
    QStyledItemDelegate styled;

    // The option a QTableView gives its delegates: the whole cell shows as selected.
    QStyleOptionViewItem option;
    option.initFrom(view.viewport());
    option.widget = &view;
    option.showDecorationSelected = true;
    option.rect = QRect(0, 0, width, 30);
    option.state = QStyle::State(state);
    if (alternate)
        option.features |= QStyleOptionViewItem::Alternate;
    const auto paint = [&](QAbstractItemDelegate *painter, const QModelIndex &index) {
        QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter imagePainter(&image);
        painter->paint(&imagePainter, option, index);
        return image;
    };
    const QImage shown = paint(&delegate, model.index(0, 0));
    const QImage expected = paint(&styled, model.index(0, 0));
    QVERIFY(shown == expected);
    // The text is there: an empty cell paints differently.
    QVERIFY(shown != paint(&styled, model.index(1, 0)));
}

QTEST_MAIN(TestPlainTextDelegate)
#include "tst_plaintextdelegate.moc"
