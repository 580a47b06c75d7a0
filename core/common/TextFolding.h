#pragma once
// Search that forgives missing diacritics: "nguyen van" finds "Nguyễn Văn".

#include <QString>

// Lower case, Vietnamese diacritics removed, đ → d.
QString foldForSearch(const QString& text);
