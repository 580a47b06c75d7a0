#include "core/common/TextFolding.h"

#include <QRegularExpression>

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

QString fileNameWords(const QString& text)
{
    QString words = foldForSearch(text);
    words.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    words.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return words;
}
