// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QUrl>

#include "core/domain/accountkind.h"

// The encryption of a snapshot file, and the names that tell connections apart, for one
// connection (base URL + API key). libsodium does the work; nothing of it leaks into this
// header, so only avara_core_services links it.
//
// Keys. The API key is hashed (BLAKE2b, keyed with a fixed context) into a root secret, and
// crypto_kdf derives two subkeys from it: the XChaCha20-Poly1305 key and the key's
// fingerprint. An API key is a long random secret, not a password a person chose, so a slow
// password hash (Argon2) would add half a second to every start and no strength: guessing
// the key is as hard as guessing the 256-bit hash. The root is wiped once derived; the
// encryption key is locked in memory where the system allows and wiped on destruction.
//
// File: "AVSN" | u16 format version (little endian) | 24-byte random nonce | ciphertext with
// its 16-byte tag. Only the magic and version are in clear. The associated data binds the
// magic, version, account kind and connection id, so a file copied to another connection's
// or kind's name fails authentication like a tampered one.
class SnapshotCipher
{
public:
    static constexpr quint16 fileVersion = 1;
    static constexpr qsizetype headerSize = 4 + 2 + 24;
    static constexpr qsizetype overhead = headerSize + 16;

    enum class OpenError
    {
        None,
        Unreadable, // not a snapshot file, cut short, tampered with, or sealed with another key
        OtherVersion // a file format this build does not read
    };

    struct Opened
    {
        QByteArray plaintext;
        OpenError error = OpenError::None;

        bool ok() const { return error == OpenError::None; }
    };

    /// Derives this connection's key and names; the API key is not kept.
    SnapshotCipher(const QUrl &baseUrl, QStringView apiKey);
    ~SnapshotCipher();
    SnapshotCipher(const SnapshotCipher &) = delete;
    SnapshotCipher &operator=(const SnapshotCipher &) = delete;

    /// False only when libsodium could not start; nothing is sealed or opened then.
    bool isValid() const { return m_isValid; }
    /// 32 hex digits naming the server alone (a hash of the normalised base URL): the folder
    /// of all its snapshots, so a profile's files can be removed without its key.
    static QString serverId(const QUrl &baseUrl);
    /// This connection's server id.
    QString serverId() const { return m_serverId; }
    /// 32 hex digits naming the connection: a hash of the base URL and the key's
    /// fingerprint, from which neither can be recovered. A rotated key gets a new one.
    QString connectionId() const { return m_connectionId; }

    /// The file bytes for `plaintext`, with a fresh random nonce; empty when !isValid().
    QByteArray seal(AccountKind kind, QByteArrayView plaintext) const;
    /// The plaintext of a file sealed by seal() for the same connection and kind.
    Opened open(AccountKind kind, QByteArrayView file) const;
    /// The same, decrypting in the file's own buffer: at 100,000 accounts a second buffer of
    /// 10 MB cost 20 ms of page faults.
    Opened open(AccountKind kind, QByteArray &&file) const;

private:
    QByteArray associatedData(AccountKind kind) const;

    std::array<unsigned char, 32> m_key {};
    QByteArray m_connectionDigest; // 16 bytes, bound into every file
    QString m_serverId;
    QString m_connectionId;
    bool m_isValid = false;
};
