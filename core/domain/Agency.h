#pragma once
// The agency profile (one per database) and the people who may sign its documents.

#include <QString>

struct Agency {
    QString parentAuthority; // "UBND TỈNH LAI CHÂU"; two lines ("\n") for a body under a body
    QString name; // "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    QString abbreviation; // used in document numbers: "…/KH-SKHCN"
    QString placeName; // "Lai Châu" in the place-and-date line
    QString nameInText; // "Sở Khoa học và Công nghệ", as sentences write it; may be empty

    // nameInText, or the name with only its first letter upper-case when none was given.
    QString nameForSentences() const;
};

struct Signer {
    qint64 id = 0;
    QString fullName; // "Trần Văn Tuấn"
    QString position; // "PHÓ GIÁM ĐỐC"
    QString signingPrefix; // "KT. GIÁM ĐỐC"; empty when the head signs in person
};
