// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlistbar.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include "core/services/idlistresolver.h"
#include "ui/common/dialogparts.h"
#include "ui/common/messagebar.h"
#include "ui/common/plaintextdelegate.h"

using namespace Qt::StringLiterals;

namespace
{
constexpr int unknownIdsNamed = 5;
} // namespace

IdListBar::IdListBar(AccountDirectory *directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_label(new QLabel(this))
    , m_copyUnknownButton(new QPushButton(tr("Copy unknown ids"), this))
{
    setObjectName(u"listBar"_s);
    m_label->setObjectName(u"listLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyUnknownButton->setObjectName(u"copyUnknownButton"_s);
    auto *clearButton = new QPushButton(tr("Show all accounts"), this);
    clearButton->setObjectName(u"clearListButton"_s);
    DialogParts::layOutBar(this, m_label, { m_copyUnknownButton, clearButton });

    connect(clearButton, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT cleared();
    });
    connect(m_copyUnknownButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_unknown.join(u'\n'));
        Q_EMIT statusMessage(tr("Copied %n unknown id(s)", nullptr, int(m_unknown.size())));
    });
}

void IdListBar::start(const QStringList &ids, const QString &sourceName)
{
    if (m_resolver)
        m_resolver->deleteLater();
    m_hasList = true;
    m_found.clear();
    m_unknown.clear();
    auto *resolver = new IdListResolver(m_directory, ids, this);
    m_resolver = resolver;
    m_label->setText(
        tr("Looking up %n id(s) from \u201c%1\u201d\u2026", nullptr, int(ids.size())).arg(isolatedText(sourceName)));
    m_copyUnknownButton->hide();
    show();
    connect(resolver, &IdListResolver::finished, this, [this, resolver, sourceName] {
        if (resolver == m_resolver)
            handleResolved(resolver, sourceName);
    });
    resolver->start();
}

bool IdListBar::isLookingUp(const QString &id) const
{
    return m_resolver && !m_resolver->isFinished() && m_resolver->accountIds().contains(id);
}

void IdListBar::clear()
{
    if (m_resolver)
        m_resolver->deleteLater();
    m_hasList = false;
    m_found.clear();
    m_unknown.clear();
    hide();
}

void IdListBar::handleResolved(IdListResolver *resolver, const QString &sourceName)
{
    m_found = resolver->foundIds();
    m_unknown = resolver->unknownIds();
    const QHash<QString, ApiError> failures = resolver->failures();
    const QLocale locale;
    QString text = tr("List \u201c%1\u201d: %2 of %3 found")
                       .arg(isolatedText(sourceName), locale.toString(qlonglong(m_found.size())),
                           locale.toString(qlonglong(resolver->accountIds().size())));
    if (!m_unknown.isEmpty()) {
        QStringList named = m_unknown.mid(0, unknownIdsNamed);
        if (m_unknown.size() > unknownIdsNamed)
            named.append(u"\u2026"_s);
        text
            += u" \u00b7 "_s + tr("%n not on this server: %1", nullptr, int(m_unknown.size())).arg(named.join(u", "_s));
    }
    if (!failures.isEmpty()) {
        text += u" \u00b7 "_s
            + tr("%n could not be looked up: %1", nullptr, int(failures.size()))
                  .arg(MessageBar::errorText(failures.cbegin().value()));
    }
    m_label->setText(text);
    m_copyUnknownButton->setVisible(!m_unknown.isEmpty());
    Q_EMIT resolved(m_found, m_unknown);
}
