// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pager.h"

#include "core/api/apiclient.h"
#include "core/domain/pagereader.h"

Pager::Pager(ApiClient *client, AccountKind kind, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
{ }

Pager::~Pager()
{
    stop();
}

void Pager::start()
{
    stop();
    ++m_generation;
    m_isRunning = true;
    m_loadedCount = 0;
    m_pageCount = 0;
    m_seenCursors.clear();
    requestPage(QString());
}

void Pager::cancel()
{
    if (!m_isRunning)
        return;
    stop();
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = tr("Loading was cancelled.");
    Q_EMIT failed(error);
}

void Pager::setPageSize(int pageSize)
{
    m_pageSize = qBound(1, pageSize, 100);
}

void Pager::stop()
{
    m_isRunning = false;
    ++m_generation;
    if (ApiCall *call = m_call.data()) {
        m_call.clear();
        disconnect(call, nullptr, this, nullptr);
        call->abort();
    }
}

void Pager::requestPage(const QString &cursor)
{
    ApiCall *call = m_client->listPage(m_kind, cursor, m_pageSize);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] { handlePageFinished(call); });
}

void Pager::fail(ApiError error)
{
    m_isRunning = false;
    Q_EMIT failed(error);
}

void Pager::handlePageFinished(ApiCall *call)
{
    if (call != m_call.data())
        return;
    m_call.clear();

    if (!call->isSuccess()) {
        // Only the very first page can tell that the resource does not exist; a 404 later
        // on means the listing broke, which is a failure.
        if (m_kind == AccountKind::Organization && call->httpStatus() == 404 && m_pageCount == 0) {
            m_isRunning = false;
            Q_EMIT unavailable();
            return;
        }
        fail(call->error());
        return;
    }

    PageReadResult page = PageReader::readPage(m_kind, call->body());
    if (!page.ok()) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidResponse;
        error.httpStatus = call->httpStatus();
        error.attempts = call->attempts();
        error.message = tr("Page %1 of the list: %2").arg(m_pageCount + 1).arg(page.error->message);
        fail(error);
        return;
    }

    ++m_pageCount;
    m_loadedCount += page.batch.size();
    // The next page goes on the wire before this one is handed over: the network and the
    // server work while receivers store and show it. A server that hands out a cursor it
    // gave before would keep the listing going forever: no request for it.
    const bool isLast = !page.hasNextPage();
    const bool isRepeated = !isLast && m_seenCursors.contains(page.cursor);
    if (!isLast && !isRepeated) {
        m_seenCursors.insert(page.cursor);
        requestPage(page.cursor);
    }
    const quint64 generation = m_generation;
    Q_EMIT batchReady(page.batch);
    if (generation != m_generation)
        return; // a receiver cancelled or restarted the listing, which aborted the request sent above

    if (isLast) {
        m_isRunning = false;
        Q_EMIT finished();
        return;
    }
    if (isRepeated) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidResponse;
        error.httpStatus = call->httpStatus();
        error.attempts = call->attempts();
        error.message = tr("The server returned a cursor it had returned before (page %1).").arg(m_pageCount);
        fail(error);
    }
}
