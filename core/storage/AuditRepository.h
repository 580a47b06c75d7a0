#pragma once
// Reads the audit trail the database's triggers write (see migration 0007) and writes it as CSV.

#include "core/common/Result.h"
#include "core/documents/writers/XlsxWriter.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

class Database;

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor; // the operating-system user
    QString entity; // "unit", "person", "campaign", "assessment", "proposal"
    qint64 entityId = 0;
    QString field; // the column; "*" for a record added or deleted
    QString oldValue; // empty for an addition
    QString newValue; // empty for a deletion
    // In the clerk's words, filled by find(): what the record is ("Lò Văn Hùng — «Hoàn thành tốt
    // nhiệm vụ…»"), the values with labels and names for codes and numbers ("Đạt", "Văn phòng").
    QString subject;
    QString oldText;
    QString newText;
};

struct AuditFilter {
    std::optional<QDate> from; // inclusive
    std::optional<QDate> to; // inclusive
    QString entity; // empty: every kind
    QString text; // in the field, the old or the new value, or the user
    int limit = 5000; // newest first
};

class AuditRepository final {
public:
    explicit AuditRepository(Database& database)
        : m_db(database)
    {
    }

    Result<std::vector<AuditEntry>> find(const AuditFilter& filter) const;
    Result<int> count() const;

    static QString entityLabel(const QString& entity); // translated: "Đơn vị", "Cán bộ"…
    static QStringList entities();
    // A field as the clerk reads it ("Tên", "Trạng thái"…).
    static QString fieldLabel(const QString& field);
    // The entries as CSV (UTF-8 with a byte-order mark, so Excel reads the Vietnamese letters).
    static XlsxWriter::Sheet table(const std::vector<AuditEntry>& entries); // as the page shows them
    static Status writeCsv(const std::vector<AuditEntry>& entries, const QString& path);
    static Status writeXlsx(const std::vector<AuditEntry>& entries, const QString& path);

private:
    struct Names; // the names of the records the entries refer to
    Result<Names> names() const;
    static QString valueText(const Names& names, const QString& field, const QString& value);
    static QString subjectText(const Names& names, const AuditEntry& entry);

    Database& m_db;
};
