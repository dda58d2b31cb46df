// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include "core/api/connectionsettings.h"
#include "core/services/connectionprofiles.h"

class CredentialStore;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Manage profiles: the list of saved connections and a form for the selected one (name,
// server URL, band colour, API key with Test connection). Keys go to the credential store
// under the profile's entry, never to the settings file; an empty key field keeps the saved key.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    ProfilesDialog(ConnectionProfiles *profiles, CredentialStore *credentials, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    /// Shows the profile called `name` in the form.
    void selectProfile(const QString &name);
    /// Clears the form for a new profile.
    void startNewProfile();
    /// Saves the form as the Save button does; false (with the problem shown) when it cannot.
    bool saveForm();
    /// Removes the selected profile and its key without asking (the Remove button asks first).
    void removeSelected();

    QLineEdit *nameField() const { return m_name; }
    /// The colour the form holds, "#rrggbb" or empty for the environment's own.
    QString selectedColor() const;
    /// Selects `color` in the colour list (adding it when it is not a preset).
    void setSelectedColor(const QString &color);

Q_SIGNALS:
    /// A profile was saved, and its key (when one was typed) has reached the credential store.
    void profileSaved(const ConnectionProfile &profile);
    void profileRemoved(const ConnectionProfile &profile);
    /// The user asked to connect to the profile called `name` now.
    void switchRequested(const QString &name);

private:
    void fillList();
    void handleSelectionChanged();
    void handleColorActivated(int index);
    void confirmRemove();
    void testConnection();
    void runTest(const ConnectionSettings &settings);
    ConnectionProfile formProfile() const;

    ConnectionProfiles *m_profiles;
    CredentialStore *m_credentials;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QComboBox *m_color;
    QLineEdit *m_apiKey;
    QPushButton *m_testButton;
    QPushButton *m_saveButton;
    QPushButton *m_removeButton;
    QPushButton *m_connectButton;
    QLabel *m_result;
    QString m_editing; // the name of the profile in the form; empty for a new one
    int m_lastColorIndex = 0;
    QPointer<QObject> m_probe; // Session::probe() under way
};
