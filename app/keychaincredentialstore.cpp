// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace
{
const QString serviceName = u"org.avaraconsole.AvaraConsole"_s;

template <typename Job> Job *makeJob(QObject *parent, const QString &account)
{
    auto *job = new Job(serviceName, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    return job;
}
} // namespace

void KeychainCredentialStore::readKey(const QString &account, ReadCallback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, account);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::EntryNotFound)
            done(std::nullopt, QString());
        else if (read->error() != QKeychain::NoError)
            done(std::nullopt, read->errorString());
        else
            done(read->textData(), QString());
    });
    job->start();
}

void KeychainCredentialStore::writeKey(const QString &account, const QString &key, WriteCallback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, account);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? QString() : finished->errorString());
    });
    job->start();
}

void KeychainCredentialStore::deleteKey(const QString &account, WriteCallback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, account);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        const bool gone = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(gone ? QString() : finished->errorString());
    });
    job->start();
}

QString KeychainCredentialStore::backendName() const
{
    return tr("system keychain");
}
