"""Fills cells of a workbook's first sheet with openpyxl, as a unit would in Excel, and saves it
elsewhere. Prints what it found: the first sheet's drop-down lists and every sheet's visibility."""
import json
import sys

import openpyxl

source, target, cells = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
book = openpyxl.load_workbook(source)
sheet = book.worksheets[0]
facts = {
    "validations": [[str(v.sqref), v.formula1] for v in sheet.data_validations.dataValidation],
    "states": {s.title: s.sheet_state for s in book.worksheets},
}
for reference, value in cells.items():
    sheet[reference] = value
book.save(target)
print(json.dumps(facts, ensure_ascii=False))
