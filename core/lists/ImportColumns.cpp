#include "core/lists/ImportColumns.h"

#include "core/common/TextFolding.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ImportColumns {

namespace {
struct ImportColumnsText {
    Q_DECLARE_TR_FUNCTIONS(ImportColumns)
};

constexpr int HeaderSearchRows = 20;

bool namesField(const Field& field, const QString& folded)
{
    if (folded.isEmpty())
        return false;
    if (foldHeader(field.label) == folded)
        return true;
    return std::any_of(field.aliases.begin(), field.aliases.end(), [&](const QString& alias) { return foldHeader(alias) == folded; });
}
bool isBlank(const QStringList& row, const Mapping& mapping)
{
    return std::all_of(mapping.columns.begin(), mapping.columns.end(), [&](int column) { return cell(row, column).isEmpty(); });
}
} // namespace

int Mapping::columnOf(const std::vector<Field>& fields, const QString& key) const
{
    for (size_t i = 0; i < fields.size() && i < columns.size(); ++i)
        if (fields[i].key == key)
            return columns[i];
    return -1;
}

QString columnTitle(const TextTable& table, const Mapping& mapping, int column)
{
    if (column < 0)
        return {};
    const QString header = mapping.headerRow >= 0 && size_t(mapping.headerRow) < table.rows.size() ? cell(table.rows[size_t(mapping.headerRow)], column)
                                                                                                    : QString();
    return header.isEmpty() ? TextTable::columnName(column) : QStringLiteral("%1 (%2)").arg(TextTable::columnName(column), header.left(60));
}

QString foldHeader(const QString& text)
{
    QString folded = foldForSearch(text).simplified();
    while (folded.endsWith(QLatin1Char(':')) || folded.endsWith(QLatin1Char('*')))
        folded = folded.chopped(1).trimmed();
    return folded;
}

QString nameKey(const QString& name) { return name.normalized(QString::NormalizationForm_C).simplified().toLower(); }

Mapping guess(const std::vector<Field>& fields, const TextTable& table)
{
    Mapping best;
    best.columns.assign(fields.size(), -1);
    int bestScore = 0;
    const int rows = std::min<int>(HeaderSearchRows, int(table.rows.size()));
    for (int r = 0; r < rows; ++r) {
        const QStringList& row = table.rows[size_t(r)];
        Mapping candidate { r, std::vector<int>(fields.size(), -1) };
        int score = 0;
        bool namesRequired = false;
        for (size_t f = 0; f < fields.size(); ++f)
            for (int c = 0; c < row.size(); ++c) {
                const bool taken = std::find(candidate.columns.begin(), candidate.columns.end(), c) != candidate.columns.end();
                if (!taken && namesField(fields[f], foldHeader(row[c]))) {
                    candidate.columns[f] = c;
                    ++score;
                    namesRequired = namesRequired || fields[f].required;
                    break;
                }
            }
        if (namesRequired && score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

Status check(const std::vector<Field>& fields, const TextTable& table, const Mapping& mapping)
{
    QStringList present;
    if (mapping.headerRow >= 0 && size_t(mapping.headerRow) < table.rows.size()) {
        const QStringList& header = table.rows[size_t(mapping.headerRow)];
        for (int c = 0; c < header.size(); ++c)
            if (!cell(header, c).isEmpty())
                present << QStringLiteral("%1 «%2»").arg(TextTable::columnName(c), cell(header, c).left(60));
    }
    const QString found = present.isEmpty() ? ImportColumnsText::tr("Không tìm thấy dòng tiêu đề nào trong 20 dòng đầu.")
                                            : ImportColumnsText::tr("Các cột trong tệp: %1.").arg(present.join(QStringLiteral(", ")));
    QStringList missing;
    for (size_t f = 0; f < fields.size(); ++f)
        if (fields[f].required && (f >= mapping.columns.size() || mapping.columns[f] < 0))
            missing << QStringLiteral("«%1»").arg(fields[f].label);
    if (!missing.isEmpty())
        return Error { ImportColumnsText::tr("Thiếu cột %1. %2 Hãy chọn cột tương ứng hoặc sửa dòng tiêu đề trong tệp.").arg(missing.join(QStringLiteral(", ")), found),
            {} };
    // Two columns titled for the same field: which one holds the data is for the clerk to say.
    if (mapping.headerRow >= 0 && size_t(mapping.headerRow) < table.rows.size()) {
        const QStringList& header = table.rows[size_t(mapping.headerRow)];
        for (size_t f = 0; f < fields.size(); ++f) {
            QStringList twins;
            for (int c = 0; c < header.size(); ++c)
                if (namesField(fields[f], foldHeader(header[c])))
                    twins << QStringLiteral("%1 «%2»").arg(TextTable::columnName(c), cell(header, c).left(60));
            if (twins.size() > 1)
                return Error { ImportColumnsText::tr("Có %1 cột cùng là «%2»: %3. Hãy đổi tên hoặc xóa cột thừa trong tệp rồi đọc lại.")
                                   .arg(twins.size())
                                   .arg(fields[f].label, twins.join(QStringLiteral(", "))),
                    {} };
        }
    }
    for (size_t f = 0; f < fields.size(); ++f)
        for (size_t g = f + 1; g < fields.size(); ++g)
            if (mapping.columns[f] >= 0 && mapping.columns[f] == mapping.columns[g])
                return Error { ImportColumnsText::tr("Cột %1 được chọn cho cả «%2» và «%3»; mỗi cột chỉ dùng cho một mục.")
                                   .arg(TextTable::columnName(mapping.columns[f]), fields[f].label, fields[g].label),
                    {} };
    return {};
}

QString cell(const QStringList& row, int column)
{
    return column >= 0 && column < row.size() ? row[column].simplified() : QString();
}

std::vector<int> dataRows(const TextTable& table, const Mapping& mapping)
{
    std::vector<int> rows;
    for (size_t r = size_t(mapping.headerRow + 1); r < table.rows.size(); ++r)
        if (!isBlank(table.rows[r], mapping))
            rows.push_back(int(r));
    return rows;
}

RowReader::RowReader(const std::vector<Field>& fields, const TextTable& table, const Mapping& mapping, int index, std::vector<Problem>& problems)
    : m_fields(fields)
    , m_table(table)
    , m_mapping(mapping)
    , m_row(table.rows[size_t(index)])
    , m_rowNumber(index + 1)
    , m_problems(problems)
    , m_problemsBefore(problems.size())
{
}

int RowReader::column(const QString& key) const { return m_mapping.columnOf(m_fields, key); }

const Field& RowReader::fieldOf(const QString& key) const
{
    return *std::find_if(m_fields.begin(), m_fields.end(), [&](const Field& f) { return f.key == key; });
}

QString RowReader::checked(const QString& key, const QString& value, int maxLength)
{
    const Field& field = fieldOf(key);
    if (value.isEmpty() && field.required && !field.blankAllowed)
        problem(key, ImportColumnsText::tr("«%1» để trống.").arg(field.label));
    else if (value.size() > maxLength)
        problem(key, ImportColumnsText::tr("dài %L1 ký tự, vượt quá giới hạn %L2 ký tự.").arg(value.size()).arg(maxLength));
    return value.size() > maxLength ? QString() : value;
}

QString RowReader::text(const QString& key, int maxLength) { return checked(key, cell(m_row, column(key)), maxLength); }

QString RowReader::longText(const QString& key, int maxLength)
{
    const int c = column(key);
    return checked(key, c >= 0 && c < m_row.size() ? m_row[c].trimmed() : QString(), maxLength);
}

int RowReader::count(const QString& key)
{
    const QString value = text(key, 40);
    if (value.isEmpty())
        return 0;
    static const QRegularExpression whole(QStringLiteral("^(\\d{1,6})(\\.0+)?$"));
    if (const auto match = whole.match(value); match.hasMatch())
        return match.captured(1).toInt();
    problem(key, ImportColumnsText::tr("«%1» không phải là một số nguyên không âm.").arg(value));
    return 0;
}

std::optional<QDate> RowReader::date(const QString& key)
{
    const QString value = text(key, 40);
    if (value.isEmpty())
        return std::nullopt;
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})(\\.0+)?$"));
    QDate day;
    if (const auto match = serial.match(value); match.hasMatch())
        day = QDate(1899, 12, 30).addDays(match.captured(1).toLongLong()); // Excel's day number
    for (const QString& format : { QStringLiteral("d/M/yyyy"), QStringLiteral("yyyy-MM-dd"), QStringLiteral("d.M.yyyy"), QStringLiteral("d-M-yyyy") })
        if (!day.isValid())
            day = QDate::fromString(value.section(QLatin1Char(' '), 0, 0), format);
    if (!day.isValid()) {
        problem(key, ImportColumnsText::tr("«%1» không phải là ngày; ghi theo dạng ngày/tháng/năm, ví dụ 15/12/2025.").arg(value));
        return std::nullopt;
    }
    return day;
}

void RowReader::problem(const QString& key, const QString& message)
{
    m_problems.push_back({ m_rowNumber, columnTitle(m_table, m_mapping, column(key)), message });
}

} // namespace ImportColumns
