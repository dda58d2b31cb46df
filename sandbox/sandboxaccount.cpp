// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxaccount.h"

#include <string>

#include "sandbox/sandboxjsonwriter.h"

const SandboxKindNames &sandboxKindNames(SandboxKind kind)
{
    static const SandboxKindNames customers { "express", "cus_", "expressCustomerId", "expressCustomerName",
        "expressCustomers", "Express customer" };
    static const SandboxKindNames organizations { "orgs", "org_", "orgId", "orgName", "organizations", "Organization" };
    return kind == SandboxKind::ExpressCustomer ? customers : organizations;
}

bool isValidSandboxId(SandboxKind kind, QByteArrayView id)
{
    return isValidBrandedId(sandboxKindNames(kind).idPrefix, id);
}

bool isValidBrandedId(QByteArrayView prefix, QByteArrayView id)
{
    if (id.size() != prefix.size() + 32 || !id.startsWith(prefix))
        return false;
    for (qsizetype i = prefix.size(); i < id.size(); ++i) {
        const char c = id.at(i);
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

void SandboxAccount::serialize(SandboxKind kind)
{
    const SandboxKindNames &names = sandboxKindNames(kind);
    // One scratch buffer per thread, reused: serializing costs one allocation, the result.
    thread_local std::string out;
    out.clear();

    auto append = [](QByteArrayView text) { out.append(text.data(), std::size_t(text.size())); };
    auto appendIdAndName = [&] {
        out.push_back('"');
        append(names.idField);
        out.append("\":");
        SandboxJsonWriter::appendString(out, id);
        out.append(",\"");
        append(names.nameField);
        out.append("\":");
        SandboxJsonWriter::appendString(out, name);
        out.push_back(',');
    };
    const char *activeText = isActive ? "\"isActive\":true," : "\"isActive\":false,";

    // Field order follows the reference's examples: the required fields alphabetically,
    // then the optional ones. Clients must not depend on it, but it matches what they see.
    out.append("{\"createdAt\":");
    SandboxJsonWriter::appendTimestamp(out, createdAt);
    out.push_back(',');
    if (kind == SandboxKind::ExpressCustomer) {
        appendIdAndName();
        out.append(activeText);
    } else {
        out.append(activeText);
        appendIdAndName();
    }
    out.append("\"updatedAt\":");
    SandboxJsonWriter::appendTimestamp(out, updatedAt);
    out.append(",\"userCount\":");
    SandboxJsonWriter::appendInteger(out, userCount);
    if (!createdByApiKeyId.isEmpty()) {
        out.append(",\"createdByApiKeyId\":");
        SandboxJsonWriter::appendString(out, createdByApiKeyId);
    }
    out.append(",\"createdByUserId\":");
    if (createdByUserId.isEmpty())
        out.append("null");
    else
        SandboxJsonWriter::appendString(out, createdByUserId);
    if (hasMetadata) {
        out.append(",\"metadata\":{");
        bool first = true;
        for (const auto &[key, value] : metadata) {
            if (!first)
                out.push_back(',');
            first = false;
            SandboxJsonWriter::appendString(out, key);
            out.push_back(':');
            SandboxJsonWriter::appendString(out, value);
        }
        out.push_back('}');
    }
    out.push_back('}');
    json = QByteArray(out.data(), qsizetype(out.size()));
}
