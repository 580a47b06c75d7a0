#include "core/common/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
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

Status copyIntoPlace(const QString& source, const QString& target)
{
    // Copied through QSaveFile: the bytes go to a new file in the target's folder (so it takes that
    // folder's permissions), which then replaces the target in one step.
    QFile from(source);
    if (!from.open(QIODevice::ReadOnly))
        return cannotWrite(target, from.errorString());
    QSaveFile copy(target);
    bool written = copy.open(QIODevice::WriteOnly);
    while (written && !from.atEnd()) {
        const QByteArray chunk = from.read(1 << 20);
        written = !chunk.isEmpty() && copy.write(chunk) == chunk.size();
    }
    if (!written || !copy.commit()) {
        const QString why = copy.errorString();
        copy.cancelWriting();
        return cannotWrite(target, why);
    }
    return {};
}

Status moveIntoPlace(const QString& finished, const QString& target)
{
    const Status copied = copyIntoPlace(finished, target);
    QFile::remove(finished);
    return copied;
}

} // namespace OutputFile
