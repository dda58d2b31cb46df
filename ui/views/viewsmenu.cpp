// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewsmenu.h"

#include <QComboBox>

#include "ui/common/dialogparts.h"

using namespace Qt::StringLiterals;

namespace
{
constexpr qsizetype viewsWithShortcuts = 9;
}

ViewsMenu::ViewsMenu(QWidget *parent)
    : QMenu(tr("Vie&ws"), parent)
    , m_saveAction(addAction(tr("&Save current view…"), this, &ViewsMenu::saveRequested))
    , m_manageAction(addAction(tr("&Manage views…"), this, &ViewsMenu::manageRequested))
    , m_listSeparator(addSeparator())
    , m_comboBox(new QComboBox(parent))
{
    setObjectName(u"viewsMenu"_s);
    m_saveAction->setObjectName(u"saveViewAction"_s);
    m_saveAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    m_manageAction->setObjectName(u"manageViewsAction"_s);
    // Names of views may come from a file a colleague shared: plain text, like everything else.
    DialogParts::name(m_comboBox, u"viewsComboBox"_s, tr("Saved views"),
        tr("Show a saved view: its filter, status, sort and columns (Alt+1…9 for the first nine)"));
    m_comboBox->setPlaceholderText(tr("Saved views"));
    m_comboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_comboBox->setMinimumContentsLength(14);
    connect(m_comboBox, &QComboBox::activated, this, [this](int index) { apply(m_comboBox->itemText(index)); });
    rebuild();
}

void ViewsMenu::setViews(SavedViews *views)
{
    if (m_views)
        m_views->disconnect(this);
    m_views = views;
    if (m_views)
        connect(m_views, &SavedViews::changed, this, &ViewsMenu::rebuild);
    rebuild();
}

void ViewsMenu::rebuild()
{
    qDeleteAll(m_viewActions);
    m_viewActions.clear();
    const QString shown = m_comboBox->currentText();
    m_comboBox->clear();
    const QList<SavedView> views = m_views ? m_views->views() : QList<SavedView>();
    m_manageAction->setEnabled(m_views != nullptr);
    m_saveAction->setEnabled(m_views != nullptr);
    m_comboBox->setEnabled(!views.isEmpty());
    for (qsizetype i = 0; i < views.size(); ++i) {
        const QString name = views.at(i).name;
        // "&" in a name is a character, not a mnemonic.
        QString label = QString(name).replace(u'&', u"&&"_s);
        auto *action = new QAction(label, this);
        action->setObjectName(u"viewAction%1"_s.arg(i + 1));
        if (i < viewsWithShortcuts)
            action->setShortcut(QKeyCombination(Qt::ALT, Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, name] { apply(name); });
        addAction(action);
        m_viewActions.append(action);
        m_comboBox->addItem(name);
    }
    m_listSeparator->setVisible(!views.isEmpty());
    m_comboBox->setCurrentIndex(m_comboBox->findText(shown));
}

void ViewsMenu::setCurrentName(const QString &name)
{
    m_comboBox->setCurrentIndex(name.isEmpty() ? -1 : m_comboBox->findText(name));
}

void ViewsMenu::apply(const QString &name)
{
    if (!m_views)
        return;
    const std::optional<SavedView> view = m_views->view(name);
    if (!view)
        return;
    m_comboBox->setCurrentIndex(m_comboBox->findText(view->name));
    Q_EMIT applyRequested(*view);
}
