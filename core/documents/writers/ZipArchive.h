#pragma once
// Writes a zip archive with libzip (deflate), replacing the target only once it is complete.

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <utility>
#include <vector>

struct ZipEntry {
    QString name; // path inside the archive, forward slashes
    QByteArray data;
};

Status writeZipArchive(const QString& path, const std::vector<ZipEntry>& entries);
