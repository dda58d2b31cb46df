// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes SnapshotCodec::decode with raw plaintext, as if the file's encryption were gone: a
// snapshot is refused cleanly, or every row obeys the rules the page reader enforces and
// survives being written and read again.
#include <cstddef>
#include <cstdint>

#include "core/domain/snapshotcodec.h"
#include "tests/fuzz/batchchecks.h"
#include "tests/fuzz/fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const SnapshotCodec::Decoded decoded = SnapshotCodec::decode(bytes);
    if (!decoded.ok()) {
        FUZZ_CHECK(decoded.batch.isEmpty());
        FUZZ_CHECK(decoded.batch.textBytes() == 0);
        FUZZ_CHECK(decoded.batch.metadataEntryCount() == 0);
        FUZZ_CHECK(decoded.batch.metadataKeyCount() == 0);
        FUZZ_CHECK(decoded.asOfMs == 0);
        // The message names a byte and a field, never a piece of the input.
        FUZZ_CHECK(!decoded.message.isEmpty());
        FUZZ_CHECK(decoded.message.size() < 200);
        return 0;
    }
    checkBatchInvariants(decoded.batch, decoded.batch.kind());

    // What was read writes out again and reads back the same. The bytes may differ: the
    // reader accepts a number written longer than needed, or a lowercase UUID as text, and
    // the writer uses the shortest form.
    const SnapshotCodec::Encoded again = SnapshotCodec::encode(decoded.batch, decoded.asOfMs);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.bytes.size() <= bytes.size());
    const SnapshotCodec::Decoded reread = SnapshotCodec::decode(again.bytes);
    FUZZ_CHECK(reread.ok());
    FUZZ_CHECK(reread.asOfMs == decoded.asOfMs);
    FUZZ_CHECK(sameAccounts(reread.batch, decoded.batch));
    return 0;
}
