#pragma once
// The agency database: one SQLite file (.thidua) opened through Qt Sql. Opening checks the
// file before touching it, upgrades the schema by numbered migrations (saving a copy first),
// and every write runs inside transact().

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class WriterLock;

class Database final {
public:
    static constexpr int ApplicationId = 0x54445541; // "TDUA", marks a file as ours
    static constexpr int AuditSchemaVersion = 7; // from this version on, changes are logged
    static const QString FileSuffix; // "thidua"
    // Up to this size the open runs SQLite's full integrity_check (indexes against their tables
    // too); above it, quick_check, and the window runs checkWhole() in the background. Measured by
    // thidua_bench_integrity: under half a second here.
    static constexpr qint64 FullCheckBytes = 64LL * 1024 * 1024;
    static qint64 fullCheckBytes(); // FullCheckBytes unless a test lowered it
    static void setFullCheckBytes(qint64 bytes); // for tests: makes a small file count as large
    // SQLite's full integrity_check on the file through its own read-only connection, so it can run
    // on another thread while the window keeps working: an error names the damage.
    static Status checkWhole(const QString& path);

    // Opens (or creates) the database at path. Refuses, leaving the file untouched, a file that
    // is not SQLite, is damaged, belongs to another program or comes from a newer version, and a
    // file another process has open for writing (WriterLock: the message names who).
    // schemaVersion below the latest is for tests that need a file as an older version left it.
    static Result<std::unique_ptr<Database>> open(const QString& path, int schemaVersion = latestSchemaVersion());
    // Opens an existing file to read only, after the same checks: nothing is written to it (no
    // upgrade, no journal change, no user name), so a file can be looked at without changing a
    // byte of it. A file from an older version is refused (it needs the upgrade a writer does).
    static Result<std::unique_ptr<Database>> openReadOnly(const QString& path);
    static int latestSchemaVersion();
    // Points a connection at the file to read only. A WAL file in a folder that cannot be written
    // (a read-only share, a CD, a locked-down folder) has no shared-memory file and cannot get one:
    // it is then opened as immutable, which SQLite reads without creating anything beside it.
    static void setUpReadOnly(QSqlDatabase& connection, const QString& path, const QString& extraOptions = {});

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // Where the copy made before an upgrade went; empty when no upgrade was needed.
    QString upgradeBackupPath() const { return m_upgradeBackupPath; }
    // False when the open ran only quick_check (a file above fullCheckBytes()): checkWhole() is due.
    bool wasFullyChecked() const { return m_fullyChecked; }

    // Writes a consistent copy of the whole database to target (SQLite's VACUUM INTO), replacing
    // target only once the copy is complete.
    Status saveCopyTo(const QString& target);

    // Runs work in a transaction (a savepoint when nested): committed when it succeeds, rolled
    // back when it fails, so nothing is ever half-written.
    Status transact(const std::function<Status()>& work);

private:
    Status nameAuditActor(); // the operating-system user, for the audit trail's triggers
    Database(QString path, QString connectionName);
    Status configure();
    Status migrate(int fromVersion, int toVersion);
    Status exec(const QString& sql);

    QString m_path;
    QString m_connectionName;
    QString m_upgradeBackupPath;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
    bool m_fullyChecked = true;
    std::shared_ptr<WriterLock> m_lock; // held while open for writing
};
