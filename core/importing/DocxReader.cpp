#include "core/importing/DocxReader.h"

#include "core/common/ZipPackage.h"
#include "core/domain/Numbering.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QXmlStreamReader>
#include <map>

namespace DocxReader {

namespace {

struct DocxReaderText {
    Q_DECLARE_TR_FUNCTIONS(DocxReader)
};

Error notADocument(const QString& path, const QString& detail)
{
    return Error { DocxReaderText::tr("Tệp «%1» không phải là văn bản Word (.docx) hợp lệ hoặc đã bị hỏng.")
                       .arg(QDir::toNativeSeparators(path)),
        detail };
}

// A property element is on unless its w:val says otherwise ("0", "false", "off").
bool switchedOn(const QXmlStreamReader& xml)
{
    const QStringView value = xml.attributes().value(QStringLiteral("w:val"));
    return value.isEmpty()
        || !(value == QLatin1String("0") || value == QLatin1String("false") || value == QLatin1String("off"));
}

// One level of a list as numbering.xml defines it.
struct Level {
    QString format = QStringLiteral("decimal"); // decimal, upperRoman, lowerLetter, bullet …
    QString text = QStringLiteral("%1."); // "%1.", "%1.%2.", "-"
    int start = 1;
};

// Word's lists: each numId points at an abstract list of levels; counters run per numId.
class Numbering {
public:
    void parse(const QByteArray& bytes)
    {
        QXmlStreamReader xml(bytes);
        QString abstractId, numId;
        int level = -1;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = xml.qualifiedName();
            const QString value = xml.attributes().value(QStringLiteral("w:val")).toString();
            if (name == QLatin1String("w:abstractNum")) {
                abstractId = xml.attributes().value(QStringLiteral("w:abstractNumId")).toString();
                numId.clear();
            } else if (name == QLatin1String("w:num")) {
                numId = xml.attributes().value(QStringLiteral("w:numId")).toString();
                abstractId.clear();
            } else if (name == QLatin1String("w:lvl") && !abstractId.isEmpty()) {
                level = xml.attributes().value(QStringLiteral("w:ilvl")).toInt();
                m_abstract[abstractId][level] = Level {};
            } else if (name == QLatin1String("w:numFmt") && !abstractId.isEmpty() && level >= 0) {
                m_abstract[abstractId][level].format = value;
            } else if (name == QLatin1String("w:lvlText") && !abstractId.isEmpty() && level >= 0) {
                m_abstract[abstractId][level].text = value;
            } else if (name == QLatin1String("w:start") && !abstractId.isEmpty() && level >= 0) {
                m_abstract[abstractId][level].start = value.toInt();
            } else if (name == QLatin1String("w:abstractNumId") && !numId.isEmpty()) {
                m_numToAbstract[numId] = value;
            }
        }
    }

    // The label of the next paragraph of list numId at level, counting as Word does.
    QString next(const QString& numId, int level)
    {
        const auto abstract = m_abstract.find(m_numToAbstract.value(numId));
        if (abstract == m_abstract.end() || !abstract->second.count(level))
            return {};
        std::map<int, int>& counters = m_counters[numId];
        for (auto it = counters.begin(); it != counters.end();)
            it = it->first > level ? counters.erase(it) : std::next(it); // a higher level restarts the ones below
        const Level& own = abstract->second.at(level);
        counters[level] = counters.count(level) ? counters[level] + 1 : own.start;
        if (own.format == QLatin1String("bullet"))
            return own.text.startsWith(QChar(0xF0B7)) || own.text.isEmpty() ? QStringLiteral("•")
                                                                            : own.text; // Symbol font bullets
        QString label = own.text;
        for (int l = 0; l <= level; ++l) {
            const auto defined = abstract->second.find(l);
            const int count
                = counters.count(l) ? counters[l] : (defined != abstract->second.end() ? defined->second.start : 1);
            const QString format
                = defined != abstract->second.end() ? defined->second.format : QStringLiteral("decimal");
            label.replace(QStringLiteral("%%1").arg(l + 1), formatted(format, count));
        }
        return label;
    }

private:
    static QString formatted(const QString& format, int count)
    {
        if (format == QLatin1String("upperRoman"))
            return numberLabel(NumberingStyle::Roman, count).chopped(1);
        if (format == QLatin1String("lowerRoman"))
            return numberLabel(NumberingStyle::Roman, count).chopped(1).toLower();
        if (format == QLatin1String("lowerLetter") || format == QLatin1String("upperLetter")) {
            const QString letter = QString(QChar(u'a' + (count - 1) % 26));
            return format == QLatin1String("upperLetter") ? letter.toUpper() : letter;
        }
        return QString::number(count);
    }

    std::map<QString, std::map<int, Level>> m_abstract;
    QMap<QString, QString> m_numToAbstract;
    std::map<QString, std::map<int, int>> m_counters;
};

// The list a paragraph style puts its paragraphs in (Word's "List Number", a heading style).
std::map<QString, std::pair<QString, int>> styleNumbering(const QByteArray& bytes)
{
    std::map<QString, std::pair<QString, int>> lists;
    QXmlStreamReader xml(bytes);
    QString style;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.qualifiedName();
        if (name == QLatin1String("w:style"))
            style = xml.attributes().value(QStringLiteral("w:styleId")).toString();
        else if (name == QLatin1String("w:numId") && !style.isEmpty())
            lists[style].first = xml.attributes().value(QStringLiteral("w:val")).toString();
        else if (name == QLatin1String("w:ilvl") && !style.isEmpty())
            lists[style].second = xml.attributes().value(QStringLiteral("w:val")).toInt();
    }
    return lists;
}

doc::Align alignmentOf(QStringView value)
{
    if (value == QLatin1String("center"))
        return doc::Align::Center;
    if (value == QLatin1String("right") || value == QLatin1String("end"))
        return doc::Align::Right;
    if (value == QLatin1String("both") || value == QLatin1String("distribute"))
        return doc::Align::Justify;
    return doc::Align::Left;
}

} // namespace

Result<std::vector<Paragraph>> read(const QString& path)
{
    if (!QFile::exists(path))
        return Error { DocxReaderText::tr("Không tìm thấy tệp «%1».").arg(QDir::toNativeSeparators(path)), {} };
    Result<ZipPackage> opened = ZipPackage::open(path);
    if (!opened)
        return notADocument(path, opened.error().message);
    const ZipPackage& package = opened.value();
    Result<QByteArray> document = package.read(QStringLiteral("word/document.xml"), MaxPartBytes);
    if (!document)
        return notADocument(path, document.error().message);
    Numbering numbering;
    if (package.has(QStringLiteral("word/numbering.xml"))) {
        Result<QByteArray> lists = package.read(QStringLiteral("word/numbering.xml"), MaxPartBytes);
        if (!lists)
            return notADocument(path, lists.error().message);
        numbering.parse(lists.value());
    }
    std::map<QString, std::pair<QString, int>> styleLists;
    if (package.has(QStringLiteral("word/styles.xml"))) {
        Result<QByteArray> styles = package.read(QStringLiteral("word/styles.xml"), MaxPartBytes);
        if (!styles)
            return notADocument(path, styles.error().message);
        styleLists = styleNumbering(styles.value());
    }

    std::vector<Paragraph> paragraphs;
    QXmlStreamReader xml(document.value());
    struct Cell {
        int table = -1, row = -1, column = -1;
    };
    std::vector<Cell> cells; // the table cells we are in, innermost last
    int tables = 0;
    Paragraph current;
    bool inParagraph = false, inRun = false, runBold = false, runItalic = false, anyText = false, allBold = true,
         allItalic = true;
    QString numId, style;
    int numLevel = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        const QStringView name = xml.qualifiedName();
        if (token == QXmlStreamReader::StartElement) {
            if (name == QLatin1String("w:tbl")) {
                cells.push_back({ tables++, -1, -1 });
            } else if (name == QLatin1String("w:tr") && !cells.empty()) {
                ++cells.back().row;
                cells.back().column = -1;
            } else if (name == QLatin1String("w:tc") && !cells.empty()) {
                ++cells.back().column;
            } else if (name == QLatin1String("w:p")) {
                current = Paragraph {};
                if (!cells.empty()) {
                    current.table = cells.back().table;
                    current.row = cells.back().row;
                    current.column = cells.back().column;
                }
                inParagraph = true;
                anyText = false;
                allBold = allItalic = true;
                numId.clear();
                style.clear();
                numLevel = 0;
            } else if (inParagraph && name == QLatin1String("w:pStyle")) {
                style = xml.attributes().value(QStringLiteral("w:val")).toString();
            } else if (inParagraph && name == QLatin1String("w:jc") && !inRun) {
                current.align = alignmentOf(xml.attributes().value(QStringLiteral("w:val")));
            } else if (inParagraph && name == QLatin1String("w:ilvl")) {
                numLevel = xml.attributes().value(QStringLiteral("w:val")).toInt();
            } else if (inParagraph && name == QLatin1String("w:numId")) {
                numId = xml.attributes().value(QStringLiteral("w:val")).toString();
            } else if (inParagraph && name == QLatin1String("w:r")) {
                inRun = true;
                runBold = runItalic = false;
            } else if (inRun && name == QLatin1String("w:b")) {
                runBold = switchedOn(xml);
            } else if (inRun && name == QLatin1String("w:i")) {
                runItalic = switchedOn(xml);
            } else if (inRun && name == QLatin1String("w:t")) {
                const QString text = xml.readElementText();
                if (!text.trimmed().isEmpty()) {
                    anyText = true;
                    allBold = allBold && runBold;
                    allItalic = allItalic && runItalic;
                }
                current.text += text;
            } else if (inRun && name == QLatin1String("w:tab")) {
                current.text += QLatin1Char('\t');
            } else if (inRun && (name == QLatin1String("w:br") || name == QLatin1String("w:cr"))) {
                if (xml.attributes().value(QStringLiteral("w:type")) != QLatin1String("page"))
                    current.text += QLatin1Char(' ');
            } else if (inRun && name == QLatin1String("w:noBreakHyphen")) {
                current.text += QLatin1Char('-');
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == QLatin1String("w:tbl") && !cells.empty()) {
                cells.pop_back();
            } else if (name == QLatin1String("w:r")) {
                inRun = false;
            } else if (name == QLatin1String("w:p") && inParagraph) {
                inParagraph = false;
                current.bold = anyText && allBold;
                current.italic = anyText && allItalic;
                if (numId.isEmpty() && styleLists.count(style)) { // numbered by its style
                    numId = styleLists[style].first;
                    numLevel = styleLists[style].second;
                }
                if (!numId.isEmpty() && numId != QLatin1String("0"))
                    current.numberLabel = numbering.next(numId, numLevel);
                if (int(paragraphs.size()) >= MaxParagraphs)
                    return notADocument(path, DocxReaderText::tr("quá %L1 đoạn văn").arg(MaxParagraphs));
                paragraphs.push_back(current);
            }
        }
    }
    if (xml.hasError())
        return notADocument(
            path, QStringLiteral("word/document.xml: %1 (%2)").arg(xml.errorString()).arg(xml.lineNumber()));
    return paragraphs;
}

} // namespace DocxReader
