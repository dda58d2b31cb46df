// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the layer has sources.
