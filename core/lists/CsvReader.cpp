#include "core/lists/CsvReader.h"

#include "core/documents/writers/CsvWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace CsvReader {

namespace {

struct CsvReaderText {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

// The first line (1-based) whose bytes are not valid UTF-8.
int firstInvalidLine(const QByteArray& bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return line;
}

// The separator the first lines use most, outside quotes: ',' ';' or tab (a title line above the
// table has none, so several lines are looked at).
QChar separatorOf(const QString& text)
{
    constexpr int LinesLookedAt = 20;
    int comma = 0, semicolon = 0, tab = 0, lines = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('\n') && ++lines == LinesLookedAt)
            break;
        else if (!quoted)
            comma += c == QLatin1Char(','), semicolon += c == QLatin1Char(';'), tab += c == QLatin1Char('\t');
    }
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

// The parser, fed the text piece by piece as the file is read: a quote or a line break at the
// end of one piece is settled by the first character of the next.
class Parser {
public:
    Parser(QChar separator, qsizetype maxRecords, QString name)
        : m_separator(separator)
        , m_maxRecords(maxRecords)
    {
        m_table.sheetName = std::move(name);
    }

    bool full() const { return qsizetype(m_table.rows.size()) > m_maxRecords; }

    void feed(QStringView text)
    {
        for (const QChar c : text) {
            if (full())
                return;
            if (m_skipLineFeed) {
                m_skipLineFeed = false;
                if (c == QLatin1Char('\n'))
                    continue;
            }
            if (m_quoteInQuoted) { // a quote inside a quoted field: a doubled quote, or the field's end
                m_quoteInQuoted = false;
                if (c == QLatin1Char('"')) {
                    m_field += c;
                    continue;
                }
                m_quoted = false; // and c is read outside the quotes
            } else if (m_quoted) {
                if (c == QLatin1Char('"')) {
                    m_quoteInQuoted = true;
                } else {
                    if (c == QLatin1Char('\n'))
                        ++m_line;
                    m_field += c;
                }
                continue;
            }
            if (c == QLatin1Char('"') && !m_fieldStarted) {
                m_quoted = m_fieldStarted = true;
                m_quoteLine = m_line;
            } else if (c == m_separator) {
                endField();
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                m_skipLineFeed = c == QLatin1Char('\r');
                ++m_line;
                endField();
                endRecord();
            } else {
                m_field += c;
                m_fieldStarted = true;
            }
        }
    }

    // The last record; 0 when every quote was closed, else the line the open one began on.
    int finish()
    {
        if (m_quoteInQuoted)
            m_quoted = false;
        if (m_quoted)
            return m_quoteLine;
        if (!full() && (m_fieldStarted || !m_field.isEmpty() || !m_record.isEmpty())) {
            endField();
            endRecord();
        }
        while (!m_table.rows.empty() && m_table.rows.back().isEmpty())
            m_table.rows.pop_back();
        return 0;
    }

    TextTable& table() { return m_table; }

private:
    void endField()
    {
        m_record << CsvWriter::withoutFormulaGuard(m_field);
        m_field.clear();
        m_fieldStarted = false;
    }
    void endRecord()
    {
        while (!m_record.isEmpty() && m_record.last().isEmpty())
            m_record.removeLast();
        m_table.rows.push_back(std::move(m_record));
        m_record.clear();
    }

    QChar m_separator;
    qsizetype m_maxRecords;
    TextTable m_table;
    QStringList m_record;
    QString m_field;
    bool m_quoted = false, m_fieldStarted = false, m_quoteInQuoted = false, m_skipLineFeed = false;
    int m_line = 1, m_quoteLine = 0;
};

// Reads the device in pieces: the byte-order mark says UTF-16 (Excel's "Unicode Text") or UTF-8;
// without one, UTF-8. Stops as soon as there are more records than maxRecords.
Result<TextTable> readFrom(QIODevice& device, const QString& name, qsizetype maxRecords)
{
    constexpr qint64 PieceBytes = 256 * 1024;
    const QString shown = QDir::toNativeSeparators(name);
    QByteArray piece = device.read(PieceBytes);
    QStringDecoder::Encoding encoding = QStringDecoder::Utf8;
    if (piece.startsWith("\xFF\xFE"))
        encoding = QStringDecoder::Utf16LE;
    else if (piece.startsWith("\xFE\xFF"))
        encoding = QStringDecoder::Utf16BE;
    const bool utf8 = encoding == QStringDecoder::Utf8;
    QStringDecoder decoder(encoding);
    const auto notUtf8 = [&]() -> Error {
        device.seek(0);
        return Error { CsvReaderText::tr("Tệp «%1» không ở mã UTF-8 (lỗi ở dòng %2). Trong Excel, hãy chọn Lưu thành → «CSV UTF-8 (Comma delimited)» "
                                         "rồi nhập lại.")
                           .arg(shown)
                           .arg(firstInvalidLine(device.read(MaxFileBytes))),
            {} };
    };
    const auto binary = [&]() -> Error {
        return Error { CsvReaderText::tr("Tệp «%1» không phải là tệp CSV (văn bản): có byte 0 — có thể là tệp nhị phân bị đổi tên.").arg(shown), {} };
    };
    if (utf8 && piece.contains('\0'))
        return binary();
    QString text = decoder.decode(piece);
    if (decoder.hasError())
        return utf8 ? notUtf8() : Error { CsvReaderText::tr("Tệp «%1» có ký tự UTF-16 hỏng.").arg(shown), {} };
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    Parser parser(separatorOf(text), maxRecords, QFileInfo(name).completeBaseName());
    parser.feed(text);
    while (!parser.full() && !device.atEnd()) {
        piece = device.read(PieceBytes);
        if (utf8 && piece.contains('\0'))
            return binary();
        text = decoder.decode(piece);
        if (decoder.hasError())
            return utf8 ? notUtf8() : Error { CsvReaderText::tr("Tệp «%1» có ký tự UTF-16 hỏng.").arg(shown), {} };
        parser.feed(text);
    }
    if (parser.full())
        return Error { CsvReaderText::tr("Tệp «%1» dài hơn %L2 dòng, vượt quá giới hạn cho một lần nhập. Hãy chia thành nhiều tệp.").arg(shown).arg(maxRecords), {} };
    if (const int openQuote = parser.finish())
        return Error { CsvReaderText::tr("Tệp «%1»: dấu ngoặc kép mở ở dòng %2 không được đóng.").arg(shown).arg(openQuote), {} };
    return std::move(parser.table());
}

} // namespace

Result<TextTable> parse(const QByteArray& bytes, const QString& name)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readFrom(buffer, name, MaxRecords);
}

Result<TextTable> read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { CsvReaderText::tr("Không mở được tệp «%1».").arg(QDir::toNativeSeparators(path)), file.errorString() };
    if (file.size() > MaxFileBytes)
        return Error { CsvReaderText::tr("Tệp «%1» lớn quá %2 MB.").arg(QDir::toNativeSeparators(path)).arg(MaxFileBytes / (1024 * 1024)), {} };
    return readFrom(file, path, MaxRecords);
}

} // namespace CsvReader
