// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filtersyntaxhelp.h"

#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FilterSyntaxHelp::FilterSyntaxHelp(QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(u"filterSyntaxHelp"_s);
    setAccessibleName(tr("Filter syntax"));
    setFrameShape(QFrame::StyledPanel);
    // Rich text of our own: a table reads faster than prose here, and no server text is in it.
    auto *text = new QLabel(this);
    text->setObjectName(u"filterSyntaxText"_s);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString rows = tr(
        "<tr><td><code>acme clinic</code></td><td>name, ID or metadata contains the words</td></tr>"
        "<tr><td><code>name:acme</code> <code>name=\"Acme Clinic\"</code></td><td>name contains / is</td></tr>"
        "<tr><td><code>id:cus_12</code></td><td>ID contains</td></tr>"
        "<tr><td><code>status:active</code> <code>status:inactive</code></td><td>status</td></tr>"
        "<tr><td><code>users&gt;10</code> <code>users&lt;=3</code> <code>users=5</code></td><td>number of "
        "users</td></tr>"
        "<tr><td><code>created&lt;90d</code> <code>updated&gt;2025-01-01</code></td>"
        "<td>less than 90 days ago (h, d, w, y); after a day (UTC)</td></tr>"
        "<tr><td><code>meta.region=EU</code> <code>meta.region:eu</code> <code>meta.tier!=basic</code></td>"
        "<td>a metadata value is / contains / is not</td></tr>"
        "<tr><td><code>meta.contractId:missing</code> <code>:present</code></td><td>a key is absent / present</td></tr>"
        "<tr><td><code>createdby:apikey</code> <code>createdby:user</code></td><td>how it was created</td></tr>"
        "<tr><td><code>a b</code> <code>a or b</code> <code>-a</code> <code>(a or b) c</code></td>"
        "<td>and, or, not, grouping</td></tr>");
    // Terms stand apart from each other and from their meaning, however the font spaces them.
    QString spaced = rows;
    spaced.replace(u"</code> <code>"_s, u"</code>&nbsp;&nbsp; <code>"_s)
        .replace(u"</code></td><td>"_s, u"</code>&nbsp;&nbsp;&nbsp;&nbsp;</td><td>"_s);
    text->setText(u"<b>"_s + tr("Filter expressions") + u"</b><table cellspacing=\"0\" cellpadding=\"3\">"_s + spaced
        + u"</table><p>"_s
        + tr("Example: <code>meta.region=EU users&gt;10 created&lt;90d</code>. Save what you found with "
             "Views \u2192 Save current view (Ctrl+Shift+S).")
        + u"</p>"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(text);
}

void FilterSyntaxHelp::showBelow(QWidget *field)
{
    adjustSize();
    QPoint position = field->mapToGlobal(QPoint(0, field->height()));
    if (const QScreen *screen = field->screen()) {
        const QRect available = screen->availableGeometry();
        position.setX(
            std::clamp(position.x(), available.left(), std::max(available.left(), available.right() - width())));
        if (position.y() + height() > available.bottom())
            position.setY(std::max(available.top(), field->mapToGlobal(QPoint(0, 0)).y() - height()));
    }
    move(position);
    show();
}
