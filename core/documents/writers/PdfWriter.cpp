#include "core/documents/writers/PdfWriter.h"

#include "core/common/OutputFile.h"

#include "core/documents/writers/PagedRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace PdfWriter {

namespace {
struct PdfWriterText {
    Q_DECLARE_TR_FUNCTIONS(PdfWriter)
};
} // namespace

Status writeWith(const QString& title, const QString& path, const std::function<int(QPdfWriter&)>& paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return OutputFile::cannotWrite(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(600);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("ThiDua"));
        const int pages = paint(pdf);
        if (pages <= 0) {
            file.cancelWriting();
            return Error { pages < 0 ? PdfWriterText::tr("Đã hủy: chưa ghi tệp «%1».").arg(QDir::toNativeSeparators(path))
                                     : PdfWriterText::tr("Không tạo được tệp PDF «%1».").arg(QDir::toNativeSeparators(path)),
                {} };
        }
    }
    if (!file.commit())
        return OutputFile::cannotWrite(path, file.errorString());
    return {};
}

Status write(const doc::Document& document, const QString& path)
{
    return writeWith(document.title, path, [&](QPdfWriter& pdf) { return PagedRenderer::render(document, pdf); });
}

Status writeSeries(const QString& title, int count, const std::function<doc::Document(int)>& documentAt, const QString& path,
    const std::function<bool(int)>& progress)
{
    return writeWith(title, path, [&](QPdfWriter& pdf) { return PagedRenderer::renderSeries(count, documentAt, pdf, progress); });
}

} // namespace PdfWriter
