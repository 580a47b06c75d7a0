#include "tests/support/DocumentChecker.h"

#include "tests/support/Catch.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TextCompare.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

// Each page's lines (layout mode), without the page number printed alone at the top.
std::vector<QStringList> pagesOf(const QString& pdf)
{
    std::vector<QStringList> pages;
    const QStringList raw = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") }).split(QLatin1Char('\f'));
    for (const QString& page : raw) {
        QStringList lines;
        for (const QString& line : page.split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                lines << line.simplified();
        if (lines.isEmpty())
            continue;
        if (isPageNumber(lines.first(), int(pages.size()) + 1))
            lines.removeFirst();
        pages.push_back(lines);
    }
    return pages;
}

QString firstWords(const QString& line, int count) { return line.section(QLatin1Char(' '), 0, count - 1); }

// A line that belongs to a signature block or to the recipients beside it.
bool signatureLine(const QString& line)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(Nơi nhận|KT\\.|TM\\.|TL\\.|Q\\.|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|CHÁNH VĂN PHÒNG|THƯ KÝ|CHỦ TỊCH|THỦ TRƯỞNG|NGƯỜI BÁO CÁO|ĐẠI DIỆN|VĂN PHÒNG|- Như|- Lưu)"));
    return pattern.match(line).hasMatch();
}

} // namespace

QStringList unicodeDestinations(const QByteArray& pdf)
{
    QStringList codes;
    qsizetype from = 0;
    const QRegularExpression arrays(QStringLiteral("\\[([^\\]]*)\\]"));
    const QRegularExpression code(QStringLiteral("<([0-9A-Fa-f]+)>"));
    const QRegularExpression pairs(QStringLiteral("^<[0-9A-Fa-f]+>\\s+<([0-9A-Fa-f]+)>\\s*$"), QRegularExpression::MultilineOption);
    while ((from = pdf.indexOf("begincmap", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", from);
        REQUIRE(end > from);
        const QString cmap = QString::fromLatin1(pdf.mid(from, end - from));
        for (const QRegularExpressionMatch& array : arrays.globalMatch(cmap))
            for (const QRegularExpressionMatch& value : code.globalMatch(array.captured(1)))
                codes << value.captured(1).toUpper();
        for (const QRegularExpressionMatch& pair : pairs.globalMatch(cmap))
            codes << pair.captured(1).toUpper();
        from = end;
    }
    return codes;
}

void requireReviewable(const QString& docx, const QString& pdf, TestFolder& folder, const ReviewExpectations& expected)
{
    // THIDUA_DOCUMENTS_DIR=folder keeps a copy of every document reviewed, to look at them.
    if (const QString keep = qEnvironmentVariable("THIDUA_DOCUMENTS_DIR"); !keep.isEmpty()) {
        QDir().mkpath(keep);
        for (const QString& made : { docx, pdf }) {
            const QString copy = QDir(keep).filePath(QFileInfo(made).fileName());
            QFile::remove(copy);
            QFile::copy(made, copy);
        }
    }
    const QString name = QFileInfo(pdf).fileName();
    INFO("document " << name.toStdString());
    const std::vector<QStringList> ours = pagesOf(pdf);
    const std::vector<QStringList> office = pagesOf(libreOfficePdf(docx, folder.file(QString())));
    REQUIRE_FALSE(ours.empty());

    // The same page breaks in ThiDua's PDF and in LibreOffice's layout of the DOCX. The two lay
    // lines out with their own word spacing, so a long paragraph may wrap one word apart: a page
    // may begin one line earlier or later in the other, never more.
    CHECK(ours.size() == office.size());
    auto nearby = [](const std::vector<QStringList>& pages, size_t page, const QString& words) {
        QStringList lines { pages[page - 1].last() };
        lines << pages[page].mid(0, 2);
        for (const QString& line : lines)
            if (line.contains(words))
                return true;
        return false;
    };
    for (size_t page = 1; page < std::min(ours.size(), office.size()); ++page) {
        INFO("page " << page + 1 << ": ThiDua begins «" << ours[page].first().toStdString() << "», LibreOffice «"
                     << office[page].first().toStdString() << "»");
        CHECK(nearby(office, page, firstWords(ours[page].first(), 3)));
        CHECK(nearby(ours, page, firstWords(office[page].first(), 3)));
    }
    // No page that holds only the signature block or the recipients.
    for (const auto* pages : { &ours, &office })
        for (size_t page = 1; page < pages->size(); ++page) {
            INFO("page " << page + 1 << " begins: " << (*pages)[page].first().toStdString());
            CHECK_FALSE(signatureLine((*pages)[page].first()));
        }
    const QString firstPage = ours.front().join(QLatin1Char('\n'));
    // The motto as the decree writes it.
    if (firstPage.contains(QStringLiteral("Tự do")))
        CHECK(firstPage.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    // The document's own year on its date line.
    if (expected.year > 0) {
        const QRegularExpressionMatch date = QRegularExpression(QStringLiteral(", ngày [0-9 ]*tháng [0-9 ]*năm (\\d{4})")).match(firstPage);
        REQUIRE(date.hasMatch());
        CHECK(date.captured(1).toInt() == expected.year);
    }
    // Every word inside the text block: 30 mm from the left edge, 15 mm from the right.
    const QString boxes = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), pdf, QStringLiteral("-") });
    const QRegularExpression word(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"[^>]*>([^<]*)</word>"));
    constexpr double PointsPerMm = 72 / 25.4;
    double leftmost = 1000, rightmost = 0;
    for (const QRegularExpressionMatch& match : word.globalMatch(boxes)) {
        leftmost = std::min(leftmost, match.captured(1).toDouble() / PointsPerMm);
        rightmost = std::max(rightmost, match.captured(2).toDouble() / PointsPerMm);
    }
    CHECK(leftmost >= 30 - 0.5);
    CHECK(rightmost <= 195 + 0.5);
    // Text copied out of it: spaces are spaces.
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(unicodeDestinations(file.readAll()).contains(QStringLiteral("0009")));
}
