"""Writes test plans in Word with python-docx (an independent writer), as a clerk would: the
national header, paragraphs, tables and the signature block. Test scripts start with
`from plan_docx import *` and end with `d.save(sys.argv[1])`."""
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH as A


def new_plan(authorities, agency, number, place_date):
    """A document opening with the two-column header: the governing bodies (upright), the agency
    (bold) and the number on the left; the national title, the motto and the date on the right."""
    d = Document()
    left, right = d.add_table(rows=1, cols=2).rows[0].cells
    lines = [(a, False) for a in authorities] + [(agency, True)]
    left.paragraphs[0].add_run(lines[0][0]).bold = lines[0][1]
    for text, bold in lines[1:]:
        left.add_paragraph().add_run(text).bold = bold
    left.add_paragraph(number)
    right.paragraphs[0].add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').bold = True
    right.add_paragraph().add_run('Độc lập - Tự do - Hạnh phúc').bold = True
    right.add_paragraph(place_date)
    return d


def para(d, text, bold=False, center=False, italic=False, style=None):
    p = d.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if center:
        p.alignment = A.CENTER
    return p


def table(d, rows):
    """A ruled table: its first row bold (the heading), the others as given ('' leaves a cell blank)."""
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            if text:
                t.rows[r].cells[c].paragraphs[0].add_run(text).bold = r == 0
    return t


def signature(d, recipients, signer_lines, blank_lines=0):
    """Nơi nhận and its recipients on the left; the signer's lines (bold) on the right."""
    l, r = d.add_table(rows=1, cols=2).rows[0].cells
    l.paragraphs[0].add_run('Nơi nhận:').bold = True
    for line in recipients:
        l.add_paragraph(line)
    r.paragraphs[0].add_run(signer_lines[0]).bold = True
    for line in signer_lines[1:-1]:
        r.add_paragraph().add_run(line).bold = True
    for _ in range(blank_lines):
        r.add_paragraph('')
    r.add_paragraph().add_run(signer_lines[-1]).bold = True
