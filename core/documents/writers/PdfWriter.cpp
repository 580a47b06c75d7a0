#include "core/documents/writers/PdfWriter.h"

#include "core/common/OutputFile.h"
#include "core/documents/writers/PagedRenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>
#include <QXmlStreamWriter>

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

QByteArray xmpMetadata(const QString& title, const QString& author)
{
    const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString xmp = QStringLiteral("http://ns.adobe.com/xap/1.0/");
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("begin='' id='W5M0MpCehiHzreSzNTczkc9d'"));
    xml.writeNamespace(rdf, QStringLiteral("rdf"));
    xml.writeNamespace(dc, QStringLiteral("dc"));
    xml.writeNamespace(xmp, QStringLiteral("xmp"));
    const QString meta = QStringLiteral("adobe:ns:meta/");
    xml.writeNamespace(meta, QStringLiteral("x"));
    xml.writeStartElement(meta, QStringLiteral("xmpmeta"));
    xml.writeStartElement(rdf, QStringLiteral("RDF"));
    xml.writeStartElement(rdf, QStringLiteral("Description"));
    xml.writeAttribute(rdf, QStringLiteral("about"), QString());
    // dc:title is a language alternative, dc:creator an ordered list (XMP part 1, 8.4).
    xml.writeStartElement(dc, QStringLiteral("title"));
    xml.writeStartElement(rdf, QStringLiteral("Alt"));
    xml.writeStartElement(rdf, QStringLiteral("li"));
    xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
    xml.writeCharacters(title);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    if (!author.isEmpty()) {
        xml.writeStartElement(dc, QStringLiteral("creator"));
        xml.writeStartElement(rdf, QStringLiteral("Seq"));
        xml.writeTextElement(rdf, QStringLiteral("li"), author);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeTextElement(xmp, QStringLiteral("CreatorTool"), QStringLiteral("ThiDua"));
    xml.writeEndElement(); // Description
    xml.writeEndElement(); // RDF
    xml.writeEndElement(); // xmpmeta
    xml.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end='w'"));
    return bytes;
}

Status writeWith(
    const QString& title, const QString& path, const std::function<int(QPdfWriter&)>& paint, const QString& author)
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
        pdf.setDocumentXmpMetadata(xmpMetadata(title, author));
        const int pages = paint(pdf);
        if (pages <= 0) {
            file.cancelWriting();
            return Error { pages < 0
                    ? PdfWriterText::tr("Đã hủy: chưa ghi tệp «%1».").arg(QDir::toNativeSeparators(path))
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
    return writeWith(
        document.title, path, [&](QPdfWriter& pdf) { return PagedRenderer::render(document, pdf); }, document.author);
}

Status writeSeries(const QString& title, int count, const std::function<doc::Document(int)>& documentAt,
    const QString& path, const std::function<bool(int)>& progress, const QString& author)
{
    return writeWith(
        title, path, [&](QPdfWriter& pdf) { return PagedRenderer::renderSeries(count, documentAt, pdf, progress); },
        author);
}

} // namespace PdfWriter
