#include "core/common/TextFolding.h"

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c == QChar(u'đ') ? QChar(u'd') : c;
    }
    return out;
}
