// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxfixture.h"

#include <QHostAddress>

SandboxFixture::SandboxFixture(const SandboxOptions &options)
    : m_options(options)
    , m_server(std::make_unique<SandboxServer>(options))
{
    m_server->listen(QHostAddress::LocalHost, 0);
}

SandboxFixture::~SandboxFixture() = default;

ConnectionSettings SandboxFixture::settings() const
{
    ConnectionSettings settings;
    settings.baseUrl = m_server->baseUrl();
    settings.apiKey = QString::fromUtf8(m_options.apiKey);
    settings.timeout = std::chrono::seconds(10);
    return settings;
}

std::unique_ptr<ApiClient> SandboxFixture::makeClient(const ConnectionSettings &settings) const
{
    auto client = std::make_unique<ApiClient>(settings);
    client->setRandomSource([] { return 1.0; });
    return client;
}

SandboxKind SandboxFixture::sandboxKind(AccountKind kind)
{
    return kind == AccountKind::ExpressCustomer ? SandboxKind::ExpressCustomer : SandboxKind::Organization;
}
