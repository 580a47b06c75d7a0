#pragma once
// Runs the independent readers the document tests use: LibreOffice, poppler's tools, python-docx.

#include <QString>
#include <QStringList>

// Runs program with arguments, fails the test on a non-zero exit or a time-out; returns stdout.
QString runTool(const QString& program, const QStringList& arguments, int timeoutSeconds = 180);
// LibreOffice's text export of a document (UTF-8), converted in a private profile.
QString libreOfficeText(const QString& documentPath, const QString& workFolder);
// LibreOffice's own PDF of a document (as it lays the DOCX out); returns the PDF's path.
QString libreOfficePdf(const QString& documentPath, const QString& workFolder);
// The first sheet of a spreadsheet as LibreOffice Calc reads it, saved as UTF-8 CSV (comma, double
// quotes): proves Calc opens the file and shows what ThiDua wrote.
QByteArray libreOfficeCalcCsv(const QString& spreadsheetPath, const QString& workFolder);
