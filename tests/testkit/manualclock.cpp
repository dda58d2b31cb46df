// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manualclock.h"

ManualClock::ManualClock(const QDateTime &now)
    : m_now(now.toUTC())
{ }
