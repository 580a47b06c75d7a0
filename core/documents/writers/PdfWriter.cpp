#include "core/documents/writers/PdfWriter.h"

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

Status write(const doc::Document& document, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { PdfWriterText::tr("Không ghi được tệp «%1».").arg(QDir::toNativeSeparators(path)), file.errorString() };
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(600);
        pdf.setTitle(document.title);
        pdf.setCreator(QStringLiteral("ThiDua"));
        if (PagedRenderer::render(document, pdf) == 0) {
            file.cancelWriting();
            return Error { PdfWriterText::tr("Không tạo được tệp PDF «%1».").arg(QDir::toNativeSeparators(path)), {} };
        }
    }
    if (!file.commit())
        return Error { PdfWriterText::tr("Không ghi được tệp «%1».").arg(QDir::toNativeSeparators(path)), file.errorString() };
    return {};
}

} // namespace PdfWriter
