// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include "core/domain/accountkind.h"
#include "core/models/accountfilter.h"

struct Environment;

/// What a page shows, under a name: the page, its filter expression and status filter, its
/// sort and its columns. Columns are named by AccountTableModel::columnKey(), so a view
/// outlives a reordering of the model's columns.
struct SavedView
{
    QString name;
    AccountKind kind = AccountKind::ExpressCustomer;
    QString expression;
    AccountFilter::Status status = AccountFilter::Status::All;
    QString sortColumn; // a column key; empty: the rows in the server's order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QStringList columns; // the visible columns, left to right

    QJsonObject toJson() const;
    /// The view `object` describes; nullopt with `error` set when a field is missing, of the
    /// wrong type, or names a column or page the console does not have.
    static std::optional<SavedView> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const SavedView &a, const SavedView &b)
    {
        return a.name == b.name && a.kind == b.kind && a.expression == b.expression && a.status == b.status
            && a.sortColumn == b.sortColumn && a.sortOrder == b.sortOrder && a.columns == b.columns;
    }
    friend bool operator!=(const SavedView &a, const SavedView &b) { return !(a == b); }
};

// The saved views of one connection profile, kept in the settings (QSettings) under the
// profile's name, in the order they were saved: the first nine have Alt+1…9. A team shares
// them as a small JSON file (exportJson() / importJson()).
class SavedViews : public QObject
{
    Q_OBJECT

public:
    /// The longest name a view may have.
    static constexpr qsizetype maxNameLength = 80;
    /// The most views a profile keeps (and a file may bring).
    static constexpr qsizetype maxViews = 200;

    /// The views of the profile `scope` in the application's settings, or in the INI file at
    /// `iniPath` when it is given (tests, portable setups).
    explicit SavedViews(const QString &scope, const QString &iniPath = {}, QObject *parent = nullptr);
    ~SavedViews() override;

    /// The scope views of `environment` are kept under: the profile's name, or "sandbox" for
    /// the built-in sandbox (whose port changes from start to start), or the server's URL.
    static QString scopeFor(const Environment &environment);

    const QString &scope() const { return m_scope; }
    const QList<SavedView> &views() const { return m_views; }
    /// The view called `name` (names compare case-insensitively), or nullopt.
    std::optional<SavedView> view(const QString &name) const;
    /// Why `name` cannot name a view, or an empty string when it can: not empty, not too
    /// long, no control characters.
    static QString nameProblem(const QString &name);

    /// Saves `view`, in place of the one with the same name if there is one; false with
    /// `error` set when its name will not do or the profile holds maxViews already.
    bool save(const SavedView &view, QString *error = nullptr);
    /// Renames the view `from` to `to`; false with `error` set when `to` will not do or is taken.
    bool rename(const QString &from, const QString &to, QString *error = nullptr);
    bool remove(const QString &name);

    /// The views called `names` (every view when empty) as a JSON document for a file.
    QByteArray exportJson(const QStringList &names = {}) const;
    /// Adds the views of a document exportJson() wrote, replacing views of the same name;
    /// returns how many it brought, or nullopt with `error` set, and nothing changed, when
    /// the document or any view in it cannot be read.
    std::optional<int> importJson(const QByteArray &json, QString *error = nullptr);

Q_SIGNALS:
    /// A view was saved, renamed, removed or imported.
    void changed();

private:
    void load();
    void store();
    qsizetype indexOf(const QString &name) const;

    QString m_scope;
    QString m_iniPath;
    QList<SavedView> m_views;
};
