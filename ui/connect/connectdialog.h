// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// First run: connect to an Avara server (with a "Test connection" button that asks the
// server for one customer) or open the built-in sandbox instead.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Connect,
        OpenSandbox
    };

    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setBaseUrl(const QUrl &url);
    /// Prefills the profile name (the profile whose key is missing, on a later start).
    void setProfileName(const QString &name);
    void setNotice(const QString &text);
    Choice choice() const { return m_choice; }
    QUrl baseUrl() const;
    /// The name of the profile the connection is saved as; the host when left empty.
    QString profileName() const;
    QString apiKey() const;
    bool rememberKey() const;

    QPushButton *testButton() const { return m_testButton; }
    QLabel *testResult() const { return m_testResult; }

private:
    void testConnection();
    void validateAndAccept();
    /// An error text when the typed URL and key cannot be used, else empty.
    QString problem() const;

    Choice m_choice = Choice::Connect;
    QLabel *m_notice;
    QLineEdit *m_profileName;
    QLineEdit *m_baseUrl;
    QLineEdit *m_apiKey;
    QCheckBox *m_remember;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QPointer<QObject> m_probe; // Session::probe() under way
};
