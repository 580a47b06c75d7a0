#include "ui/proposals/NominationFormsJob.h"

#include "core/documents/writers/PagedRenderer.h"
#include "ui/documents/PaperPrinter.h"
#include "ui/widgets/DialogFolder.h"
#include "ui/widgets/MessageBox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>

namespace NominationFormsJob {

namespace {

struct NominationFormsJobText {
    Q_DECLARE_TR_FUNCTIONS(NominationFormsJob)
};

// A progress window for `count` reports; step(done) updates it, lets the window breathe and
// says whether to go on.
class Progress {
public:
    Progress(QWidget* parent, int count)
        : m_dialog(NominationFormsJobText::tr("Đang lập %1 báo cáo thành tích…").arg(count), NominationFormsJobText::tr("Hủy"), 0,
            count, parent)
    {
        m_dialog.setWindowTitle(NominationFormsJobText::tr("In phiếu đề nghị"));
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setValue(0);
    }
    bool step(int done)
    {
        m_dialog.setValue(done);
        QCoreApplication::processEvents();
        return !m_dialog.wasCanceled();
    }

private:
    QProgressDialog m_dialog;
};

bool refuseEmpty(QWidget* parent, const std::vector<AchievementReport::Input>& reports)
{
    if (!reports.empty())
        return false;
    MessageBox::warning(parent, NominationFormsJobText::tr("In phiếu đề nghị"),
        NominationFormsJobText::tr("Không có đề nghị nào để lập báo cáo thành tích: danh sách chọn đang trống."));
    return true;
}

} // namespace

bool print(QWidget* parent, const std::vector<AchievementReport::Input>& reports)
{
    if (refuseEmpty(parent, reports))
        return false;
    const std::unique_ptr<QPrinter> printer = PaperPrinter::make();
    printer->setDocName(AchievementReport::suggestedFileName(reports, false));
    QPrintDialog dialog(printer.get(), parent);
    dialog.setWindowTitle(NominationFormsJobText::tr("In %1 báo cáo thành tích").arg(reports.size()));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Progress progress(parent, int(reports.size()));
    const int pages = PagedRenderer::renderSeries(int(reports.size()),
        [&](int i) { return AchievementReport::build(reports[size_t(i)]); }, *printer,
        [&](int done) { return progress.step(done); });
    if (pages < 0)
        printer->abort();
    return pages > 0;
}

bool exportTo(QWidget* parent, const std::vector<AchievementReport::Input>& reports, DocumentFormat format, const QString& path)
{
    if (refuseEmpty(parent, reports))
        return false;
    Progress progress(parent, int(reports.size()));
    const Status written = AchievementReport::writeAll(reports, format, path, [&](int done) { return progress.step(done); });
    if (!written) {
        MessageBox::warning(parent, NominationFormsJobText::tr("In phiếu đề nghị"), written.error().message, written.error().detail);
        return false;
    }
    return true;
}

bool exportWithDialog(QWidget* parent, const std::vector<AchievementReport::Input>& reports, DocumentFormat format)
{
    if (refuseEmpty(parent, reports))
        return false;
    const bool docx = format == DocumentFormat::Docx;
    const QString path = QFileDialog::getSaveFileName(parent, docx ? NominationFormsJobText::tr("Xuất văn bản Word") : NominationFormsJobText::tr("Xuất PDF"),
        DialogFolder::suggest(AchievementReport::suggestedFileName(reports, docx)),
        docx ? NominationFormsJobText::tr("Văn bản Word (*.docx)") : NominationFormsJobText::tr("Tệp PDF (*.pdf)"));
    DialogFolder::remember(path);
    if (path.isEmpty() || !exportTo(parent, reports, format, path))
        return false;
    MessageBox::information(parent, NominationFormsJobText::tr("Đã xuất"),
        NominationFormsJobText::tr("Đã lưu %1 báo cáo thành tích vào %2").arg(reports.size()).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace NominationFormsJob
