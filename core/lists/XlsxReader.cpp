#include "core/lists/XlsxReader.h"

#include "core/common/ZipPackage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <map>
#include <memory>

namespace XlsxReader {

namespace {

struct XlsxReaderText {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
};

Error notAWorkbook(const QString& path, const QString& detail)
{
    return Error { XlsxReaderText::tr("Tệp «%1» không phải là bảng tính Excel (.xlsx) hợp lệ hoặc đã bị hỏng.").arg(QDir::toNativeSeparators(path)),
        detail };
}

// A workbook too big for a list: the reason is part of the message, so the clerk can act on it.
Error tooLarge(const QString& path, const QString& reason)
{
    return Error { XlsxReaderText::tr("Không đọc tệp «%1»: %2.").arg(QDir::toNativeSeparators(path), reason), {} };
}

Error damaged(const QString& path, const QString& part, const QXmlStreamReader& xml)
{
    return notAWorkbook(path, QStringLiteral("%1: %2 (%3)").arg(part, xml.errorString()).arg(xml.lineNumber()));
}

} // namespace

Result<TextTable> readFirstSheet(const QString& path)
{
    if (!QFile::exists(path))
        return Error { XlsxReaderText::tr("Không tìm thấy tệp «%1».").arg(QDir::toNativeSeparators(path)), {} };
    Result<ZipPackage> opened = ZipPackage::open(path);
    if (!opened)
        return notAWorkbook(path, opened.error().message);
    const ZipPackage& package = opened.value();
    auto readPart = [&](const QString& part) -> Result<QByteArray> {
        Result<QByteArray> bytes = package.read(part, MaxPartBytes);
        if (!bytes)
            return notAWorkbook(path, bytes.error().message);
        return bytes;
    };

    // The first sheet: its name in the workbook, its part through the workbook's relationships.
    Result<QByteArray> workbook = readPart(QStringLiteral("xl/workbook.xml"));
    Result<QByteArray> relations = readPart(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbook || !relations)
        return !workbook ? workbook.error() : relations.error();
    TextTable table;
    QString relationId;
    {
        QXmlStreamReader xml(workbook.value());
        while (!xml.atEnd() && relationId.isEmpty())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet")) {
                table.sheetName = xml.attributes().value(QStringLiteral("name")).toString();
                for (const QXmlStreamAttribute& a : xml.attributes())
                    if (a.name() == QLatin1String("id"))
                        relationId = a.value().toString();
            }
        if (xml.hasError())
            return damaged(path, QStringLiteral("xl/workbook.xml"), xml);
    }
    QString sheetPart;
    {
        QXmlStreamReader xml(relations.value());
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship")
                && xml.attributes().value(QStringLiteral("Id")) == relationId) {
                const QString target = xml.attributes().value(QStringLiteral("Target")).toString();
                sheetPart = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            }
        if (xml.hasError())
            return damaged(path, QStringLiteral("xl/_rels/workbook.xml.rels"), xml);
    }
    if (relationId.isEmpty() || sheetPart.isEmpty())
        return notAWorkbook(path, XlsxReaderText::tr("không có trang tính nào"));

    // Shared strings: optional (a workbook of numbers has none); rich text runs joined.
    QStringList shared;
    qint64 sharedCharacters = 0;
    if (package.has(QStringLiteral("xl/sharedStrings.xml"))) {
        Result<QByteArray> strings = readPart(QStringLiteral("xl/sharedStrings.xml"));
        if (!strings)
            return strings.error();
        QXmlStreamReader xml(strings.value());
        QString current;
        bool inString = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si")) {
                inString = true;
                current.clear();
            } else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("t") && inString) {
                current += xml.readElementText();
            } else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("rPh")) {
                xml.skipCurrentElement(); // phonetic hints are not the text
            } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("si")) {
                sharedCharacters += current.size();
                if (shared.size() >= MaxSharedStrings || sharedCharacters > MaxSharedCharacters)
                    return tooLarge(path, XlsxReaderText::tr("quá nhiều chuỗi văn bản (hơn %L1 chuỗi hoặc %L2 ký tự)").arg(MaxSharedStrings).arg(MaxSharedCharacters));
                shared << current;
                inString = false;
            }
        }
        if (xml.hasError())
            return damaged(path, QStringLiteral("xl/sharedStrings.xml"), xml);
    }

    Result<QByteArray> sheet = readPart(sheetPart);
    if (!sheet)
        return sheet.error();
    QXmlStreamReader xml(sheet.value());
    int rowNumber = 0;
    qint64 cells = 0; // every cell the rows hold, the empty ones before a row's last value included
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("dimension")) { // what the sheet declares it uses: "A1:G120"
            const QString used = xml.attributes().value(QStringLiteral("ref")).toString();
            const QString last = used.section(QLatin1Char(':'), -1);
            bool ok = false;
            const qint64 lastRow = last.mid(int(last.indexOf(QRegularExpression(QStringLiteral("[0-9]"))))).toLongLong(&ok);
            if (ok && lastRow > MaxRows)
                return tooLarge(path, XlsxReaderText::tr("trang tính khai báo %L1 dòng, quá %L2 dòng").arg(lastRow).arg(MaxRows));
            continue;
        }
        if (xml.name() == QLatin1String("row")) {
            bool ok = false;
            const int r = xml.attributes().value(QStringLiteral("r")).toInt(&ok);
            rowNumber = ok ? r : rowNumber + 1;
            if (rowNumber < 1 || rowNumber > MaxRows)
                return notAWorkbook(path, XlsxReaderText::tr("quá %1 dòng").arg(MaxRows));
            continue;
        }
        if (xml.name() != QLatin1String("c"))
            continue;
        const QString reference = xml.attributes().value(QStringLiteral("r")).toString();
        const QString type = xml.attributes().value(QStringLiteral("t")).toString();
        const int column = TextTable::columnIndex(reference);
        if (column < 0 || column > 16383)
            return notAWorkbook(path, XlsxReaderText::tr("ô «%1» không hợp lệ").arg(reference));
        QString value;
        while (!xml.atEnd()) { // the cell's <v> or inline <is><t>
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("c"))
                break;
            if (token == QXmlStreamReader::StartElement && (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t")))
                value += xml.readElementText();
        }
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= shared.size())
                return notAWorkbook(path, XlsxReaderText::tr("ô %1 trỏ tới chuỗi không tồn tại").arg(reference));
            value = shared[index];
        } else if (type == QLatin1String("b")) {
            value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        }
        if (value.isEmpty())
            continue;
        if (column >= MaxColumns)
            return tooLarge(path, XlsxReaderText::tr("ô %1 có dữ liệu ở quá xa (danh sách chỉ đọc tới cột %2); hãy xóa ô đó rồi lưu lại")
                                          .arg(reference, TextTable::columnName(MaxColumns - 1)));
        if (size_t(rowNumber) > table.rows.size())
            table.rows.resize(size_t(rowNumber));
        QStringList& row = table.rows[size_t(rowNumber - 1)];
        if (row.size() <= column) {
            cells += column + 1 - row.size();
            if (cells > MaxCells)
                return tooLarge(path, XlsxReaderText::tr("trang tính quá lớn (hơn %L1 ô tính tới ô %2)").arg(MaxCells).arg(reference));
            while (row.size() <= column)
                row << QString();
        }
        row[column] = value;
    }
    if (xml.hasError())
        return damaged(path, sheetPart, xml);
    return table;
}

} // namespace XlsxReader
