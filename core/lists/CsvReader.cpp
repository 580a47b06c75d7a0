#include "core/lists/CsvReader.h"

#include "core/documents/writers/CsvWriter.h"

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

void endRecord(TextTable& table, QStringList& record)
{
    while (!record.isEmpty() && record.last().isEmpty())
        record.removeLast();
    table.rows.push_back(std::move(record));
    record.clear();
}

} // namespace

Result<TextTable> parse(const QByteArray& bytes, const QString& name)
{
    const QString shown = QDir::toNativeSeparators(name);
    if (bytes.contains('\0'))
        return Error { CsvReaderText::tr("Tệp «%1» không phải là tệp CSV (văn bản): có byte 0 — có thể là tệp nhị phân bị đổi tên.").arg(shown), {} };
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error { CsvReaderText::tr("Tệp «%1» không ở mã UTF-8 (lỗi ở dòng %2). Trong Excel, hãy chọn Lưu thành → «CSV UTF-8 (Comma delimited)» "
                                         "rồi nhập lại.")
                           .arg(shown)
                           .arg(firstInvalidLine(bytes)),
            {} };
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    TextTable table;
    table.sheetName = QFileInfo(name).completeBaseName();
    const QChar separator = separatorOf(text);
    QStringList record;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1, quoteLine = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = fieldStarted = true;
            quoteLine = line;
        } else if (c == separator) {
            record << CsvWriter::withoutFormulaGuard(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text[i + 1] == QLatin1Char('\n'))
                ++i;
            ++line;
            record << CsvWriter::withoutFormulaGuard(field);
            field.clear();
            fieldStarted = false;
            endRecord(table, record);
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error { CsvReaderText::tr("Tệp «%1»: dấu ngoặc kép mở ở dòng %2 không được đóng.").arg(shown).arg(quoteLine), {} };
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        record << CsvWriter::withoutFormulaGuard(field);
        endRecord(table, record);
    }
    while (!table.rows.empty() && table.rows.back().isEmpty())
        table.rows.pop_back();
    return table;
}

Result<TextTable> read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { CsvReaderText::tr("Không mở được tệp «%1».").arg(QDir::toNativeSeparators(path)), file.errorString() };
    if (file.size() > MaxFileBytes)
        return Error { CsvReaderText::tr("Tệp «%1» lớn quá %2 MB.").arg(QDir::toNativeSeparators(path)).arg(MaxFileBytes / (1024 * 1024)), {} };
    return parse(file.readAll(), path);
}

} // namespace CsvReader
