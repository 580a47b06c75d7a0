#pragma once
// How documents name a person's post: the position, the unit unless the position already names
// it, and the agency, the way a reader outside the agency needs it ("Chánh Văn phòng Sở Khoa học
// và Công nghệ", "Chuyên viên Phòng Quản lý khoa học, Sở Khoa học và Công nghệ").

#include "core/domain/Unit.h"

#include <QString>

// agencyInSentence: "Sở Khoa học và Công nghệ"; empty leaves the agency out.
QString positionAndUnit(const QString& position, const Unit& unit, const QString& agencyInSentence);
