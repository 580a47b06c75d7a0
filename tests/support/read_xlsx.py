"""Reads an XLSX with openpyxl (an independent reader) and prints each sheet's rows as JSON."""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1], read_only=True)
print(json.dumps({sheet.title: [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
                  for sheet in book.worksheets}, ensure_ascii=False, default=str))
