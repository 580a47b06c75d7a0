#pragma once
// A unit of the agency (phòng, đơn vị): the collective that takes part in a campaign.

#include <QString>

enum class UnitKind { Office, Inspectorate, Division, PublicService };

struct Unit {
    qint64 id = 0;
    QString name; // "Văn phòng"
    QString code; // short code, unique: "VP"
    UnitKind kind = UnitKind::Division;
    bool isSample = false; // part of the built-in sample list the clerk may delete in one go
    qint64 rowVersion = 0; // the stored row's version when read: a save based on an older one is refused

    friend bool operator==(const Unit&, const Unit&) = default;
};
