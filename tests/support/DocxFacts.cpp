#include "tests/support/DocxFacts.h"

#include "tests/support/Catch.h"
#include "tests/support/ExternalTools.h"

#include <QFile>
#include <QJsonDocument>

namespace {
// Runs a reader script with Debian's interpreter (where python3-docx and python3-openpyxl are
// installed, even when another python3 comes first) and parses the JSON it prints.
QJsonObject runReader(const QString& script, const QStringList& arguments)
{
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                              : QStringLiteral("python3");
    const QString json = runTool(python, QStringList { QStringLiteral(THIDUA_TEST_SOURCE_DIR "/") + script } + arguments);
    return QJsonDocument::fromJson(json.toUtf8()).object();
}
} // namespace

QJsonObject docxFacts(const QString& path) { return runReader(QStringLiteral("documents/read_docx.py"), { path }); }

QJsonObject xlsxSheets(const QString& path) { return runReader(QStringLiteral("support/read_xlsx.py"), { path }); }

QJsonObject fillXlsx(const QString& source, const QString& target, const QJsonObject& cells)
{
    return runReader(QStringLiteral("support/fill_xlsx.py"), { source, target, QString::fromUtf8(QJsonDocument(cells).toJson(QJsonDocument::Compact)) });
}

QJsonObject runNamed(const QJsonArray& runs, const QString& text)
{
    for (const QJsonValue& run : runs)
        if (run.toObject().value(QStringLiteral("text")).toString().startsWith(text))
            return run.toObject();
    FAIL("no run starts with " << text.toStdString());
    return {};
}
