"""Reads a DOCX with python-docx (an independent reader) and prints the facts the format tests check."""
import json
import sys

import docx

document = docx.Document(sys.argv[1])
section = document.sections[0]
styles = document.styles.element
default_fonts = styles.find('.//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')


def runs_of(paragraphs):
    out = []
    for p in paragraphs:
        for r in p.runs:
            if r.text.strip():
                out.append({
                    "text": r.text, "bold": bool(r.bold), "italic": bool(r.italic),
                    "size": r.font.size.pt if r.font.size else None,
                    "align": str(p.alignment) if p.alignment is not None else None,
                })
    return out


tables = document.tables
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
print(json.dumps({
    "page_width_mm": round(section.page_width.mm, 1),
    "page_height_mm": round(section.page_height.mm, 1),
    "margins_mm": [round(m.mm, 1) for m in (section.top_margin, section.bottom_margin,
                                            section.left_margin, section.right_margin)],
    "different_first_page": section.different_first_page_header_footer,
    "header_has_page_field": "PAGE" in section.header._element.xml,
    "first_page_header_text": section.first_page_header.paragraphs[0].text if section.first_page_header.paragraphs else "",
    "default_font": default_fonts.get('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}ascii'),
    "header_left": runs_of(tables[0].cell(0, 0).paragraphs),
    "header_right": runs_of(tables[0].cell(0, 1).paragraphs),
    "signature_left": runs_of(tables[-1].cell(0, 0).paragraphs),
    "signature_right": runs_of(tables[-1].rows[0].cells[-1].paragraphs),
    "body": runs_of(document.paragraphs),
    "sections": [{
        "numbering_starts": (lambda n: int(n.get(W + 'start')) if n is not None and n.get(W + 'start') else None)(
            s._sectPr.find(W + 'pgNumType')),
        "different_first_page": s.different_first_page_header_footer,
    } for s in document.sections],
    "first_line_indent_mm": [round(p.paragraph_format.first_line_indent.mm, 1)
                             for p in document.paragraphs if p.paragraph_format.first_line_indent][:1],
}, ensure_ascii=False))
