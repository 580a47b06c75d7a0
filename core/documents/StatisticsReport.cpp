#include "core/documents/StatisticsReport.h"

#include "core/common/DateText.h"
#include "core/documents/Decree30.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AnnualCatalogueRepository.h"

namespace StatisticsReport {

namespace {

// Thông tư số 02/2023/TT-BNV: the circular that issues the forms, and the day the templates print
// as the day they are received (../shared/reference/annual-cycle.md, section 5).
const QString IssuedBy = QStringLiteral("Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ trưởng Bộ Nội vụ");
const QString DueDay = QStringLiteral("Ngày nhận báo cáo: ngày 15 tháng 12 năm báo cáo");

doc::Paragraph text(const QString& words, doc::Align align, bool bold = false, bool italic = false, double sizePt = 12)
{
    doc::Paragraph p;
    p.runs = { doc::Run { words, bold, italic, false, 0 } };
    p.align = align;
    p.sizePt = sizePt;
    return p;
}

doc::Cell cell(std::vector<doc::Paragraph> lines)
{
    doc::Cell c;
    for (doc::Paragraph& p : lines)
        c.blocks.push_back(std::move(p));
    return c;
}

bool hasUnitColumn(const Statistics::FormTable& table) { return table.countUnit.isEmpty(); }

// The heading of the data table: Chỉ tiêu, Mã số, (Đơn vị tính), then the numbered columns.
QStringList headingOf(const Statistics::FormTable& table)
{
    QStringList heading { QStringLiteral("Chỉ tiêu"), QStringLiteral("Mã số") };
    if (hasUnitColumn(table))
        heading << QStringLiteral("Đơn vị tính");
    for (const QString& column : table.columns)
        heading << column;
    return heading;
}

// The letters and numbers under the heading: A, B, (C), 1, 2…
QStringList columnMarks(const Statistics::FormTable& table)
{
    QStringList marks { QStringLiteral("A"), QStringLiteral("B") };
    if (hasUnitColumn(table))
        marks << QStringLiteral("C");
    for (int i = 1; i <= int(table.columns.size()); ++i)
        marks << QString::number(i);
    return marks;
}

QStringList rowTexts(const Statistics::FormTable& table, const Statistics::FormRow& row)
{
    QStringList cells { QString(row.level == 2 ? QStringLiteral("- ") : QString()) + row.label, row.code };
    if (hasUnitColumn(table))
        cells << row.unit;
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        cells << (size_t(i) < row.values.size() ? QString::number(row.values[size_t(i)]) : QString());
    return cells;
}

} // namespace

QString reportingUnit(const Agency& agency)
{
    const QString name = agency.nameForSentences();
    return agency.placeName.isEmpty() ? name : QStringLiteral("%1 tỉnh %2").arg(name, agency.placeName);
}

QString receivingUnit(const Agency& agency)
{
    return agency.placeName.isEmpty() ? QStringLiteral("Sở Nội vụ") : QStringLiteral("Sở Nội vụ tỉnh %1").arg(agency.placeName);
}

Result<Input> load(Database& database, Statistics::Form form, int year)
{
    Result<Agency> agency = AgencyRepository(database).load();
    Result<EvaluationPeriod> period = AnnualCatalogueRepository(database).period();
    Result<Statistics::Sources> sources = Statistics::load(database, year);
    for (const Error* error : { agency.errorIf(), period.errorIf(), sources.errorIf() })
        if (error)
            return *error;
    return Input { agency.value(), Statistics::build(form, sources.value()), year, period.value().documentLabel(year), sources.value().first,
        sources.value().last };
}

doc::Document build(const Input& input)
{
    const Statistics::FormTable& table = input.table;
    doc::Document document;
    document.page = Decree30::pageSetup();
    std::swap(document.page.widthMm, document.page.heightMm); // landscape: the columns need the width
    document.page.leftMm = 20;
    document.page.rightMm = 15;
    document.page.topMm = 12;
    document.page.bottomMm = 12;
    document.title = QStringLiteral("Biểu số %1: %2").arg(Statistics::formNumber(table.form), Statistics::formTitle(table.form));
    document.author = reportingUnit(input.agency);
    const double width = document.page.contentWidthMm();

    // The form's header: its number and basis | its title and period | who reports to whom.
    doc::Table header;
    header.columnWidthsMm = { width * 0.3, width * 0.4, width * 0.3 };
    header.rows.push_back({ cell({ text(QStringLiteral("Biểu số %1").arg(Statistics::formNumber(table.form)), doc::Align::Left, true),
                                text(IssuedBy, doc::Align::Left, false, true, 11), text(DueDay, doc::Align::Left, false, true, 11) }),
        cell({ text(Statistics::formTitle(table.form).toUpper(), doc::Align::Center, true, false, 13),
            text(input.periodLabel.left(1).toUpper() + input.periodLabel.mid(1), doc::Align::Center, true),
            text(QStringLiteral("(Từ ngày %1 đến ngày %2)").arg(dateText(input.first), dateText(input.last)), doc::Align::Center, false, true, 11) }),
        cell({ text(QStringLiteral("Đơn vị báo cáo: %1").arg(reportingUnit(input.agency)), doc::Align::Left, false, false, 11),
            text(QStringLiteral("Đơn vị nhận báo cáo: %1").arg(receivingUnit(input.agency)), doc::Align::Left, false, false, 11) }) });
    document.body.push_back(header);
    doc::Paragraph unit = text(table.countUnit.isEmpty() ? QString() : QStringLiteral("Đơn vị tính: %1").arg(table.countUnit), doc::Align::Right,
        false, true, 11);
    unit.spaceBeforePt = 6;
    document.body.push_back(unit);

    // The data: the label column takes what the numbers leave.
    const QStringList heading = headingOf(table);
    const int numbers = int(table.columns.size());
    const double codeWidth = 12, unitWidth = hasUnitColumn(table) ? 20 : 0;
    // Few columns: wide enough for their headings on a few lines, so a short form stays on one page.
    const double numberWidth = std::min(45.0, (width - 90 - codeWidth - unitWidth) / numbers);
    std::vector<double> widths { width - codeWidth - unitWidth - numberWidth * numbers, codeWidth };
    if (hasUnitColumn(table))
        widths.push_back(unitWidth);
    for (int i = 0; i < numbers; ++i)
        widths.push_back(numberWidth);
    doc::Table data = Decree30::dataTable(widths, heading);
    std::vector<doc::Cell> marks;
    for (const QString& mark : columnMarks(table))
        marks.push_back(Decree30::tableCell(mark, doc::Align::Center, false));
    data.rows.push_back(marks);
    data.headerRows = 2;
    for (const Statistics::FormRow& row : table.rows) {
        const QStringList cells = rowTexts(table, row);
        std::vector<doc::Cell> line;
        for (int c = 0; c < cells.size(); ++c) {
            const bool label = c == 0;
            doc::Cell one = Decree30::tableCell(cells[c], label ? doc::Align::Left : doc::Align::Center, row.level == 0);
            if (label && row.level > 0)
                std::get<doc::Paragraph>(one.blocks.front()).firstLineIndentMm = 4.0 * row.level;
            line.push_back(one);
        }
        data.rows.push_back(line);
    }
    // 11 pt in the table, as statistical forms print, so a short form keeps its signatures on its page.
    for (std::vector<doc::Cell>& cells : data.rows)
        for (doc::Cell& c : cells)
            for (doc::CellBlock& block : c.blocks)
                if (auto* paragraph = std::get_if<doc::Paragraph>(&block))
                    paragraph->sizePt = 11;
    document.body.push_back(data);

    // The place-date line heads the right-hand signature, so the signatures fit under a short table.
    const auto side = [](const QString& first, bool firstItalic, const QString& title, const QString& caption) {
        std::vector<doc::Paragraph> lines { text(first, doc::Align::Center, false, firstItalic, 13), text(title, doc::Align::Center, true, false, 13),
            text(caption, doc::Align::Center, false, true, 13) };
        for (int i = 0; i < 3; ++i) // room for the signature and the seal
            lines.push_back(text(QString(), doc::Align::Center, false, false, 13));
        return cell(std::move(lines));
    };
    doc::Table signatures;
    signatures.keepWithPrevious = true;
    signatures.columnWidthsMm = { width / 2 - 2.5, 5, width / 2 - 2.5 };
    signatures.rows.push_back({ side(QString(), false, QStringLiteral("NGƯỜI LẬP BIỂU"), QStringLiteral("(Ký, họ tên)")), doc::Cell {},
        side(Decree30::placeDateLine(input.agency.placeName, std::nullopt, std::nullopt, input.last.year()), true, QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ"),
            QStringLiteral("(Ký, họ tên, đóng dấu)")) });
    document.body.push_back(signatures);
    return document;
}

XlsxWriter::Sheet sheet(const Input& input)
{
    const Statistics::FormTable& table = input.table;
    XlsxWriter::Sheet sheet;
    sheet.name = QStringLiteral("Biểu %1").arg(Statistics::formCode(table.form));
    sheet.preamble = { { QStringLiteral("Biểu số %1").arg(Statistics::formNumber(table.form)) }, { IssuedBy }, { DueDay },
        { Statistics::formTitle(table.form).toUpper() },
        { QStringLiteral("%1 (từ ngày %2 đến ngày %3)").arg(input.periodLabel.left(1).toUpper() + input.periodLabel.mid(1), dateText(input.first),
            dateText(input.last)) },
        { QStringLiteral("Đơn vị báo cáo:"), reportingUnit(input.agency) }, { QStringLiteral("Đơn vị nhận báo cáo:"), receivingUnit(input.agency) } };
    if (!table.countUnit.isEmpty())
        sheet.preamble.push_back({ QStringLiteral("Đơn vị tính:"), table.countUnit });
    sheet.header = headingOf(table);
    sheet.rows.push_back(columnMarks(table));
    for (const Statistics::FormRow& row : table.rows)
        sheet.rows.push_back(rowTexts(table, row));
    sheet.columnWidths = { 60, 8 };
    if (hasUnitColumn(table))
        sheet.columnWidths.push_back(12);
    const int first = hasUnitColumn(table) ? 3 : 2;
    sheet.numericColumns = std::vector<bool>(size_t(first), false);
    for (int i = 0; i < int(table.columns.size()); ++i) {
        sheet.columnWidths.push_back(16);
        sheet.numericColumns.push_back(true);
    }
    return sheet;
}

QString suggestedFileName(const Input& input, const QString& suffix)
{
    return QStringLiteral("BM-%1-%2.%3").arg(Statistics::formCode(input.table.form)).arg(input.year).arg(suffix);
}

} // namespace StatisticsReport
