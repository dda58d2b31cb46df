// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviews.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QUrl>

#include "core/models/accounttablemodel.h"
#include "core/services/environment.h"

using namespace Qt::StringLiterals;

namespace
{
// The file a team shares says what it is, so an unrelated JSON file is refused by name.
const QString fileFormat = u"avara-console-views"_s;
constexpr int fileVersion = 1;
// A filter expression is capped in the search field; a longer one in a file is not ours.
constexpr qsizetype maxExpressionLength = 2000;
// A settings value or file far larger than maxViews views is not read at all.
constexpr qsizetype maxDocumentBytes = 1024 * 1024;

QString statusKey(AccountFilter::Status status)
{
    switch (status) {
    case AccountFilter::Status::Active:
        return u"active"_s;
    case AccountFilter::Status::Inactive:
        return u"inactive"_s;
    case AccountFilter::Status::All:
        break;
    }
    return u"all"_s;
}

std::optional<AccountFilter::Status> statusForKey(const QString &key)
{
    if (key == "all"_L1)
        return AccountFilter::Status::All;
    if (key == "active"_L1)
        return AccountFilter::Status::Active;
    if (key == "inactive"_L1)
        return AccountFilter::Status::Inactive;
    return std::nullopt;
}

std::optional<AccountKind> kindForKey(const QString &key)
{
    for (AccountKind kind : allAccountKinds) {
        if (key == accountKindInfo(kind).pathSegment)
            return kind;
    }
    return std::nullopt;
}

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

QString settingsKey(const QString &scope)
{
    // A profile name may hold '/', which QSettings reads as a group separator.
    return u"views/"_s + QString::fromLatin1(QUrl::toPercentEncoding(scope));
}

std::unique_ptr<QSettings> openSettings(const QString &iniPath)
{
    return iniPath.isEmpty() ? std::make_unique<QSettings>()
                             : std::make_unique<QSettings>(iniPath, QSettings::IniFormat);
}

QJsonArray viewsArray(const QList<SavedView> &views)
{
    QJsonArray array;
    for (const SavedView &view : views)
        array.append(view.toJson());
    return array;
}

// Where the view called `name` is in `views`: names compare case-insensitively, so "EU" and
// "eu" are one view.
qsizetype indexOfName(const QList<SavedView> &views, const QString &name)
{
    for (qsizetype i = 0; i < views.size(); ++i) {
        if (views.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

// The views of `array`, all or none.
std::optional<QList<SavedView>> readViews(const QJsonArray &array, QString *error)
{
    if (array.size() > SavedViews::maxViews) {
        fail(error,
            SavedViews::tr("It holds %1 views; a profile keeps at most %2.")
                .arg(array.size())
                .arg(SavedViews::maxViews));
        return std::nullopt;
    }
    QList<SavedView> views;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString problem;
        std::optional<SavedView> view = SavedView::fromJson(array.at(i).toObject(), &problem);
        if (!view) {
            fail(error, SavedViews::tr("View %1: %2").arg(i + 1).arg(problem));
            return std::nullopt;
        }
        views.append(*view);
    }
    return views;
}
} // namespace

QJsonObject SavedView::toJson() const
{
    QJsonObject object;
    object.insert(u"name"_s, name);
    object.insert(u"page"_s, QString(accountKindInfo(kind).pathSegment));
    object.insert(u"expression"_s, expression);
    object.insert(u"status"_s, statusKey(status));
    if (!sortColumn.isEmpty()) {
        object.insert(u"sortColumn"_s, sortColumn);
        object.insert(u"sortOrder"_s, sortOrder == Qt::DescendingOrder ? u"descending"_s : u"ascending"_s);
    }
    object.insert(u"columns"_s, QJsonArray::fromStringList(columns));
    return object;
}

std::optional<SavedView> SavedView::fromJson(const QJsonObject &object, QString *error)
{
    const auto refuse = [error](const QString &text) -> std::optional<SavedView> {
        fail(error, text);
        return std::nullopt;
    };
    SavedView view;
    view.name = object.value(u"name"_s).toString();
    if (const QString problem = SavedViews::nameProblem(view.name); !problem.isEmpty())
        return refuse(problem);
    const std::optional<AccountKind> kind = kindForKey(object.value(u"page"_s).toString());
    if (!kind)
        return refuse(SavedViews::tr("“page” must be “express” or “orgs”."));
    view.kind = *kind;
    const QJsonValue expression = object.value(u"expression"_s);
    if (!expression.isString() && !expression.isUndefined())
        return refuse(SavedViews::tr("“expression” must be text."));
    view.expression = expression.toString();
    if (view.expression.size() > maxExpressionLength)
        return refuse(SavedViews::tr("The expression is longer than %1 characters.").arg(maxExpressionLength));
    const std::optional<AccountFilter::Status> status = statusForKey(object.value(u"status"_s).toString(u"all"_s));
    if (!status)
        return refuse(SavedViews::tr("“status” must be “all”, “active” or “inactive”."));
    view.status = *status;
    view.sortColumn = object.value(u"sortColumn"_s).toString();
    if (!view.sortColumn.isEmpty() && AccountTableModel::columnForKey(view.sortColumn) < 0)
        return refuse(SavedViews::tr("There is no column “%1” to sort by.").arg(view.sortColumn.left(40)));
    const QString order = object.value(u"sortOrder"_s).toString(u"ascending"_s);
    if (order != "ascending"_L1 && order != "descending"_L1)
        return refuse(SavedViews::tr("“sortOrder” must be “ascending” or “descending”."));
    view.sortOrder = order == "descending"_L1 ? Qt::DescendingOrder : Qt::AscendingOrder;
    const QJsonArray columns = object.value(u"columns"_s).toArray();
    for (const QJsonValue &column : columns) {
        const QString key = column.toString();
        if (AccountTableModel::columnForKey(key) < 0)
            return refuse(SavedViews::tr("There is no column “%1”.").arg(key.left(40)));
        if (view.columns.contains(key))
            return refuse(SavedViews::tr("The column “%1” is named twice.").arg(key));
        view.columns.append(key);
    }
    if (view.columns.isEmpty())
        return refuse(SavedViews::tr("A view shows at least one column."));
    return view;
}

SavedViews::SavedViews(const QString &scope, const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_scope(scope)
    , m_iniPath(iniPath)
{
    load();
}

SavedViews::~SavedViews() = default;

QString SavedViews::scopeFor(const Environment &environment)
{
    if (environment.kind == Environment::Kind::Sandbox)
        return u"sandbox"_s;
    if (!environment.profileName.isEmpty())
        return environment.profileName;
    QUrl url = environment.baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    if (url.path() == u'/')
        url.setPath(QString());
    return url.toString();
}

std::optional<SavedView> SavedViews::view(const QString &name) const
{
    const qsizetype index = indexOf(name);
    return index < 0 ? std::nullopt : std::optional<SavedView>(m_views.at(index));
}

QString SavedViews::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A view needs a name.");
    if (name.size() > maxNameLength)
        return tr("A view's name is at most %1 characters long.").arg(maxNameLength);
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("A view's name cannot hold control characters.");
    }
    if (name != name.trimmed())
        return tr("A view's name cannot start or end with a space.");
    return {};
}

bool SavedViews::save(const SavedView &view, QString *error)
{
    if (const QString problem = nameProblem(view.name); !problem.isEmpty())
        return fail(error, problem);
    const qsizetype index = indexOf(view.name);
    if (index >= 0) {
        m_views[index] = view;
    } else {
        if (m_views.size() >= maxViews)
            return fail(error, tr("This profile keeps %1 views already; delete one first.").arg(maxViews));
        m_views.append(view);
    }
    store();
    return true;
}

bool SavedViews::rename(const QString &from, const QString &to, QString *error)
{
    const qsizetype index = indexOf(from);
    if (index < 0)
        return fail(error, tr("There is no view called “%1”.").arg(from));
    if (const QString problem = nameProblem(to); !problem.isEmpty())
        return fail(error, problem);
    const qsizetype taken = indexOf(to);
    if (taken >= 0 && taken != index)
        return fail(error, tr("There is a view called “%1” already.").arg(m_views.at(taken).name));
    m_views[index].name = to;
    store();
    return true;
}

bool SavedViews::remove(const QString &name)
{
    const qsizetype index = indexOf(name);
    if (index >= 0) {
        m_views.removeAt(index);
        store();
    }
    return index >= 0;
}

QByteArray SavedViews::exportJson(const QStringList &names) const
{
    QList<SavedView> chosen;
    for (const SavedView &view : m_views) {
        if (names.isEmpty() || names.contains(view.name, Qt::CaseInsensitive))
            chosen.append(view);
    }
    QJsonObject document;
    document.insert(u"format"_s, fileFormat);
    document.insert(u"version"_s, fileVersion);
    document.insert(u"views"_s, viewsArray(chosen));
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

std::optional<int> SavedViews::importJson(const QByteArray &json, QString *error)
{
    if (json.size() > maxDocumentBytes) {
        fail(error, tr("The file is larger than %1 KiB; a file of views is far smaller.").arg(maxDocumentBytes / 1024));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(error, tr("The file is not JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != fileFormat) {
        fail(error, tr("The file is not a file of saved views (its “format” is not “%1”).").arg(fileFormat));
        return std::nullopt;
    }
    if (root.value(u"version"_s).toInt() != fileVersion) {
        fail(error,
            tr("The file is of version %1 of the format; this console reads version %2.")
                .arg(root.value(u"version"_s).toVariant().toString().left(20))
                .arg(fileVersion));
        return std::nullopt;
    }
    const std::optional<QList<SavedView>> views = readViews(root.value(u"views"_s).toArray(), error);
    if (!views)
        return std::nullopt;
    QList<SavedView> merged = m_views;
    for (const SavedView &view : *views) {
        const qsizetype same = indexOfName(merged, view.name);
        if (same >= 0)
            merged[same] = view;
        else
            merged.append(view);
    }
    if (merged.size() > maxViews) {
        fail(error,
            tr("With these, the profile would keep %1 views; it keeps at most %2.").arg(merged.size()).arg(maxViews));
        return std::nullopt;
    }
    m_views = merged;
    store();
    return int(views->size());
}

void SavedViews::load()
{
    const std::unique_ptr<QSettings> settings = openSettings(m_iniPath);
    const QByteArray json = settings->value(settingsKey(m_scope)).toByteArray();
    if (json.isEmpty() || json.size() > maxDocumentBytes)
        return;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QString error;
    // A view the settings hold that this version cannot read is skipped, not the whole list.
    for (const QJsonValue &value : document.array()) {
        if (std::optional<SavedView> view = SavedView::fromJson(value.toObject(), &error))
            m_views.append(*view);
    }
}

void SavedViews::store()
{
    const std::unique_ptr<QSettings> settings = openSettings(m_iniPath);
    settings->setValue(settingsKey(m_scope), QJsonDocument(viewsArray(m_views)).toJson(QJsonDocument::Compact));
    Q_EMIT changed();
}

qsizetype SavedViews::indexOf(const QString &name) const
{
    return indexOfName(m_views, name);
}
