// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogparts.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

#include "core/services/session.h"
#include "ui/common/messagebar.h"
#include "ui/common/statusstyle.h"

using namespace Qt::StringLiterals;

namespace
{
class EnterSwallower : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter)
                return true;
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

namespace DialogParts
{
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *problemLabel(QWidget *parent)
{
    QLabel *label = plainLabel(QString(), parent);
    label->setObjectName(u"problemLabel"_s);
    label->setStyleSheet(u"QLabel { color: %1; }"_s.arg(StatusStyle::failedTextColor(label->palette()).name()));
    return label;
}

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    QLabel *heading = plainLabel(text, parent);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

QLabel *environmentLabel(const Environment &environment, QWidget *parent)
{
    QLabel *label = plainLabel(environmentName(environment), parent);
    label->setObjectName(u"environmentLabel"_s);
    // Said with the dialog's title by a screen reader, as the strip shows it to the eye.
    if (QWidget *window = parent ? parent->window() : nullptr)
        window->setAccessibleDescription(
            QCoreApplication::translate("DialogParts", "Environment: %1").arg(label->text()));
    const QColor background = StatusStyle::environmentColor(environment);
    label->setStyleSheet(
        u"QLabel { color: %2; background: %1; padding: 2px 6px; border-radius: 3px; font-weight: bold; }"_s.arg(
            background.name(), StatusStyle::textColorOn(background).name()));
    return label;
}

QString environmentName(const Environment &environment)
{
    return environment.isProduction()
        ? QCoreApplication::translate("DialogParts", "PRODUCTION (%1)").arg(environment.profileLabel())
        : environment.profileLabel();
}

QLabel *addAccountRows(
    QFormLayout *form, const QString &nameRowText, const QString &name, const QString &id, QWidget *parent)
{
    QLabel *nameLabel = plainLabel(name, parent);
    form->addRow(nameRowText, nameLabel);
    form->addRow(QCoreApplication::translate("DialogParts", "ID:"), plainLabel(id, parent));
    return nameLabel;
}

QLineEdit *reasonField(QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(u"reasonField"_s);
    field->setPlaceholderText(
        QCoreApplication::translate("DialogParts", "Optional: a ticket number or why (kept in the history)"));
    field->setAccessibleName(QCoreApplication::translate("DialogParts", "Reason"));
    field->setMaxLength(500);
    ignoreEnter(field);
    return field;
}

void ignoreEnter(QWidget *field)
{
    field->installEventFilter(new EnterSwallower(field));
}

QDialogButtonBox *confirmationButtons(
    QDialog *dialog, const QString &confirmText, QPushButton **confirm, QPushButton **cancel)
{
    auto *buttons = new QDialogButtonBox(dialog);
    *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    *confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    (*confirm)->setAutoDefault(false);
    (*cancel)->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void layOutBar(QWidget *bar, QLabel *label, std::initializer_list<QWidget *> buttons)
{
    label->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 1);
    for (QWidget *button : buttons)
        layout->addWidget(button);
    bar->hide();
}

int accountIdWidth(const QFontMetrics &metrics)
{
    // Ids are 32 hex digits after the prefix; proportional fonts draw some digits wider.
    int widestHexDigit = 0;
    for (QChar digit : u"0123456789abcdef"_s)
        widestHexDigit = qMax(widestHexDigit, metrics.horizontalAdvance(digit));
    return metrics.horizontalAdvance(u"cus_"_s) + 32 * widestHexDigit + metrics.horizontalAdvance(u'M');
}
void name(QWidget *widget, const QString &objectName, const QString &accessibleName, const QString &toolTip)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    if (!toolTip.isEmpty())
        widget->setToolTip(toolTip);
}
bool askYesOrCancel(QWidget *parent, const QString &title, const QString &question, const QString &objectName)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setObjectName(objectName);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void testConnection(const ConnectionSettings &settings, QPushButton *button, QLabel *result, QPointer<QObject> *probe)
{
    delete probe->data();
    button->setEnabled(false);
    result->setText(QCoreApplication::translate("DialogParts", "Asking the server\u2026"));
    *probe = Session::probe(settings, button, [button, result](const std::optional<ApiError> &error) {
        button->setEnabled(true);
        result->setText(error ? MessageBar::errorText(*error)
                              : QCoreApplication::translate("DialogParts", "Connected: the server accepted the key."));
    });
}
} // namespace DialogParts
