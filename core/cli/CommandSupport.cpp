#include "core/cli/CommandSupport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace CommandSupport {

namespace {
struct CommandSupportText {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

int fail(QTextStream& err, const Error& error)
{
    err << error.message << Qt::endl;
    if (!error.detail.isEmpty())
        err << "  (" << error.detail << ")" << Qt::endl;
    return Failure;
}

Result<std::unique_ptr<Database>> openExisting(const QString& path, Access access)
{
    if (!QFileInfo::exists(path))
        return Error { CommandSupportText::tr("Không tìm thấy tệp dữ liệu «%1».").arg(path), {} };
    return access == Access::ReadOnly ? Database::openReadOnly(path) : Database::open(path);
}

} // namespace CommandSupport
