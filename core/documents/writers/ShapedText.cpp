#include "core/documents/writers/ShapedText.h"

#include "core/documents/writers/DocumentFont.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QRawFont>
#include <QTextLayout>
#include <QTextOption>
#include <cmath>

namespace ShapedText {

namespace {

Qt::Alignment alignment(doc::Align align)
{
    switch (align) {
    case doc::Align::Left:
        return Qt::AlignLeft;
    case doc::Align::Center:
        return Qt::AlignHCenter;
    case doc::Align::Right:
        return Qt::AlignRight;
    case doc::Align::Justify:
        return Qt::AlignJustify;
    }
    return Qt::AlignLeft;
}

} // namespace

Shaper::Shaper(const doc::PageSetup& page, const QPaintDevice& device, Cache* cache)
    : units { double(device.logicalDpiY()) }
    , m_page(page)
    , m_device(device)
    , m_cache(cache)
{
}

QFont Shaper::font(double sizePt) const
{
    QFont font = documentFont(m_page.fontFamily, sizePt);
    // LibreOffice lays glyphs out on a grid of twips, and its lines come out 0.24 % narrower than
    // the font's own advances (measured: a 14 pt line of 80 letters, 458.1 pt there, 459.2 pt here).
    // Taking the same width makes lines wrap, and pages break, where they do in the DOCX.
    font.setLetterSpacing(QFont::PercentageSpacing, 99.76);
    return font;
}

const QTextCharFormat& Shaper::format(const doc::Run& run, double paragraphSize)
{
    const double size = run.sizePt > 0 ? run.sizePt : paragraphSize;
    const QString key
        = QStringLiteral("%1/%2%3%4").arg(size).arg(int(run.bold)).arg(int(run.italic)).arg(int(run.underline));
    auto found = m_formats.find(key);
    if (found == m_formats.end()) {
        QFont face = font(size);
        face.setBold(run.bold);
        face.setItalic(run.italic);
        face.setUnderline(run.underline);
        QTextCharFormat format;
        format.setFont(face);
        found = m_formats.insert(key, format);
    }
    return found.value();
}

double Shaper::singleLine(double sizePt)
{
    auto found = m_lineSpacing.find(sizePt);
    if (found == m_lineSpacing.end()) {
        // Word and LibreOffice space lines by the font's full line spacing (ascent, descent and
        // gap) from its design metrics, in whole twips (1/20 pt): 16.1 pt for 14 pt Times New Roman.
        const QRawFont raw = QRawFont::fromFont(font(sizePt));
        const double designPt = raw.isValid()
            ? (raw.ascent() + raw.descent() + raw.leading()) * sizePt / raw.pixelSize()
            : QFontMetricsF(font(sizePt), &m_device).lineSpacing() * 72.0 / units.dpi;
        found = m_lineSpacing.insert(sizePt, std::round(designPt * 20) / 20);
    }
    return found.value();
}

Paragraph Shaper::shape(const doc::Paragraph& paragraph, double width)
{
    if (!m_cache)
        return layOut(paragraph, width);
    constexpr qsizetype MaxCached = 4000;
    // The key: every number as its raw bits, then each run's style and text.
    QString key = m_page.fontFamily;
    key.reserve(128);
    auto add
        = [&key](double value) { key.append(reinterpret_cast<const QChar*>(&value), sizeof value / sizeof(QChar)); };
    for (double value : { width, double(paragraph.align), paragraph.sizePt, paragraph.firstLineIndentMm,
             paragraph.spaceBeforePt, paragraph.spaceAfterPt, paragraph.lineSpacing })
        add(value);
    for (const doc::Run& run : paragraph.runs) {
        add(run.sizePt);
        key += QChar(u'0' + (run.bold ? 1 : 0) + (run.italic ? 2 : 0) + (run.underline ? 4 : 0));
        key += run.text;
        key += QChar(0);
    }
    auto found = m_cache->paragraphs.constFind(key);
    if (found != m_cache->paragraphs.constEnd())
        return found.value();
    if (m_cache->paragraphs.size() >= MaxCached)
        m_cache->paragraphs.clear();
    const Paragraph shaped = layOut(paragraph, width);
    m_cache->paragraphs.insert(key, shaped);
    return shaped;
}

Paragraph Shaper::layOut(const doc::Paragraph& paragraph, double width)
{
    QString text;
    QList<QTextLayout::FormatRange> ranges;
    for (const doc::Run& run : paragraph.runs) {
        // A document number never parts at its slash ("2437/QĐ-TTg"), as in Word and LibreOffice:
        // Qt's line breaking allows a break after "/", a word joiner (drawn as nothing) forbids it.
        QString runText = run.text;
        for (qsizetype at = runText.indexOf(QLatin1Char('/')); at >= 0 && at + 1 < runText.size();
             at = runText.indexOf(QLatin1Char('/'), at + 2))
            if (!runText.at(at + 1).isSpace())
                runText.insert(at + 1, QChar(0x2060));
        ranges.append({ int(text.size()), int(runText.size()), format(run, paragraph.sizePt) });
        text += runText;
    }
    Paragraph shaped;
    shaped.layout = std::make_shared<QTextLayout>(text, font(paragraph.sizePt), &m_device);
    QTextLayout& layout = *shaped.layout;
    layout.setFormats(ranges);
    layout.setCacheEnabled(true);
    QTextOption option(alignment(paragraph.align));
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    // A multiple of the single line, in whole twips as LibreOffice takes it (1.15 × 16.1 pt = 18.5 pt).
    shaped.lineHeight = units.pt(std::round(paragraph.lineSpacing * singleLine(paragraph.sizePt) * 20) / 20);
    shaped.textHeight = std::min(shaped.lineHeight, units.pt(singleLine(paragraph.sizePt)));
    shaped.before = units.pt(paragraph.spaceBeforePt);
    shaped.after = units.pt(paragraph.spaceAfterPt);
    const double indent = units.mm(paragraph.firstLineIndentMm);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        const double x = line.lineNumber() == 0 ? indent : 0;
        line.setLineWidth(std::max(1.0, width - x));
        // The space a larger multiple adds goes below the text, as LibreOffice leaves it.
        line.setPosition(QPointF(x, shaped.lines * shaped.lineHeight));
        ++shaped.lines;
    }
    layout.endLayout();
    return shaped;
}

} // namespace ShapedText
