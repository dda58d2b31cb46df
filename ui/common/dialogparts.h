// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>

#include <QPointer>
#include <QString>

#include "core/api/connectionsettings.h"
#include "core/services/environment.h"

class QDialog;
class QDialogButtonBox;
class QFontMetrics;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

// The pieces the console's dialogs and tables share, so they all look and read alike.
namespace DialogParts
{
/// A selectable, word-wrapped label that shows `text` as plain text (it may quote a server).
QLabel *plainLabel(const QString &text, QWidget *parent);
/// A plain label for what is wrong with the input, in the failure colour read on `parent`'s palette.
QLabel *problemLabel(QWidget *parent);
/// A plain label in a larger bold font, for a dialog's question.
QLabel *headingLabel(const QString &text, QWidget *parent);
/// The environment in its band colour: "PRODUCTION (host)" or the sandbox's or local server's name.
QLabel *environmentLabel(const Environment &environment, QWidget *parent);
/// The environment as a confirmation names it: "PRODUCTION (label)" on production, else its label.
QString environmentName(const Environment &environment);
/// Adds the rows that say which account a dialog is about to `form`: `nameRowText` with its
/// name, then "ID:" with its id, both as plain labels. Returns the name's label.
QLabel *addAccountRows(
    QFormLayout *form, const QString &nameRowText, const QString &name, const QString &id, QWidget *parent);
/// The optional reason field of a confirmation (kept in the audit journal). Enter in it does
/// nothing: it would press the default button, Cancel, and lose what was typed.
QLineEdit *reasonField(QWidget *parent);
/// Makes Enter and Return do nothing in `field`, for a field of a confirmation whose default
/// button is Cancel: Enter there would otherwise throw away what was typed.
void ignoreEnter(QWidget *field);
/// The buttons of a confirmation: Cancel, the default (Enter alone never acts), and
/// `confirmText`, wired to the dialog's reject() and accept(). The two buttons are returned.
QDialogButtonBox *confirmationButtons(
    QDialog *dialog, const QString &confirmText, QPushButton **confirm, QPushButton **cancel);
/// Lays out a bar beside a table: `label`, as plain text, takes the room `buttons` leave; no
/// margins. The bar starts hidden, to be shown when it has something to say.
void layOutBar(QWidget *bar, QLabel *label, std::initializer_list<QWidget *> buttons);
/// Names a control for tests and style sheets (`objectName`) and for screen readers
/// (`accessibleName`, what it is, never its value), with a tooltip when `toolTip` is set.
void name(QWidget *widget, const QString &objectName, const QString &accessibleName, const QString &toolTip = {});
/// "Test connection": asks the server whether `settings` work (Session::probe), with `button`
/// disabled and `result` saying what it does, then what the server answered. A test still
/// under way in `*probe` is dropped: it would answer for settings no longer shown.
void testConnection(const ConnectionSettings &settings, QPushButton *button, QLabel *result, QPointer<QObject> *probe);
/// Asks `question` (plain text: it may name a server's account or a file's view) with Yes
/// and Cancel, Cancel the default; true when the person chose Yes. The box is named
/// `objectName` for tests.
bool askYesOrCancel(QWidget *parent, const QString &title, const QString &question, const QString &objectName = {});
/// Wide enough for any "cus_…" or "org_…" id in `metrics`' font, with a little room.
int accountIdWidth(const QFontMetrics &metrics);
} // namespace DialogParts
