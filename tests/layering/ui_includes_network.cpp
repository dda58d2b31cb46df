// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Must not compile: ui/ code is built with what avara_ui links, and Qt Network is not
// part of it. The test layering_ui_cannot_include_qtnetwork builds this and expects the
// compiler to say it cannot find the header.
#include <QNetworkReply>

int uiReachesTheNetwork()
{
    return sizeof(QNetworkReply *) > 0 ? 1 : 0;
}
