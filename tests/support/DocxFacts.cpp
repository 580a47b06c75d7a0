#include "tests/support/DocxFacts.h"

#include "tests/support/Catch.h"
#include "tests/support/ExternalTools.h"

#include <QFile>
#include <QJsonDocument>

QJsonObject docxFacts(const QString& path)
{
    // Debian's interpreter, where python3-docx is installed, even when another python3 comes first.
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                              : QStringLiteral("python3");
    const QString json = runTool(python, { QStringLiteral(THIDUA_TEST_SOURCE_DIR "/documents/read_docx.py"), path });
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QJsonObject runNamed(const QJsonArray& runs, const QString& text)
{
    for (const QJsonValue& run : runs)
        if (run.toObject().value(QStringLiteral("text")).toString().startsWith(text))
            return run.toObject();
    FAIL("no run starts with " << text.toStdString());
    return {};
}
