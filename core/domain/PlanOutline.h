#pragma once
// The plan of a campaign as an outline: ordered sections of any depth, each with a heading and
// content blocks. Some sections are bound to structured data (criteria, award forms) that the
// rest of the application reads.

#include <QList>
#include <QString>

#include <vector>

// Decimal: the parent's number and its own, "5.1.", "5.2." under "5.".
enum class NumberingStyle { None, Roman, Arabic, Alpha, Dash, Plus, Decimal };

enum class SectionBinding {
    Text, // free text only
    UnitCriteria, // items are the criteria units are assessed against
    IndividualCriteria, // items are the criteria people are assessed against
    AwardForms, // items are the campaign's award forms (from reference data)
    Annex, // a top-level section printed after the signature on pages of its own: a "Phụ lục"
};

enum class BlockKind {
    Paragraph, // plain body paragraph
    Item, // list item, numbered by the section's item style
    Citation, // a "Căn cứ …" line, set in italics
    TableRow, // a row of a ruled table, its cells parted by " | "; a run's first row is its heading
};

struct PlanBlock {
    qint64 id = 0; // 0 until stored; kept stable so checklists can refer to criteria
    BlockKind kind = BlockKind::Paragraph;
    QString text;
    bool required = false; // for criteria: must be met to be proposed for an award
};

struct PlanSection {
    qint64 id = 0;
    QString heading; // may be empty: an untitled section (the basis, the closing paragraph)
    bool numbered = true; // false: no number, and not counted among its siblings
    NumberingStyle itemStyle = NumberingStyle::Dash;
    SectionBinding binding = SectionBinding::Text;
    std::vector<PlanBlock> blocks;
    std::vector<PlanSection> children;
};

// Heading numbering per depth: level 1 "I.", level 2 "1.", level 3 "a)", deeper "-".
using HeadingStyles = QList<NumberingStyle>;
HeadingStyles defaultHeadingStyles();
