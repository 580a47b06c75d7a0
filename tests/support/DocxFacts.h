#pragma once
// What independent readers see in the files ThiDua writes: the format facts of a DOCX as
// python-docx reads them (page, margins, fonts, the runs of the header, the body and the last
// table), and the cells of an XLSX as openpyxl reads them.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

QJsonObject docxFacts(const QString& path);
// Every sheet of an XLSX as openpyxl reads it: sheet name → rows of cell values.
QJsonObject xlsxSheets(const QString& path);
// Fills cells ("E10" → value) of the first sheet with openpyxl, as a unit would in Excel, saving to
// target; returns {"validations": [[range, formula]…] of the first sheet, "states": {sheet: visibility}}.
QJsonObject fillXlsx(const QString& source, const QString& target, const QJsonObject& cells);
// The first run whose text starts with `text`; fails the test when there is none.
QJsonObject runNamed(const QJsonArray& runs, const QString& text);
