#pragma once
// The format facts of a DOCX as python-docx (an independent reader) sees them: page, margins,
// fonts, and the runs of the header, the body and the last table (the signature).

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

QJsonObject docxFacts(const QString& path);
// The first run whose text starts with `text`; fails the test when there is none.
QJsonObject runNamed(const QJsonArray& runs, const QString& text);
