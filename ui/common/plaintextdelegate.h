// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStyledItemDelegate>

// Item views show tooltips through QToolTip, which renders anything that looks like HTML
// as rich text. Account names and metadata come from a server, so this delegate converts
// every tooltip to escaped plain text first. Every account view uses it.
//
// It also paints the common cell (one line of text, no icon or check box, in a view that
// selects whole cells, as QTableView does) with one text layout instead of the style's two:
// QCommonStyle lays the text out once to size it and again to draw it, about half of a
// table repaint. The pixels are the style's own; anything else goes to the style.
class PlainTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Cells whose data for any of `roles` is true are drawn in italics: the quiet mark of
    /// something not (or no longer) confirmed, such as a row shown from a snapshot.
    void setQuietRoles(const QList<int> &roles) { m_quietRoles = roles; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QList<int> m_quietRoles;
};

/// Escapes server text so a QToolTip or rich-text widget shows it exactly as written.
QString plainTextAsRichText(const QString &text);
/// Wraps server text quoted in a longer message in a Unicode bidi isolate (U+2068 ... U+2069), so
/// direction controls in it, such as an override never closed, cannot reorder the words around it.
QString isolatedText(const QString &text);
