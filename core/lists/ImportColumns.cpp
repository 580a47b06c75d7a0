#include "core/lists/ImportColumns.h"

#include "core/common/TextFolding.h"

#include <QCoreApplication>

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
} // namespace

bool isBlank(const QStringList& row, const Mapping& mapping)
{
    return std::all_of(mapping.columns.begin(), mapping.columns.end(), [&](int column) { return cell(row, column).isEmpty(); });
}

int Mapping::columnOf(const std::vector<Field>& fields, const QString& key) const
{
    for (size_t i = 0; i < fields.size() && i < columns.size(); ++i)
        if (fields[i].key == key)
            return columns[i];
    return -1;
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString columnTitle(const TextTable& table, const Mapping& mapping, int column)
{
    if (column < 0)
        return {};
    const QString header = mapping.headerRow >= 0 && size_t(mapping.headerRow) < table.rows.size() ? cell(table.rows[size_t(mapping.headerRow)], column)
                                                                                                    : QString();
    return header.isEmpty() ? columnName(column) : QStringLiteral("%1 (%2)").arg(columnName(column), header.left(60));
}

QString foldHeader(const QString& text)
{
    QString folded = foldForSearch(text).simplified();
    while (folded.endsWith(QLatin1Char(':')) || folded.endsWith(QLatin1Char('*')))
        folded = folded.chopped(1).trimmed();
    return folded;
}

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
                present << QStringLiteral("%1 «%2»").arg(columnName(c), cell(header, c).left(60));
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
    for (size_t f = 0; f < fields.size(); ++f)
        for (size_t g = f + 1; g < fields.size(); ++g)
            if (mapping.columns[f] >= 0 && mapping.columns[f] == mapping.columns[g])
                return Error { ImportColumnsText::tr("Cột %1 được chọn cho cả «%2» và «%3»; mỗi cột chỉ dùng cho một mục.")
                                   .arg(columnName(mapping.columns[f]), fields[f].label, fields[g].label),
                    {} };
    return {};
}

QString cell(const QStringList& row, int column)
{
    return column >= 0 && column < row.size() ? row[column].simplified() : QString();
}

int dataRowCount(const TextTable& table, const Mapping& mapping)
{
    int count = 0;
    for (size_t r = size_t(mapping.headerRow + 1); r < table.rows.size(); ++r)
        count += isBlank(table.rows[r], mapping) ? 0 : 1;
    return count;
}

} // namespace ImportColumns
