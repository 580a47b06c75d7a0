#include "tests/support/TestDatabase.h"

#include "tests/support/Catch.h"

#include <QDir>
#include <QFile>

TestFolder::TestFolder()
    : m_dir(QDir::tempPath() + QStringLiteral("/thidua tests XXXXXX"))
{
    REQUIRE(m_dir.isValid());
}

QString TestFolder::file(const QString& name) const { return m_dir.filePath(name); }

std::unique_ptr<Database> openOrFail(const QString& path)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    INFO((opened ? QString() : opened.error().message + QStringLiteral(" / ") + opened.error().detail).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened.value());
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString testDataPath(const QString& name) { return QStringLiteral(THIDUA_TEST_DATA_DIR "/") + name; }
