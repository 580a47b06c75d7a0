#pragma once
// Compares document text with the seed plan, a PDF-to-text dump whose line breaks, page breaks
// and spacing around hyphens are not content.

#include <QRegularExpression>
#include <QString>
#include <QStringList>

inline QString normalizedText(QString text)
{
    text.remove(QChar(0xFEFF)); // byte-order mark
    // The seed's motto has Word's autoformatted en dashes; Decree 30 writes hyphens.
    text.replace(QStringLiteral("Độc lập – Tự do – Hạnh phúc"), QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    text.replace(QRegularExpression(QStringLiteral(" ?- ?")), QStringLiteral("-"));
    text.replace(QStringLiteral("/ "), QStringLiteral("/")); // a line may break after a slash
    return text.trimmed();
}

// A page's number as printed alone on a line: the page's position in the document, or, after an
// annex restarted the numbering, a smaller number from 2 on.
inline bool isPageNumber(const QString& line, int pagePosition)
{
    bool ok = false;
    const int value = line.trimmed().toInt(&ok);
    return ok && value >= 2 && value <= pagePosition;
}

// pdftotext marks page breaks with form feeds; the page number, a line of its own at the start or
// the end of a page (it depends on drawing order), is not content. Nor is a data table's header
// row at the head of a page after the first, where it is printed again (`repeatedHeaders`: the
// header rows' text, normalised).
inline QString withoutPageNumbers(const QString& text, const QStringList& repeatedHeaders = {})
{
    QStringList pages = text.split(QLatin1Char('\f'));
    for (int i = 0; i < pages.size(); ++i) {
        QStringList lines = pages[i].split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!lines.isEmpty() && isPageNumber(lines.first(), i + 1))
            lines.removeFirst();
        else if (!lines.isEmpty() && isPageNumber(lines.last(), i + 1))
            lines.removeLast();
        pages[i] = lines.join(QLatin1Char('\n'));
        if (i == 0)
            continue;
        const QString page = normalizedText(pages[i]);
        for (const QString& header : repeatedHeaders)
            if (page.startsWith(header + QLatin1Char(' '))) {
                pages[i] = page.mid(header.size() + 1);
                break;
            }
    }
    return pages.join(QLatin1Char('\n'));
}

// Index of the first word where two texts part, for a readable failure message.
inline QString firstDifference(const QString& expected, const QString& actual)
{
    const QStringList a = expected.split(QLatin1Char(' ')), b = actual.split(QLatin1Char(' '));
    for (int i = 0; i < std::min(a.size(), b.size()); ++i)
        if (a[i] != b[i])
            return QStringLiteral("word %1: expected «%2», got «%3»")
                .arg(i)
                .arg(a.mid(std::max(0, i - 4), 10).join(QLatin1Char(' ')), b.mid(std::max(0, i - 4), 10).join(QLatin1Char(' ')));
    return a.size() == b.size() ? QString() : QStringLiteral("lengths differ: %1 vs %2 words").arg(a.size()).arg(b.size());
}
