// SPDX-License-Identifier: GPL-3.0-or-later
#include "claim.h"

#include <array>

namespace Recoupe {

namespace {
const std::array<const char *, 4> StatusNames = { "to_verify", "supported", "disputed", "refuted" };
const std::array<const char *, 5> StanceNames = { "", "asserts", "denies", "reports", "doubts" };
} // namespace

QString Claim::statusName(Status status)
{
    return QString::fromLatin1(StatusNames[size_t(status)]);
}

bool Claim::statusFromName(const QString &name, Status *status)
{
    for (size_t i = 0; i < StatusNames.size(); ++i) {
        if (name == QLatin1String(StatusNames[i])) {
            *status = Status(i);
            return true;
        }
    }
    return false;
}

QString Claim::stanceName(Stance stance)
{
    return QString::fromLatin1(StanceNames[size_t(stance)]);
}

bool Claim::stanceFromName(const QString &name, Stance *stance)
{
    for (size_t i = 0; i < StanceNames.size(); ++i) {
        if (name == QLatin1String(StanceNames[i])) {
            *stance = Stance(i);
            return true;
        }
    }
    return false;
}

} // namespace Recoupe
