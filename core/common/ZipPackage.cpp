#include "core/common/ZipPackage.h"

#include "core/common/LibraryPath.h"

#include <QCoreApplication>
#include <zip.h>

namespace {
struct ZipPackageText {
    Q_DECLARE_TR_FUNCTIONS(ZipPackage)
};
} // namespace

ZipPackage::ZipPackage(zip* archive)
    : m_archive(archive, &zip_close)
{
}

Result<ZipPackage> ZipPackage::open(const QString& path)
{
    int errorCode = 0;
    zip_t* archive = zip_open(LibraryPath::forLibrary(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &errorCode);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, errorCode);
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return Error { detail, {} };
    }
    return ZipPackage(archive);
}

bool ZipPackage::has(const QString& part) const
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    return zip_stat(m_archive.get(), part.toUtf8().constData(), 0, &stat) == 0;
}

Result<QByteArray> ZipPackage::read(const QString& part, qint64 maxBytes) const
{
    const QByteArray encoded = part.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_archive.get(), encoded.constData(), 0, &stat) != 0)
        return Error { ZipPackageText::tr("thiếu phần «%1»").arg(part), {} };
    if ((stat.valid & ZIP_STAT_SIZE) == 0 || stat.size > zip_uint64_t(maxBytes))
        return Error { ZipPackageText::tr("phần «%1» quá lớn").arg(part), {} };
    zip_file_t* file = zip_fopen(m_archive.get(), encoded.constData(), 0);
    if (!file)
        return Error { QString::fromUtf8(zip_strerror(m_archive.get())), {} };
    QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, data.data(), stat.size);
    zip_fclose(file);
    if (read < 0 || zip_uint64_t(read) != stat.size)
        return Error { ZipPackageText::tr("không đọc hết phần «%1»").arg(part), {} };
    return data;
}
