// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QPointer>

#include "core/services/savedviews.h"

class QComboBox;

// The saved views of the current profile where a hand finds them: a Views menu (Save
// current view…, Manage views…, then every view, the first nine on Alt+1…9) and a box for
// the toolbar with the same views. Both follow the SavedViews they show; what the person
// chooses goes out as a signal, the window applies it.
class ViewsMenu : public QMenu
{
    Q_OBJECT

public:
    explicit ViewsMenu(QWidget *parent = nullptr);

    /// Shows `views` (not owned; may be null) from now on.
    void setViews(SavedViews *views);
    SavedViews *views() const { return m_views; }
    /// The toolbar's box of views (owned by the menu's parent).
    QComboBox *comboBox() const { return m_comboBox; }
    /// Shows `name` in the box as the view on screen (after it was saved); empty shows none.
    void setCurrentName(const QString &name);
    /// The action that applies the view at `index` (0 for Alt+1), or null.
    QAction *viewAction(qsizetype index) const { return m_viewActions.value(index); }

Q_SIGNALS:
    void applyRequested(const SavedView &view);
    void saveRequested();
    void manageRequested();

private:
    void rebuild();
    void apply(const QString &name);

    QPointer<SavedViews> m_views;
    QAction *m_saveAction;
    QAction *m_manageAction;
    QAction *m_listSeparator;
    QList<QAction *> m_viewActions;
    QComboBox *m_comboBox;
};
