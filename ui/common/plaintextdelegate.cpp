// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolTip>

namespace
{
// Text that QTextLayout may break into several lines, which only the style lays out.
bool mayBreakLines(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == 0x2028 || u == 0x2029 || u == 0x0b || u == 0x0c || u == 0x85)
            return true;
    }
    return false;
}
} // namespace

QString plainTextAsRichText(const QString &text)
{
    return Qt::convertFromPlainText(text, Qt::WhiteSpacePre);
}

QString isolatedText(const QString &text)
{
    // FIRST STRONG ISOLATE takes the direction of the text's first strong character, and
    // POP DIRECTIONAL ISOLATE ends every embedding and override opened inside it.
    return QChar(0x2068) + text + QChar(0x2069);
}

bool PlainTextDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), plainTextAsRichText(text), view, option.rect);
    return true;
}

void PlainTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    for (const int role : m_quietRoles) {
        if (index.data(role).toBool()) {
            option->font.setItalic(true);
            return;
        }
    }
}

void PlainTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Only where the style's text rectangle is the whole cell, whatever the text's size
    // (alternate rows change the background only). The focus frame, which the style draws
    // over the text, is one cell: left to the style.
    const QStyleOptionViewItem::ViewItemFeatures features = opt.features & ~QStyleOptionViewItem::Alternate;
    if (!opt.showDecorationSelected || features != QStyleOptionViewItem::HasDisplay
        || (opt.state & (QStyle::State_Editing | QStyle::State_HasFocus)) || opt.text.isEmpty()
        || mayBreakLines(opt.text)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The text as QCommonStyle draws a view item's: a margin each side, one line laid out to
    // the rectangle's width, elided when wider, the line's box aligned in the rectangle.
    const int textMargin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(textMargin, 0, -textMargin, 0);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(opt.direction);
    textOption.setAlignment(QStyle::visualAlignment(opt.direction, opt.displayAlignment));
    QTextLayout layout(opt.text, opt.font);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    line.setPosition(QPointF(0, 0));
    const bool isOneLine = !layout.createLine().isValid();
    layout.endLayout();
    if (!isOneLine) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const bool isElided = line.naturalTextWidth() > textRect.width();
    const qreal width = isElided ? textRect.width() : line.width();
    const QRect layoutRect
        = QStyle::alignedRect(opt.direction, opt.displayAlignment, QSize(int(width), int(line.height())), textRect);
    const QPointF position = layoutRect.topLeft();

    // The background and selection as the style draws them, without text.
    QStyleOptionViewItem frame = opt;
    frame.text.clear();
    frame.features &= QStyleOptionViewItem::Alternate;
    style->drawControl(QStyle::CE_ItemViewItem, &frame, painter, widget);

    painter->save();
    painter->setClipRect(opt.rect);
    QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->setPen(
        opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    if (isElided) {
        painter->setFont(opt.font);
        const QString elided = QFontMetrics(opt.font).elidedText(opt.text, opt.textElideMode, textRect.width());
        painter->drawText(QPointF(position.x() + line.x(), position.y() + line.y() + line.ascent()), elided);
    } else {
        line.draw(painter, position);
    }
    painter->restore();
}
