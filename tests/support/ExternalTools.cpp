#include "tests/support/ExternalTools.h"

#include "tests/support/Catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

QString runTool(const QString& program, const QStringList& arguments, int timeoutSeconds)
{
    QProcess process;
    process.start(program, arguments);
    INFO("running " << program.toStdString() << " " << arguments.join(QLatin1Char(' ')).toStdString());
    REQUIRE(process.waitForStarted(10000));
    const bool finished = process.waitForFinished(timeoutSeconds * 1000);
    if (!finished)
        process.kill();
    INFO("stderr: " << QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(finished);
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString libreOfficeText(const QString& documentPath, const QString& workFolder)
{
    const QString profile = QString::fromLatin1(
        QUrl::fromLocalFile(QDir(workFolder).filePath(QStringLiteral("lo-profile"))).toEncoded());
    const QString outDir = QDir(workFolder).filePath(QStringLiteral("lo-text"));
    runTool(QStringLiteral("soffice"),
        { QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
            QStringLiteral("txt:Text (encoded):UTF8"), QStringLiteral("--outdir"), outDir, documentPath });
    QFile text(QDir(outDir).filePath(QFileInfo(documentPath).completeBaseName() + QStringLiteral(".txt")));
    REQUIRE(text.open(QIODevice::ReadOnly));
    return QString::fromUtf8(text.readAll());
}

QByteArray libreOfficeCalcCsv(const QString& spreadsheetPath, const QString& workFolder)
{
    const QString profile = QString::fromLatin1(
        QUrl::fromLocalFile(QDir(workFolder).filePath(QStringLiteral("lo-profile"))).toEncoded());
    const QString outDir = QDir(workFolder).filePath(QStringLiteral("lo-csv"));
    runTool(QStringLiteral("soffice"),
        { QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
            QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"), QStringLiteral("--outdir"), outDir, spreadsheetPath });
    QFile csv(QDir(outDir).filePath(QFileInfo(spreadsheetPath).completeBaseName() + QStringLiteral(".csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    return csv.readAll();
}
