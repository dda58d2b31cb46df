// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewsdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include "ui/common/dialogparts.h"
#include "ui/common/plaintextdelegate.h"
#include "ui/common/statusstyle.h"

using namespace Qt::StringLiterals;

namespace
{
// A file of views is a few KiB; anything much larger is not one.
constexpr qint64 maxFileBytes = 1024 * 1024;

QString describe(const SavedView &view)
{
    const QString page = view.kind == AccountKind::ExpressCustomer ? ViewsDialog::tr("Express customers")
                                                                   : ViewsDialog::tr("Organizations");
    QString filter = view.expression.isEmpty() ? ViewsDialog::tr("no filter") : view.expression;
    if (view.status == AccountFilter::Status::Active)
        filter = ViewsDialog::tr("%1, active only").arg(filter);
    else if (view.status == AccountFilter::Status::Inactive)
        filter = ViewsDialog::tr("%1, inactive only").arg(filter);
    return ViewsDialog::tr("%1 \u00b7 %2 \u00b7 %n column(s)", nullptr, int(view.columns.size())).arg(page, filter);
}
} // namespace

ViewsDialog::ViewsDialog(SavedViews *views, const QString &profileLabel, QWidget *parent)
    : QDialog(parent)
    , m_views(views)
    , m_list(new QListWidget(this))
    , m_details(DialogParts::plainLabel(QString(), this))
    , m_result(DialogParts::plainLabel(QString(), this))
    , m_renameButton(new QPushButton(tr("&Rename\u2026"), this))
    , m_removeButton(new QPushButton(tr("&Delete\u2026"), this))
    , m_exportButton(new QPushButton(tr("&Export\u2026"), this))
{
    setObjectName(u"viewsDialog"_s);
    setWindowTitle(tr("Saved views"));
    DialogParts::name(m_list, u"viewsList"_s, tr("Saved views"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // A view's name and filter may come from a file someone shared: plain text, tooltips too.
    m_list->setItemDelegate(new PlainTextDelegate(m_list));
    m_details->setObjectName(u"viewDetails"_s);
    m_result->setObjectName(u"viewsResult"_s);
    m_renameButton->setObjectName(u"renameViewButton"_s);
    m_removeButton->setObjectName(u"deleteViewButton"_s);
    m_exportButton->setObjectName(u"exportViewsButton"_s);
    m_exportButton->setToolTip(tr("Write the selected views (or all of them) to a JSON file a colleague can import"));
    auto *importButton = new QPushButton(tr("&Import\u2026"), this);
    importButton->setObjectName(u"importViewsButton"_s);
    importButton->setToolTip(tr("Add the views of a JSON file; views of the same name are replaced"));

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : { m_renameButton, m_removeButton, m_exportButton, importButton })
        buttons->addWidget(button);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        DialogParts::plainLabel(tr("Views of %1. Alt+1 to Alt+9 show the first nine.").arg(profileLabel), this));
    layout->addLayout(row, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_result);
    layout->addWidget(close);
    m_result->hide();

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_renameButton, &QPushButton::clicked, this, &ViewsDialog::askRename);
    connect(m_removeButton, &QPushButton::clicked, this, &ViewsDialog::askRemove);
    connect(m_exportButton, &QPushButton::clicked, this, &ViewsDialog::chooseExportFile);
    connect(importButton, &QPushButton::clicked, this, &ViewsDialog::chooseImportFile);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ViewsDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ViewsDialog::askRename);
    connect(m_views, &SavedViews::changed, this, &ViewsDialog::rebuild);
    rebuild();
    resize(560, 360);
}

void ViewsDialog::rebuild()
{
    const QString selected = selectedName();
    m_list->clear();
    for (const SavedView &view : m_views->views()) {
        auto *item = new QListWidgetItem(view.name, m_list);
        item->setData(Qt::UserRole, view.name);
        item->setToolTip(describe(view));
        if (view.name == selected)
            item->setSelected(true);
    }
    if (m_list->count() > 0 && m_list->selectedItems().isEmpty())
        m_list->setCurrentRow(0);
    updateButtons();
}

void ViewsDialog::updateButtons()
{
    const qsizetype selected = m_list->selectedItems().size();
    const std::optional<SavedView> view = m_views->view(selectedName());
    m_details->setText(view ? describe(*view) : QString());
    m_renameButton->setEnabled(selected == 1);
    m_removeButton->setEnabled(selected == 1);
    m_exportButton->setEnabled(m_list->count() > 0);
}

QString ViewsDialog::selectedName() const
{
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    return items.size() == 1 ? items.first()->data(Qt::UserRole).toString() : QString();
}

bool ViewsDialog::renameSelected(const QString &name)
{
    QString error;
    if (!m_views->rename(selectedName(), name, &error)) {
        showResult(error, true);
        return false;
    }
    showResult(tr("Renamed to \u201c%1\u201d.").arg(name), false);
    return true;
}

bool ViewsDialog::removeSelected()
{
    const QString name = selectedName();
    if (!m_views->remove(name))
        return false;
    showResult(tr("Deleted \u201c%1\u201d.").arg(name), false);
    return true;
}

bool ViewsDialog::exportTo(const QString &path)
{
    QStringList names;
    for (const QListWidgetItem *item : m_list->selectedItems())
        names.append(item->data(Qt::UserRole).toString());
    if (names.size() <= 1)
        names.clear(); // the one that is always selected is not a choice: all of them go
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_views->exportJson(names)) < 0 || !file.commit()) {
        showResult(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    const qsizetype count = names.isEmpty() ? m_views->views().size() : names.size();
    showResult(tr("Wrote %n view(s) to %1.", nullptr, int(count)).arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool ViewsDialog::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showResult(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    QString error;
    const std::optional<int> count = m_views->importJson(file.read(maxFileBytes + 1), &error);
    if (!count) {
        showResult(tr("Nothing imported from %1: %2").arg(QDir::toNativeSeparators(path), error), true);
        return false;
    }
    showResult(tr("Imported %n view(s) from %1.", nullptr, *count).arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void ViewsDialog::showResult(const QString &text, bool failed)
{
    m_result->setText(text);
    QPalette palette = this->palette();
    if (failed)
        palette.setColor(
            QPalette::WindowText, StatusStyle::readableOn(StatusStyle::failedColor(), palette.color(QPalette::Window)));
    m_result->setPalette(palette);
    m_result->show();
}

void ViewsDialog::askRename()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    bool ok = false;
    const QString newName = QInputDialog::getText(
        this, tr("Rename view"), tr("New name for \u201c%1\u201d:").arg(name), QLineEdit::Normal, name, &ok);
    if (ok && newName != name)
        renameSelected(newName.trimmed());
}

void ViewsDialog::askRemove()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (DialogParts::askYesOrCancel(this, tr("Delete view"), tr("Delete the view \u201c%1\u201d?").arg(name)))
        removeSelected();
}

void ViewsDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export views"), tr("avara-views.json"), tr("Views (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ViewsDialog::chooseImportFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import views"), QString(), tr("Views (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}
