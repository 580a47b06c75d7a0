#include "ui/proposals/DossierJob.h"

#include "core/documents/Dossier.h"
#include "ui/widgets/DialogFolder.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QProgressDialog>

namespace DossierJob {

namespace {
struct DossierJobText {
    Q_DECLARE_TR_FUNCTIONS(DossierJob)
};
} // namespace

bool exportTo(QWidget* parent, Database& database, qint64 campaignId, const std::vector<qint64>& proposalIds, const QString& folder)
{
    const QString title = DossierJobText::tr("Hồ sơ đề nghị khen thưởng");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::vector<Dossier::Submission>> dossiers = Dossier::load(database, campaignId, proposalIds);
    QApplication::restoreOverrideCursor();
    if (!dossiers) {
        MessageBox::warning(parent, title, dossiers.error().message, dossiers.error().detail);
        return false;
    }
    int total = 0;
    for (const Dossier::Submission& dossier : dossiers.value())
        total += int(dossier.parts.size()) * 2;
    QProgressDialog progress(DossierJobText::tr("Đang lập hồ sơ (%1 tệp)…").arg(total), DossierJobText::tr("Hủy"), 0, total, parent);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QStringList written;
    int before = 0;
    for (const Dossier::Submission& dossier : dossiers.value()) {
        Result<QStringList> done = Dossier::write(dossier, folder, [&](int step, int) {
            progress.setValue(before + step);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
        if (!done) {
            progress.cancel();
            MessageBox::warning(parent, title, done.error().message, done.error().detail);
            return false;
        }
        before += int(dossier.parts.size()) * 2;
        for (const QString& path : done.value())
            written << QDir::toNativeSeparators(path);
    }
    progress.setValue(total);
    MessageBox::information(parent, title, DossierJobText::tr("Đã lập hồ sơ (mỗi nơi quyết định một thư mục và một tệp ZIP):\n%1").arg(written.join(QLatin1Char('\n'))));
    return true;
}

bool exportWithDialog(QWidget* parent, Database& database, qint64 campaignId, const std::vector<qint64>& proposalIds)
{
    const QString folder = QFileDialog::getExistingDirectory(parent, DossierJobText::tr("Chọn thư mục lưu hồ sơ đề nghị"), DialogFolder::start());
    if (folder.isEmpty())
        return false;
    DialogFolder::remember(folder);
    return exportTo(parent, database, campaignId, proposalIds, folder);
}

} // namespace DossierJob
