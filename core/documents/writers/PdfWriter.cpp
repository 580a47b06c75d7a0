#include "core/documents/writers/PdfWriter.h"

#include "core/common/OutputFile.h"

#include "core/documents/writers/PagedRenderer.h"

#include <QBuffer>
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

void mapSpacesToSpace(QByteArray& pdf)
{
    static const QByteArray Tab = QByteArrayLiteral("<0009>"), Space = QByteArrayLiteral("<0020>");
    qsizetype from = 0;
    while ((from = pdf.indexOf("begincmap", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", from);
        if (end < 0)
            return;
        // Destinations only: the values inside [ … ] of a bfrange, the second code of a bfchar line
        // (the first codes of a line are glyph numbers, which may well be 9).
        bool inArray = false, inChars = false;
        int codesOnLine = 0;
        for (qsizetype i = from; i + Tab.size() <= end; ++i) {
            const char c = pdf[i];
            if (c == 'b' && pdf.mid(i, 11) == "beginbfchar")
                inChars = true;
            else if (c == 'e' && pdf.mid(i, 9) == "endbfchar")
                inChars = false;
            else if (c == '[')
                inArray = true;
            else if (c == ']')
                inArray = false;
            else if (c == '\n')
                codesOnLine = 0;
            else if (c == '<') {
                ++codesOnLine;
                const bool destination = inArray || (inChars && codesOnLine == 2);
                if (destination && pdf.mid(i, Tab.size()) == Tab)
                    pdf.replace(i, Space.size(), Space); // same length: the file's offsets stay right
            }
        }
        from = end;
    }
}

Status writeWith(const QString& title, const QString& path, const std::function<int(QPdfWriter&)>& paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return OutputFile::cannotWrite(path, file.errorString());
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
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
    mapSpacesToSpace(bytes);
    if (file.write(bytes) != bytes.size() || !file.commit())
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
