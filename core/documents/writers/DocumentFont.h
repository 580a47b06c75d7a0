#pragma once
// The font documents are drawn with, with stand-ins where it is missing: Tinos (fonts-croscore)
// has the metrics of Times New Roman and every Vietnamese letter in every style, unlike the older
// Liberation Serif whose bold face lacks them and would pull glyphs from another family.

#include <QFont>
#include <QString>
#include <QStringList>

inline QFont documentFont(const QString& family, double pointSize)
{
    QFont font;
    font.setFamilies({ family, QStringLiteral("Tinos"), QStringLiteral("Liberation Serif") });
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPointSizeF(pointSize);
    return font;
}
