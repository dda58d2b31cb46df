// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotcipher.h"

#include <cstring>
#include <sodium.h>

namespace
{
constexpr char magic[4] = { 'A', 'V', 'S', 'N' };
// Fixed, public contexts: they separate these hashes from any other use of the same key,
// they are not secrets. crypto_generichash keys must be 16 to 64 bytes.
constexpr char rootContext[] = "Avara Console snapshot root key v1";
constexpr char serverContext[] = "Avara Console snapshot server id v1";
constexpr char kdfContext[crypto_kdf_CONTEXTBYTES + 1] = "AvSnapv1";
constexpr quint64 encryptionSubkey = 1;
constexpr quint64 fingerprintSubkey = 2;
constexpr qsizetype digestSize = 16;

static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == 32);
static_assert(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == 24);
static_assert(crypto_aead_xchacha20poly1305_ietf_ABYTES == 16);
static_assert(SnapshotCipher::headerSize == sizeof(magic) + 2 + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(crypto_kdf_KEYBYTES == 32);

// sodium_init() picks the fastest implementations and seeds the random generator; once per process.
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const unsigned char *bytes(const char *text)
{
    return reinterpret_cast<const unsigned char *>(text);
}

// The base URL as every spelling of the same server writes it: lower-case scheme and host
// (QUrl does that), no default port, no trailing slash, no "./" segments.
QByteArray normalisedUrl(const QUrl &baseUrl)
{
    QUrl url = baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments | QUrl::RemoveFragment);
    const int defaultPort = url.scheme() == QLatin1StringView("https") ? 443
        : url.scheme() == QLatin1StringView("http")                    ? 80
                                                                       : -1;
    if (url.port() == defaultPort)
        url.setPort(-1);
    if (url.path() == QLatin1StringView("/"))
        url.setPath({});
    return url.toEncoded();
}

QByteArray keyedDigest(QByteArrayView input, const char *context)
{
    QByteArray digest(digestSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size()), bytes(input.data()),
        quint64(input.size()), bytes(context), strlen(context));
    return digest;
}

quint8 kindCode(AccountKind kind)
{
    return kind == AccountKind::ExpressCustomer ? 0 : 1;
}

void appendVersion(QByteArray &out)
{
    out.append(char(SnapshotCipher::fileVersion & 0xFF));
    out.append(char(SnapshotCipher::fileVersion >> 8));
}
} // namespace

SnapshotCipher::SnapshotCipher(const QUrl &baseUrl, QStringView apiKey)
{
    if (!sodiumReady())
        return;
    const QByteArray url = normalisedUrl(baseUrl);
    m_serverId = QString::fromLatin1(keyedDigest(url, serverContext).toHex());

    // The UTF-8 copy of the API key and the root secret are wiped as soon as they are used.
    QByteArray apiKeyUtf8 = apiKey.toUtf8();
    unsigned char root[crypto_kdf_KEYBYTES];
    crypto_generichash(root, sizeof root, bytes(apiKeyUtf8.constData()), quint64(apiKeyUtf8.size()), bytes(rootContext),
        strlen(rootContext));
    sodium_memzero(apiKeyUtf8.data(), size_t(apiKeyUtf8.size()));
    unsigned char fingerprint[32];
    sodium_mlock(m_key.data(), m_key.size());
    crypto_kdf_derive_from_key(m_key.data(), m_key.size(), encryptionSubkey, kdfContext, root);
    crypto_kdf_derive_from_key(fingerprint, sizeof fingerprint, fingerprintSubkey, kdfContext, root);
    sodium_memzero(root, sizeof root);

    QByteArray identity(reinterpret_cast<const char *>(fingerprint), sizeof fingerprint);
    identity += url;
    sodium_memzero(fingerprint, sizeof fingerprint);
    m_connectionDigest = QByteArray(digestSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(m_connectionDigest.data()), size_t(digestSize),
        bytes(identity.constData()), quint64(identity.size()), nullptr, 0);
    sodium_memzero(identity.data(), size_t(identity.size()));
    m_connectionId = QString::fromLatin1(m_connectionDigest.toHex());
    m_isValid = true;
}

SnapshotCipher::~SnapshotCipher()
{
    // sodium_munlock zeroes the memory before unlocking it.
    if (m_isValid)
        sodium_munlock(m_key.data(), m_key.size());
    else
        sodium_memzero(m_key.data(), m_key.size());
}

QString SnapshotCipher::serverId(const QUrl &baseUrl)
{
    if (!sodiumReady())
        return {};
    return QString::fromLatin1(keyedDigest(normalisedUrl(baseUrl), serverContext).toHex());
}

QByteArray SnapshotCipher::associatedData(AccountKind kind) const
{
    QByteArray data(magic, sizeof magic);
    appendVersion(data);
    data.append(char(kindCode(kind)));
    data.append(m_connectionDigest);
    return data;
}

QByteArray SnapshotCipher::seal(AccountKind kind, QByteArrayView plaintext) const
{
    if (!m_isValid)
        return {};
    const QByteArray ad = associatedData(kind);
    QByteArray file(headerSize + plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(file.data());
    memcpy(out, magic, sizeof magic);
    out[4] = SnapshotCipher::fileVersion & 0xFF;
    out[5] = SnapshotCipher::fileVersion >> 8;
    unsigned char *nonce = out + 6;
    // 24 random bytes: with XChaCha20 a random nonce never repeats in practice, so no counter
    // has to survive between runs.
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + headerSize, &written, bytes(plaintext.data()),
        quint64(plaintext.size()), bytes(ad.constData()), quint64(ad.size()), nullptr, nonce, m_key.data());
    file.truncate(headerSize + qsizetype(written));
    return file;
}

SnapshotCipher::Opened SnapshotCipher::open(AccountKind kind, QByteArrayView file) const
{
    return open(kind, file.toByteArray());
}

SnapshotCipher::Opened SnapshotCipher::open(AccountKind kind, QByteArray &&file) const
{
    Opened result;
    if (!m_isValid || file.size() < overhead || !file.startsWith(QByteArrayView(magic, sizeof magic))) {
        result.error = OpenError::Unreadable;
        return result;
    }
    file.detach();
    auto *in = reinterpret_cast<unsigned char *>(file.data());
    const quint16 version = quint16(in[4] | (in[5] << 8));
    if (version != SnapshotCipher::fileVersion) {
        result.error = OpenError::OtherVersion;
        return result;
    }
    const QByteArray ad = associatedData(kind);
    const qsizetype cipherSize = file.size() - headerSize;
    unsigned long long plainSize = 0;
    // libsodium decrypts in place when the plaintext starts where the ciphertext does.
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(in + headerSize, &plainSize, nullptr, in + headerSize,
            quint64(cipherSize), bytes(ad.constData()), quint64(ad.size()), in + 6, m_key.data())
        != 0) {
        result.error = OpenError::Unreadable;
        return result;
    }
    file.remove(0, headerSize);
    file.truncate(qsizetype(plainSize));
    result.plaintext = std::move(file);
    return result;
}
