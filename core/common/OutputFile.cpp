#include "core/common/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace OutputFile {

namespace {

struct OutputFileText {
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
};

QString reason(const QString& target, const QString& systemError)
{
    const QFileInfo info(target);
    const QDir folder = info.absoluteDir();
    if (!folder.exists())
        return OutputFileText::tr("thư mục «%1» không tồn tại").arg(QDir::toNativeSeparators(folder.absolutePath()));
    if (info.exists()) {
        if (info.isDir())
            return OutputFileText::tr("đó là một thư mục");
        if (!info.isWritable())
            return OutputFileText::tr("tệp chỉ cho đọc");
        // Excel and Word hold the files they show open without sharing them for writing.
        QFile probe(target);
        if (!probe.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
            return OutputFileText::tr("tệp đang được mở trong chương trình khác (Excel, Word…), hãy đóng tệp rồi thử lại");
    }
    QTemporaryFile folderProbe(folder.filePath(QStringLiteral("thidua-XXXXXX.tmp")));
    if (!folderProbe.open())
        return OutputFileText::tr("không có quyền ghi vào thư mục «%1»").arg(QDir::toNativeSeparators(folder.absolutePath()));
    return systemError.isEmpty() ? OutputFileText::tr("lỗi hệ thống") : systemError;
}

} // namespace

Error cannotWrite(const QString& target, const QString& systemError)
{
    return Error { OutputFileText::tr("Không ghi được tệp «%1»: %2.").arg(QDir::toNativeSeparators(target), reason(target, systemError)),
        systemError };
}

Status moveIntoPlace(const QString& finished, const QString& target)
{
    // Beside the target first, so the last step is a rename within one folder.
    const QString beside = target + QStringLiteral(".dang-ghi");
    if (QFileInfo(finished).absoluteFilePath() != QFileInfo(beside).absoluteFilePath()) {
        QFile::remove(beside);
        QFile moved(finished);
        if (!moved.rename(beside)) {
            const QString why = moved.errorString();
            QFile::remove(finished);
            QFile::remove(beside);
            return cannotWrite(target, why);
        }
    }
    if (QFile::exists(target)) {
        QFile old(target);
        if (!old.remove()) {
            const QString why = old.errorString();
            QFile::remove(beside);
            return cannotWrite(target, why);
        }
    }
    QFile done(beside);
    if (!done.rename(target)) {
        const QString why = done.errorString();
        QFile::remove(beside);
        return cannotWrite(target, why);
    }
    return {};
}

} // namespace OutputFile
