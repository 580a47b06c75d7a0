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

namespace {
// Converts a file with LibreOffice (its own profile in workFolder) through the filter; the bytes of
// the result, named like the source with the new suffix.
QByteArray libreOfficeConvert(const QString& sourcePath, const QString& workFolder, const QString& filter, const QString& suffix)
{
    const QString profile = QString::fromLatin1(
        QUrl::fromLocalFile(QDir(workFolder).filePath(QStringLiteral("lo-profile"))).toEncoded());
    const QString outDir = QDir(workFolder).filePath(QStringLiteral("lo-") + suffix);
    runTool(QStringLiteral("soffice"),
        { QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"), filter,
            QStringLiteral("--outdir"), outDir, sourcePath });
    QFile converted(QDir(outDir).filePath(QFileInfo(sourcePath).completeBaseName() + QLatin1Char('.') + suffix));
    REQUIRE(converted.open(QIODevice::ReadOnly));
    return converted.readAll();
}
} // namespace

QString libreOfficeText(const QString& documentPath, const QString& workFolder)
{
    return QString::fromUtf8(libreOfficeConvert(documentPath, workFolder, QStringLiteral("txt:Text (encoded):UTF8"), QStringLiteral("txt")));
}

QString libreOfficePdf(const QString& documentPath, const QString& workFolder)
{
    const QByteArray bytes = libreOfficeConvert(documentPath, workFolder, QStringLiteral("pdf"), QStringLiteral("pdf"));
    REQUIRE(bytes.startsWith("%PDF"));
    return QDir(QDir(workFolder).filePath(QStringLiteral("lo-pdf"))).filePath(QFileInfo(documentPath).completeBaseName() + QStringLiteral(".pdf"));
}

QByteArray libreOfficeCalcCsv(const QString& spreadsheetPath, const QString& workFolder)
{
    return libreOfficeConvert(spreadsheetPath, workFolder, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"), QStringLiteral("csv"));
}
