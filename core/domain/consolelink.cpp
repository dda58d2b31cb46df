// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolelink.h"

#include <QStringDecoder>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace
{
constexpr QLatin1StringView viewHost("view");

bool hasControlCharacter(QStringView text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// Invisible characters that reorder or hide text would let a link name one profile and show
// the user another in the question before switching.
bool hasFormatCharacter(QStringView text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

// A query value as browsers and ticket systems write it: percent-encoded UTF-8, where a '+'
// may stand for a space (toString() always encodes '+' itself, so reading it so is safe).
std::optional<QString> decodeQueryValue(QStringView encoded)
{
    QByteArray bytes = encoded.toUtf8();
    bytes.replace('+', ' ');
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(QByteArray::fromPercentEncoding(bytes));
    if (decoder.hasError())
        return std::nullopt;
    return decoded;
}

QString encodeQueryValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}
} // namespace

QString ConsoleLink::scheme()
{
    return u"avara-console"_s;
}

std::optional<ConsoleLink> ConsoleLink::parse(QStringView text, QString *error)
{
    const auto refuse = [error](const QString &reason) -> std::optional<ConsoleLink> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (text.size() > maxLength)
        return refuse(tr("The link is longer than %1 characters; it is not a console link.").arg(maxLength));
    const QStringView link = text.trimmed();
    if (hasControlCharacter(link))
        return refuse(tr("The link holds control characters."));
    const QString prefix = scheme() + u"://"_s;
    if (!link.startsWith(prefix, Qt::CaseInsensitive))
        return refuse(tr("Not an Avara Console link: it does not start with %1.").arg(prefix));
    const QStringView rest = link.mid(prefix.size());
    if (rest.contains(u'#'))
        return refuse(tr("The link has a fragment (#\u2026), which console links never have."));

    const qsizetype querySeparator = rest.indexOf(u'?');
    const QStringView location = querySeparator < 0 ? rest : rest.left(querySeparator);
    const QStringView query = querySeparator < 0 ? QStringView() : rest.mid(querySeparator + 1);
    const qsizetype slash = location.indexOf(u'/');
    const QStringView host = slash < 0 ? location : location.left(slash);
    QStringView path = slash < 0 ? QStringView() : location.mid(slash + 1);
    // Some browsers and ticket systems add a slash at the end of a link they pass on.
    if (path.endsWith(u'/'))
        path.chop(1);

    for (const AccountKind kind : allAccountKinds) {
        if (host.compare(accountKindInfo(kind).pathSegment, Qt::CaseInsensitive) != 0)
            continue;
        if (querySeparator >= 0)
            return refuse(tr("An account link has nothing after the account ID."));
        const std::optional<AccountId> id = AccountId::parse(kind, path);
        if (!id) {
            return refuse(kind == AccountKind::ExpressCustomer
                    ? tr("The link does not end in an Express customer ID (cus_ and 32 hex digits).")
                    : tr("The link does not end in an organization ID (org_ and 32 hex digits)."));
        }
        return toAccount(*id);
    }

    if (host.compare(viewHost, Qt::CaseInsensitive) != 0)
        return refuse(tr("The console opens express/, orgs/ and view links, not %1.").arg(host.left(40).toString()));
    if (!path.isEmpty())
        return refuse(tr("A view link has no path; its filter follows ?q=."));

    std::optional<QString> profileName;
    std::optional<QString> expression;
    for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        const QStringView key = equals < 0 ? pair : pair.left(equals);
        const std::optional<QString> value = decodeQueryValue(equals < 0 ? QStringView() : pair.mid(equals + 1));
        if (!value)
            return refuse(tr("The link holds a value that is not valid UTF-8."));
        std::optional<QString> *slot = key == u"profile"_s ? &profileName : key == u"q"_s ? &expression : nullptr;
        if (!slot)
            return refuse(tr("A view link takes profile= and q=, not %1=.").arg(key.left(40).toString()));
        if (slot->has_value())
            return refuse(tr("The link names %1= twice.").arg(key.toString()));
        *slot = *value;
    }
    if (!expression)
        return refuse(tr("A view link needs a filter: ?q=\u2026"));
    if (expression->size() > maxExpressionLength)
        return refuse(tr("The link's filter is longer than %1 characters.").arg(maxExpressionLength));
    if (hasControlCharacter(*expression))
        return refuse(tr("The link's filter holds control characters."));
    const QString profile = profileName.value_or(QString());
    if (profile.size() > maxProfileNameLength || hasControlCharacter(profile) || hasFormatCharacter(profile))
        return refuse(tr("The link's profile name is too long or holds control characters."));
    return toView(profile, *expression);
}

ConsoleLink ConsoleLink::toAccount(const AccountId &id)
{
    ConsoleLink link;
    link.m_target = Target::Account;
    link.m_accountId = id;
    return link;
}

ConsoleLink ConsoleLink::toView(const QString &profileName, const QString &expression)
{
    ConsoleLink link;
    link.m_target = Target::View;
    link.m_profileName = profileName;
    link.m_expression = expression;
    return link;
}

QString ConsoleLink::toString() const
{
    const QString prefix = scheme() + u"://"_s;
    if (m_target == Target::Account)
        return prefix + accountKindInfo(m_accountId.kind()).pathSegment + u'/' + m_accountId.toString();
    QString text = prefix + viewHost + u'?';
    if (!m_profileName.isEmpty())
        text += u"profile="_s + encodeQueryValue(m_profileName) + u'&';
    return text + u"q="_s + encodeQueryValue(m_expression);
}
