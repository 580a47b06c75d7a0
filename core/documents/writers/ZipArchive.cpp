#include "core/documents/writers/ZipArchive.h"

#include "core/common/LibraryPath.h"
#include "core/common/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <zip.h>

Status writeZipArchive(const QString& path, const std::vector<ZipEntry>& entries)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return OutputFile::cannotWrite(path, {});
    const QString partial = target.absoluteFilePath() + QStringLiteral(".dang-ghi");
    QFile::remove(partial);
    const QByteArray encodedPath = LibraryPath::forLibrary(partial);
    int errorCode = 0;
    zip_t* archive = zip_open(encodedPath.constData(), ZIP_CREATE | ZIP_TRUNCATE, &errorCode);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, errorCode);
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return OutputFile::cannotWrite(path, detail);
    }
    for (const ZipEntry& entry : entries) {
        // libzip reads the buffers at zip_close(); `entries` outlives that call.
        zip_source_t* source = zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        const QByteArray name = entry.name.toUtf8();
        if (!source || zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            const QString detail = QString::fromUtf8(zip_strerror(archive));
            if (source)
                zip_source_free(source);
            zip_discard(archive);
            QFile::remove(partial);
            return OutputFile::cannotWrite(path, detail);
        }
    }
    if (zip_close(archive) < 0) {
        const QString detail = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        QFile::remove(partial);
        return OutputFile::cannotWrite(path, detail);
    }
    return OutputFile::moveIntoPlace(partial, path);
}
