// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "core/services/savedviews.h"

class QLabel;
class QListWidget;
class QPushButton;

// Manage views: the profile's saved views in a list, each with what it shows; rename and
// delete the selected one; export the selection (or all) to a JSON file and import one a
// colleague shared. What fails is said in the dialog, and a bad file changes nothing.
class ViewsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Manages `views` (not owned), which outlives the dialog, of the profile `profileLabel` names.
    ViewsDialog(SavedViews *views, const QString &profileLabel, QWidget *parent = nullptr);

    /// Renames the selected view to `name`; false, said in the dialog, when it will not do.
    bool renameSelected(const QString &name);
    /// Deletes the selected view (the button asks first; this does not).
    bool removeSelected();
    /// Writes the selected views (every view when none is selected) to `path`.
    bool exportTo(const QString &path);
    /// Adds the views in the file at `path`, replacing views of the same name.
    bool importFrom(const QString &path);

private:
    void rebuild();
    void updateButtons();
    void askRename();
    void askRemove();
    void chooseExportFile();
    void chooseImportFile();
    void showResult(const QString &text, bool failed);
    QString selectedName() const;

    SavedViews *m_views;
    QListWidget *m_list;
    QLabel *m_details; // what the selected view shows
    QLabel *m_result;
    QPushButton *m_renameButton;
    QPushButton *m_removeButton;
    QPushButton *m_exportButton;
};
