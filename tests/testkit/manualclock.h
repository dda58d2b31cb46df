// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include "core/api/clock.h"

// A clock that stands still until a test moves it.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime &now = QDateTime(QDate(2024, 3, 15), QTime(14, 20), Qt::UTC));

    QDateTime nowUtc() const override { return m_now; }
    void setNow(const QDateTime &now) { m_now = now.toUTC(); }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};
