#pragma once
// The agency profile (one per database) and the people who may sign its documents.

#include <QString>

struct Agency {
    QString parentAuthority; // "UBND TỈNH LAI CHÂU"
    QString name; // "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    QString abbreviation; // used in document numbers: "…/KH-SKHCN"
    QString placeName; // "Lai Châu" in the place-and-date line
};

struct Signer {
    qint64 id = 0;
    QString fullName; // "Trần Văn Tuấn"
    QString position; // "PHÓ GIÁM ĐỐC"
    QString signingPrefix; // "KT. GIÁM ĐỐC"; empty when the head signs in person
};
