#include "core/documents/writers/DocxWriter.h"

#include "core/documents/writers/ZipArchive.h"

#include <QDateTime>
#include <QXmlStreamWriter>
#include <cmath>

namespace DocxWriter {

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString R = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString PackageRels = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString OfficeRels = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

int twips(double mm)
{
    return int(std::lround(mm * 1440.0 / 25.4));
}
// A margin is never narrower than asked: 15 mm is 850.4 twips, rounded down 14.99 mm.
int marginTwips(double mm)
{
    return int(std::ceil(mm * 1440.0 / 25.4 - 1e-6));
}
int halfPoints(double pt)
{
    return int(std::lround(pt * 2));
}
int twentiethsOfPoint(double pt)
{
    return int(std::lround(pt * 20));
}
QString num(int value)
{
    return QString::number(value);
}

// Streams WordprocessingML; QXmlStreamWriter does the escaping.
class BodyWriter {
public:
    explicit BodyWriter(QXmlStreamWriter& xml)
        : m_xml(xml)
    {
    }

    void element(const QString& name, std::initializer_list<std::pair<QString, QString>> attributes = {})
    {
        m_xml.writeEmptyElement(W, name);
        for (const auto& [key, value] : attributes)
            m_xml.writeAttribute(W, key, value);
    }

    void paragraph(const doc::Paragraph& p)
    {
        m_xml.writeStartElement(W, QStringLiteral("p"));
        m_xml.writeStartElement(W, QStringLiteral("pPr"));
        if (p.keepWithNext)
            element(QStringLiteral("keepNext"));
        element(QStringLiteral("spacing"),
            { { QStringLiteral("before"), num(twentiethsOfPoint(p.spaceBeforePt)) },
                { QStringLiteral("after"), num(twentiethsOfPoint(p.spaceAfterPt)) },
                { QStringLiteral("line"), num(int(std::lround(240 * p.lineSpacing))) },
                { QStringLiteral("lineRule"), QStringLiteral("auto") } });
        if (p.firstLineIndentMm > 0)
            element(QStringLiteral("ind"), { { QStringLiteral("firstLine"), num(twips(p.firstLineIndentMm)) } });
        element(QStringLiteral("jc"), { { QStringLiteral("val"), alignment(p.align) } });
        runProperties(doc::Run {}, p.sizePt); // the paragraph mark
        m_xml.writeEndElement(); // pPr
        for (const doc::Run& run : p.runs) {
            m_xml.writeStartElement(W, QStringLiteral("r"));
            runProperties(run, p.sizePt);
            m_xml.writeStartElement(W, QStringLiteral("t"));
            m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_xml.writeCharacters(run.text);
            m_xml.writeEndElement(); // t
            m_xml.writeEndElement(); // r
        }
        m_xml.writeEndElement(); // p
    }

    // A short rule: an empty, tiny paragraph with a bottom border, narrowed by indents.
    void rule(const doc::Rule& rule, double containerWidthMm)
    {
        const int side = twips(std::max(0.0, (containerWidthMm - rule.widthMm) / 2));
        m_xml.writeStartElement(W, QStringLiteral("p"));
        m_xml.writeStartElement(W, QStringLiteral("pPr"));
        m_xml.writeStartElement(W, QStringLiteral("pBdr"));
        element(QStringLiteral("bottom"),
            { { QStringLiteral("val"), QStringLiteral("single") }, { QStringLiteral("sz"), QStringLiteral("6") },
                { QStringLiteral("space"), QStringLiteral("1") },
                { QStringLiteral("color"), QStringLiteral("000000") } });
        m_xml.writeEndElement(); // pBdr
        element(QStringLiteral("spacing"),
            { { QStringLiteral("before"), num(twentiethsOfPoint(rule.spaceBeforePt)) },
                { QStringLiteral("after"), num(twentiethsOfPoint(rule.spaceAfterPt)) },
                { QStringLiteral("line"), QStringLiteral("240") },
                { QStringLiteral("lineRule"), QStringLiteral("auto") } });
        element(
            QStringLiteral("ind"), { { QStringLiteral("left"), num(side) }, { QStringLiteral("right"), num(side) } });
        runProperties(doc::Run {}, 2);
        m_xml.writeEndElement(); // pPr
        m_xml.writeEndElement(); // p
    }

    // keptWithNext: every paragraph in it keeps with the next, so Word and LibreOffice keep the
    // whole table on the page of what follows it (a signature block).
    void table(const doc::Table& table, bool keptWithNext = false)
    {
        int total = 0;
        for (double width : table.columnWidthsMm)
            total += twips(width);
        m_xml.writeStartElement(W, QStringLiteral("tbl"));
        m_xml.writeStartElement(W, QStringLiteral("tblPr"));
        element(QStringLiteral("tblW"),
            { { QStringLiteral("w"), num(total) }, { QStringLiteral("type"), QStringLiteral("dxa") } });
        if (table.indentMm != 0)
            element(QStringLiteral("tblInd"),
                { { QStringLiteral("w"), num(twips(table.indentMm)) },
                    { QStringLiteral("type"), QStringLiteral("dxa") } });
        else
            element(QStringLiteral("jc"), { { QStringLiteral("val"), QStringLiteral("center") } });
        if (table.ruled) {
            m_xml.writeStartElement(W, QStringLiteral("tblBorders"));
            for (const char* side : { "top", "left", "bottom", "right", "insideH", "insideV" })
                element(QLatin1String(side),
                    { { QStringLiteral("val"), QStringLiteral("single") },
                        { QStringLiteral("sz"), QStringLiteral("4") }, { QStringLiteral("space"), QStringLiteral("0") },
                        { QStringLiteral("color"), QStringLiteral("000000") } });
            m_xml.writeEndElement(); // tblBorders
        }
        element(QStringLiteral("tblLayout"), { { QStringLiteral("type"), QStringLiteral("fixed") } });
        m_xml.writeStartElement(W, QStringLiteral("tblCellMar"));
        const QString across = table.ruled ? num(twips(doc::RuledCellPaddingXMm)) : QStringLiteral("0");
        const QString down = table.ruled ? num(twips(doc::RuledCellPaddingYMm)) : QStringLiteral("0");
        for (const char* side : { "top", "left", "bottom", "right" })
            element(QLatin1String(side),
                { { QStringLiteral("w"), side[0] == 't' || side[0] == 'b' ? down : across },
                    { QStringLiteral("type"), QStringLiteral("dxa") } });
        m_xml.writeEndElement(); // tblCellMar
        m_xml.writeEndElement(); // tblPr
        m_xml.writeStartElement(W, QStringLiteral("tblGrid"));
        for (double width : table.columnWidthsMm)
            element(QStringLiteral("gridCol"), { { QStringLiteral("w"), num(twips(width)) } });
        m_xml.writeEndElement(); // tblGrid
        for (size_t rowIndex = 0; rowIndex < table.rows.size(); ++rowIndex) {
            const auto& row = table.rows[rowIndex];
            m_xml.writeStartElement(W, QStringLiteral("tr"));
            m_xml.writeStartElement(W, QStringLiteral("trPr"));
            element(QStringLiteral("cantSplit")); // a signature block never parts from its name
            if (int(rowIndex) < table.headerRows)
                element(QStringLiteral("tblHeader"));
            m_xml.writeEndElement();
            for (size_t column = 0; column < row.size(); ++column) {
                const double width = column < table.columnWidthsMm.size() ? table.columnWidthsMm[column] : 0;
                m_xml.writeStartElement(W, QStringLiteral("tc"));
                m_xml.writeStartElement(W, QStringLiteral("tcPr"));
                element(QStringLiteral("tcW"),
                    { { QStringLiteral("w"), num(twips(width)) }, { QStringLiteral("type"), QStringLiteral("dxa") } });
                m_xml.writeEndElement(); // tcPr
                for (const doc::CellBlock& block : row[column].blocks)
                    std::visit(doc::Overloaded { [&](const doc::Paragraph& p) {
                                                    if (!keptWithNext)
                                                        return paragraph(p);
                                                    doc::Paragraph kept = p;
                                                    kept.keepWithNext = true;
                                                    paragraph(kept);
                                                },
                                   [&](const doc::Rule& r) { rule(r, width); } },
                        block);
                if (row[column].blocks.empty())
                    paragraph(doc::Paragraph {}); // a cell needs at least one paragraph
                m_xml.writeEndElement(); // tc
            }
            m_xml.writeEndElement(); // tr
        }
        m_xml.writeEndElement(); // tbl
    }

    void pageBreak()
    {
        m_xml.writeStartElement(W, QStringLiteral("p"));
        m_xml.writeStartElement(W, QStringLiteral("r"));
        element(QStringLiteral("br"), { { QStringLiteral("type"), QStringLiteral("page") } });
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

private:
    static QString alignment(doc::Align align)
    {
        switch (align) {
        case doc::Align::Left:
            return QStringLiteral("left");
        case doc::Align::Center:
            return QStringLiteral("center");
        case doc::Align::Right:
            return QStringLiteral("right");
        case doc::Align::Justify:
            return QStringLiteral("both");
        }
        return QStringLiteral("left");
    }

    void runProperties(const doc::Run& run, double paragraphSize)
    {
        const double size = run.sizePt > 0 ? run.sizePt : paragraphSize;
        m_xml.writeStartElement(W, QStringLiteral("rPr"));
        if (run.bold)
            element(QStringLiteral("b"));
        if (run.italic)
            element(QStringLiteral("i"));
        if (run.underline)
            element(QStringLiteral("u"), { { QStringLiteral("val"), QStringLiteral("single") } });
        element(QStringLiteral("sz"), { { QStringLiteral("val"), num(halfPoints(size)) } });
        element(QStringLiteral("szCs"), { { QStringLiteral("val"), num(halfPoints(size)) } });
        m_xml.writeEndElement();
    }

    QXmlStreamWriter& m_xml;
};

QByteArray xmlPart(const std::function<void(QXmlStreamWriter&)>& content)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    content(xml);
    xml.writeEndDocument();
    return bytes;
}

// A section's page: its size and margins, its headers (the number from the second page of the
// section), numbered from 1 again when it restarts the numbering (an annex).
void sectionProperties(QXmlStreamWriter& xml, BodyWriter& body, const doc::PageSetup& page, bool restartsNumbering)
{
    xml.writeStartElement(W, QStringLiteral("sectPr"));
    xml.writeEmptyElement(W, QStringLiteral("headerReference"));
    xml.writeAttribute(W, QStringLiteral("type"), QStringLiteral("default"));
    xml.writeAttribute(R, QStringLiteral("id"), QStringLiteral("rIdHeaderNumbered"));
    xml.writeEmptyElement(W, QStringLiteral("headerReference"));
    xml.writeAttribute(W, QStringLiteral("type"), QStringLiteral("first"));
    xml.writeAttribute(R, QStringLiteral("id"), QStringLiteral("rIdHeaderFirst"));
    if (page.widthMm > page.heightMm) // a landscape page says so, for the printer's tray
        body.element(QStringLiteral("pgSz"),
            { { QStringLiteral("w"), num(twips(page.widthMm)) }, { QStringLiteral("h"), num(twips(page.heightMm)) },
                { QStringLiteral("orient"), QStringLiteral("landscape") } });
    else
        body.element(QStringLiteral("pgSz"),
            { { QStringLiteral("w"), num(twips(page.widthMm)) }, { QStringLiteral("h"), num(twips(page.heightMm)) } });
    body.element(QStringLiteral("pgMar"),
        { { QStringLiteral("top"), num(marginTwips(page.topMm)) }, { QStringLiteral("right"), num(marginTwips(page.rightMm)) },
            { QStringLiteral("bottom"), num(marginTwips(page.bottomMm)) },
            { QStringLiteral("left"), num(marginTwips(page.leftMm)) },
            { QStringLiteral("header"), num(twips(page.topMm / 2)) },
            { QStringLiteral("footer"), num(twips(page.bottomMm / 2)) },
            { QStringLiteral("gutter"), QStringLiteral("0") } });
    if (restartsNumbering)
        body.element(QStringLiteral("pgNumType"), { { QStringLiteral("start"), QStringLiteral("1") } });
    if (page.firstNumberedPage > 1)
        body.element(QStringLiteral("titlePg"));
    xml.writeEndElement(); // sectPr
}

QByteArray documentPart(const doc::Document& document)
{
    return xmlPart([&](QXmlStreamWriter& xml) {
        xml.writeNamespace(W, QStringLiteral("w"));
        xml.writeNamespace(R, QStringLiteral("r"));
        xml.writeStartElement(W, QStringLiteral("document"));
        xml.writeStartElement(W, QStringLiteral("body"));
        BodyWriter body(xml);
        const double width = document.page.contentWidthMm();
        bool afterTable = false;
        bool numberingRestarted = false; // in the section being written
        for (size_t index = 0; index < document.body.size(); ++index) {
            const doc::Block& block = document.body[index];
            const bool isTable = std::holds_alternative<doc::Table>(block);
            // A table kept with what precedes it: the paragraph before keeps with next.
            const doc::Table* next
                = index + 1 < document.body.size() ? std::get_if<doc::Table>(&document.body[index + 1]) : nullptr;
            const bool keptWithNext = next && next->keepWithPrevious;
            if (isTable && afterTable) { // Word and LibreOffice join adjacent tables into one: keep them apart
                doc::Paragraph spacer;
                spacer.sizePt = 2;
                spacer.keepWithNext = std::get<doc::Table>(block).keepWithPrevious;
                body.paragraph(spacer);
            }
            afterTable = isTable;
            std::visit(doc::Overloaded { [&](const doc::Paragraph& p) {
                                            if (!keptWithNext || p.keepWithNext)
                                                return body.paragraph(p);
                                            doc::Paragraph kept = p;
                                            kept.keepWithNext = true;
                                            body.paragraph(kept);
                                        },
                           [&](const doc::Rule& r) { body.rule(r, width); },
                           [&](const doc::Table& t) {
                               body.table(t, keptWithNext);
                               if (t.ruled) { // the space after a data table, as the PDF leaves it
                                   doc::Paragraph gap;
                                   gap.sizePt = 2;
                                   gap.spaceAfterPt = doc::RuledTableSpaceAfterPt - 2;
                                   gap.keepWithNext = keptWithNext;
                                   body.paragraph(gap);
                                   afterTable = false;
                               }
                           },
                           [&](const doc::PageBreak& b) {
                               if (!b.restartsNumbering)
                                   return body.pageBreak();
                               // A new section: the one ending here is described by this paragraph.
                               xml.writeStartElement(W, QStringLiteral("p"));
                               xml.writeStartElement(W, QStringLiteral("pPr"));
                               body.element(QStringLiteral("spacing"),
                                   { { QStringLiteral("before"), QStringLiteral("0") },
                                       { QStringLiteral("after"), QStringLiteral("0") },
                                       { QStringLiteral("line"), QStringLiteral("20") },
                                       { QStringLiteral("lineRule"), QStringLiteral("exact") } });
                               sectionProperties(xml, body, document.page, numberingRestarted);
                               xml.writeEndElement(); // pPr
                               xml.writeEndElement(); // p
                               numberingRestarted = true;
                           } },
                block);
        }
        sectionProperties(xml, body, document.page, numberingRestarted);
        xml.writeEndElement(); // body
        xml.writeEndElement(); // document
    });
}

QByteArray headerPart(const doc::PageSetup& page, bool withNumber)
{
    return xmlPart([&](QXmlStreamWriter& xml) {
        xml.writeNamespace(W, QStringLiteral("w"));
        xml.writeStartElement(W, QStringLiteral("hdr"));
        BodyWriter body(xml);
        xml.writeStartElement(W, QStringLiteral("p"));
        xml.writeStartElement(W, QStringLiteral("pPr"));
        body.element(QStringLiteral("jc"), { { QStringLiteral("val"), QStringLiteral("center") } });
        xml.writeEndElement();
        if (withNumber) {
            auto run = [&](const std::function<void()>& inner) {
                xml.writeStartElement(W, QStringLiteral("r"));
                xml.writeStartElement(W, QStringLiteral("rPr"));
                body.element(
                    QStringLiteral("sz"), { { QStringLiteral("val"), num(halfPoints(page.pageNumberSizePt)) } });
                xml.writeEndElement();
                inner();
                xml.writeEndElement();
            };
            run([&] {
                body.element(QStringLiteral("fldChar"), { { QStringLiteral("fldCharType"), QStringLiteral("begin") } });
            });
            run([&] {
                xml.writeStartElement(W, QStringLiteral("instrText"));
                xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                xml.writeCharacters(QStringLiteral(" PAGE "));
                xml.writeEndElement();
            });
            run([&] {
                body.element(QStringLiteral("fldChar"), { { QStringLiteral("fldCharType"), QStringLiteral("end") } });
            });
        }
        xml.writeEndElement(); // p
        xml.writeEndElement(); // hdr
    });
}

QByteArray stylesPart(const doc::PageSetup& page)
{
    return xmlPart([&](QXmlStreamWriter& xml) {
        xml.writeNamespace(W, QStringLiteral("w"));
        xml.writeStartElement(W, QStringLiteral("styles"));
        BodyWriter body(xml);
        xml.writeStartElement(W, QStringLiteral("docDefaults"));
        xml.writeStartElement(W, QStringLiteral("rPrDefault"));
        xml.writeStartElement(W, QStringLiteral("rPr"));
        body.element(QStringLiteral("rFonts"),
            { { QStringLiteral("ascii"), page.fontFamily }, { QStringLiteral("hAnsi"), page.fontFamily },
                { QStringLiteral("eastAsia"), page.fontFamily }, { QStringLiteral("cs"), page.fontFamily } });
        body.element(QStringLiteral("sz"), { { QStringLiteral("val"), QStringLiteral("28") } });
        body.element(QStringLiteral("szCs"), { { QStringLiteral("val"), QStringLiteral("28") } });
        body.element(QStringLiteral("lang"), { { QStringLiteral("val"), QStringLiteral("vi-VN") } });
        xml.writeEndElement(); // rPr
        xml.writeEndElement(); // rPrDefault
        xml.writeStartElement(W, QStringLiteral("pPrDefault"));
        xml.writeStartElement(W, QStringLiteral("pPr"));
        body.element(QStringLiteral("widowControl")); // no single line of a paragraph alone on a page
        body.element(QStringLiteral("spacing"),
            { { QStringLiteral("after"), QStringLiteral("0") }, { QStringLiteral("line"), QStringLiteral("240") },
                { QStringLiteral("lineRule"), QStringLiteral("auto") } });
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement(); // docDefaults
        for (const auto& [id, name] : { std::pair { "Normal", "Normal" }, std::pair { "Header", "header" } }) {
            xml.writeStartElement(W, QStringLiteral("style"));
            xml.writeAttribute(W, QStringLiteral("type"), QStringLiteral("paragraph"));
            if (QLatin1String(id) == QLatin1String("Normal"))
                xml.writeAttribute(W, QStringLiteral("default"), QStringLiteral("1"));
            xml.writeAttribute(W, QStringLiteral("styleId"), QLatin1String(id));
            body.element(QStringLiteral("name"), { { QStringLiteral("val"), QLatin1String(name) } });
            xml.writeEndElement();
        }
        xml.writeEndElement(); // styles
    });
}

QByteArray settingsPart()
{
    return xmlPart([&](QXmlStreamWriter& xml) {
        xml.writeNamespace(W, QStringLiteral("w"));
        xml.writeStartElement(W, QStringLiteral("settings"));
        BodyWriter writer(xml);
        writer.element(QStringLiteral("defaultTabStop"), { { QStringLiteral("val"), QStringLiteral("720") } });
        // Word 2013 and later layout: without it Word opens the file in Compatibility Mode.
        xml.writeStartElement(W, QStringLiteral("compat"));
        writer.element(QStringLiteral("compatSetting"),
            { { QStringLiteral("name"), QStringLiteral("compatibilityMode") },
                { QStringLiteral("uri"), QStringLiteral("http://schemas.microsoft.com/office/word") },
                { QStringLiteral("val"), QStringLiteral("15") } });
        xml.writeEndElement(); // compat
        xml.writeEndElement();
    });
}

QByteArray relationships(const std::vector<std::array<QString, 3>>& relations)
{
    return xmlPart([&](QXmlStreamWriter& xml) {
        xml.writeDefaultNamespace(PackageRels);
        xml.writeStartElement(PackageRels, QStringLiteral("Relationships"));
        for (const auto& [id, type, target] : relations) {
            xml.writeEmptyElement(PackageRels, QStringLiteral("Relationship"));
            xml.writeAttribute(QStringLiteral("Id"), id);
            xml.writeAttribute(QStringLiteral("Type"), type);
            xml.writeAttribute(QStringLiteral("Target"), target);
        }
        xml.writeEndElement();
    });
}

QByteArray contentTypes()
{
    const QString ns = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
    const QString wml = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
    return xmlPart([&](QXmlStreamWriter& xml) {
        xml.writeDefaultNamespace(ns);
        xml.writeStartElement(ns, QStringLiteral("Types"));
        auto defaultType = [&](const QString& extension, const QString& type) {
            xml.writeEmptyElement(ns, QStringLiteral("Default"));
            xml.writeAttribute(QStringLiteral("Extension"), extension);
            xml.writeAttribute(QStringLiteral("ContentType"), type);
        };
        auto overrideType = [&](const QString& part, const QString& type) {
            xml.writeEmptyElement(ns, QStringLiteral("Override"));
            xml.writeAttribute(QStringLiteral("PartName"), part);
            xml.writeAttribute(QStringLiteral("ContentType"), type);
        };
        defaultType(QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
        defaultType(QStringLiteral("xml"), QStringLiteral("application/xml"));
        overrideType(QStringLiteral("/word/document.xml"), wml + QStringLiteral("document.main+xml"));
        overrideType(QStringLiteral("/word/styles.xml"), wml + QStringLiteral("styles+xml"));
        overrideType(QStringLiteral("/word/settings.xml"), wml + QStringLiteral("settings+xml"));
        overrideType(QStringLiteral("/word/header1.xml"), wml + QStringLiteral("header+xml"));
        overrideType(QStringLiteral("/word/header2.xml"), wml + QStringLiteral("header+xml"));
        overrideType(QStringLiteral("/docProps/core.xml"),
            QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
        xml.writeEndElement();
    });
}

QByteArray corePropertiesPart(const QString& title, const QString& author)
{
    const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    return xmlPart([&](QXmlStreamWriter& xml) {
        xml.writeNamespace(cp, QStringLiteral("cp"));
        xml.writeNamespace(dc, QStringLiteral("dc"));
        xml.writeNamespace(dcterms, QStringLiteral("dcterms"));
        xml.writeNamespace(xsi, QStringLiteral("xsi"));
        xml.writeStartElement(cp, QStringLiteral("coreProperties"));
        xml.writeTextElement(dc, QStringLiteral("title"), title);
        xml.writeTextElement(dc, QStringLiteral("creator"), author.isEmpty() ? QStringLiteral("ThiDua") : author);
        xml.writeStartElement(dcterms, QStringLiteral("created"));
        xml.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
        xml.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

} // namespace

Status write(const doc::Document& document, const QString& path)
{
    const std::vector<ZipEntry> entries = {
        { QStringLiteral("[Content_Types].xml"), contentTypes() },
        { QStringLiteral("_rels/.rels"),
            relationships({ { QStringLiteral("rId1"), OfficeRels + QStringLiteral("/officeDocument"),
                                QStringLiteral("word/document.xml") },
                { QStringLiteral("rId2"),
                    QStringLiteral(
                        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                    QStringLiteral("docProps/core.xml") } }) },
        { QStringLiteral("word/_rels/document.xml.rels"),
            relationships(
                { { QStringLiteral("rIdStyles"), OfficeRels + QStringLiteral("/styles"), QStringLiteral("styles.xml") },
                    { QStringLiteral("rIdSettings"), OfficeRels + QStringLiteral("/settings"),
                        QStringLiteral("settings.xml") },
                    { QStringLiteral("rIdHeaderNumbered"), OfficeRels + QStringLiteral("/header"),
                        QStringLiteral("header1.xml") },
                    { QStringLiteral("rIdHeaderFirst"), OfficeRels + QStringLiteral("/header"),
                        QStringLiteral("header2.xml") } }) },
        { QStringLiteral("word/document.xml"), documentPart(document) },
        { QStringLiteral("word/styles.xml"), stylesPart(document.page) },
        { QStringLiteral("word/settings.xml"), settingsPart() },
        { QStringLiteral("word/header1.xml"), headerPart(document.page, true) },
        { QStringLiteral("word/header2.xml"), headerPart(document.page, false) },
        { QStringLiteral("docProps/core.xml"), corePropertiesPart(document.title, document.author) },
    };
    return writeZipArchive(path, entries);
}

} // namespace DocxWriter
