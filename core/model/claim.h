// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

namespace Recoupe {

// A statement by the investigator, with the annotations it rests on.
struct Claim
{
    enum class Status
    {
        ToVerify,
        Supported,
        Disputed,
        Refuted
    };
    enum class Stance
    {
        None,
        Asserts,
        Denies,
        Reports,
        Doubts
    };

    qint64 id = 0;
    QString text;
    QString note;
    Status status = Status::ToVerify;
    qint64 speakerId = 0; // the entity that makes the statement, 0 if none
    Stance stance = Stance::None;
    QDateTime created;
    QDateTime modified;
    QVector<qint64> evidenceIds; // annotations
    QVector<qint64> subjectIds; // entities
    QVector<qint64> tagIds;

    static QString statusName(Status status); // stored form: "to_verify", …
    static bool statusFromName(const QString &name, Status *status);
    static QString stanceName(Stance stance); // stored form: "", "asserts", …
    static bool stanceFromName(const QString &name, Stance *stance);
};

} // namespace Recoupe
