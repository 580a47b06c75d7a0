#pragma once
// Search that forgives missing diacritics: "nguyen van" finds "Nguyễn Văn".

#include <QString>

// Lower case, Vietnamese diacritics removed, đ → d.
QString foldForSearch(const QString& text);
// For a file name: folded, every run of other characters one hyphen ("Giám đốc Sở" → "giam-doc-so").
QString fileNameWords(const QString& text);
