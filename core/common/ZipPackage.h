#pragma once
// A zip package (an XLSX workbook, a DOCX document) opened read-only with libzip, its parts read
// whole and bounded. The failures carry their detail as the message; the reader of the format
// says what the file was supposed to be.

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

struct zip;

class ZipPackage final {
public:
    // The path goes through LibraryPath (Vietnamese letters on Windows).
    static Result<ZipPackage> open(const QString& path);

    bool has(const QString& part) const;
    // The part, whole; refused when missing, damaged or larger than maxBytes uncompressed.
    Result<QByteArray> read(const QString& part, qint64 maxBytes) const;

private:
    explicit ZipPackage(zip* archive);
    std::shared_ptr<zip> m_archive;
};
