// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include "core/api/apierror.h"
#include "core/domain/accountbatch.h"
#include "core/domain/accountkind.h"

class ApiCall;
class ApiClient;

// Follows list cursors of one kind until the server says there is no next page,
// handing over each page as it arrives. One page is in flight at a time: the next
// cursor comes from the page before. It is asked for as soon as a page is read, before
// batchReady() hands that page over, so the request travels while receivers store the
// page. Pages are read on the calling thread: a page of 100 accounts takes about a tenth
// of a millisecond with PageReader, far below a frame.
class Pager : public QObject
{
    Q_OBJECT

public:
    Pager(ApiClient *client, AccountKind kind, QObject *parent = nullptr);
    ~Pager() override;

    /// Starts listing from the first page; a listing already running is dropped silently.
    void start();
    /// Stops a running listing and emits failed() with Kind::Cancelled; does nothing otherwise.
    void cancel();
    /// True from start() until finished(), unavailable() or failed().
    bool isRunning() const { return m_isRunning; }
    /// Accounts handed over by batchReady() since start().
    qsizetype loadedCount() const { return m_loadedCount; }
    /// Pages read since start().
    int pageCount() const { return m_pageCount; }
    /// The `limit` asked of the server, 1 to 100; takes effect with the next page.
    void setPageSize(int pageSize);
    /// The `limit` asked of the server.
    int pageSize() const { return m_pageSize; }

Q_SIGNALS:
    /// One page of accounts, in server order. The next page has been asked for already
    /// (a receiver that needs the moment of that request takes it as "just before this").
    /// A receiver may call cancel() or start(); either aborts that request.
    void batchReady(const AccountBatch &batch);
    /// Every page was loaded.
    void finished();
    /// The server answered 404 to the first page of the organizations list: it has no
    /// organizations resource (newer API versions dropped it). Not a failure.
    void unavailable();
    /// A page failed after its retries, did not parse (InvalidResponse naming the field),
    /// or cancel() was called (Cancelled). Nothing more is emitted until start().
    void failed(const ApiError &error);

private:
    void requestPage(const QString &cursor);
    void handlePageFinished(ApiCall *call);
    void stop();
    void fail(ApiError error);

    ApiClient *m_client;
    AccountKind m_kind;
    QPointer<ApiCall> m_call;
    QSet<QString> m_seenCursors;
    qsizetype m_loadedCount = 0;
    int m_pageCount = 0;
    int m_pageSize = 100;
    bool m_isRunning = false;
    quint64 m_generation = 0; // tells a page of this listing from one of a listing restarted meanwhile
};
