#include "ui/RestoreDialog.h"

#include "ui/widgets/ScreenFit.h"

#include "core/storage/Backup.h"
#include "ui/widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

RestoreDialog::RestoreDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
{
    setWindowTitle(tr("Khôi phục từ bản sao lưu"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Các bản sao lưu trong «%1», mới nhất ở trên:").arg(QDir::toNativeSeparators(Backup::folderFor(databasePath))), this));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("backupsListWidget"));
    // The regular backups first, then under their own heading the safety copies (before a
    // restore, an upgrade, an import), each with its reason.
    const std::vector<Backup::Entry> entries = Backup::list(databasePath);
    for (const Backup::Kind kind : { Backup::Kind::Regular, Backup::Kind::Safety }) {
        bool headed = false;
        for (const Backup::Entry& entry : entries) {
            if (entry.kind != kind)
                continue;
            if (!headed) {
                auto* heading = new QListWidgetItem(kind == Backup::Kind::Regular ? tr("Bản sao lưu hằng ngày và sao lưu ngay")
                                                                                   : tr("Bản giữ an toàn (trước khi khôi phục, nâng cấp, nhập danh sách)"),
                    m_list);
                heading->setFlags(Qt::ItemIsEnabled); // read as a heading, never chosen
                QFont bold = heading->font();
                bold.setBold(true);
                heading->setFont(bold);
                headed = true;
            }
            QString text = tr("%1 — %2").arg(QLocale().toString(entry.takenAt, QStringLiteral("dd/MM/yyyy HH:mm:ss")), QLocale().formattedDataSize(entry.bytes));
            if (!entry.label.isEmpty())
                text += tr(" — %1").arg(entry.label);
            auto* item = new QListWidgetItem(text, m_list);
            item->setData(Qt::UserRole, entry.path);
        }
    }
    layout->addWidget(m_list, 1);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setMinimumHeight(60);
    layout->addWidget(m_details);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restoreButton = buttons->addButton(tr("&Khôi phục bản này"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &RestoreDialog::showSelected);
    if (m_list->count() > 1)
        m_list->setCurrentRow(1); // the newest, under the first heading
    else
        m_details->setText(tr("Chưa có bản sao lưu nào. ThiDua tự sao lưu mỗi ngày khi mở tệp; có thể sao lưu ngay ở menu Tệp."));
    showSelected();
    resizeForScreen(this, QSize(620, 420));
}

RestoreDialog::~RestoreDialog() = default;

void RestoreDialog::showSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    m_restoreButton->setEnabled(false);
    if (!item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    const Backup::Summary summary = Backup::inspect(item->data(Qt::UserRole).toString());
    if (!summary.intact) {
        m_details->setText(tr("Bản này bị hỏng (kiểm tra toàn vẹn không đạt): không dùng để khôi phục được."));
        return;
    }
    m_details->setText(tr("Kiểm tra toàn vẹn: đạt. Gồm %1 đơn vị, %2 cán bộ, %3 đợt thi đua, %4 đề nghị khen thưởng (lược đồ %5).")
                           .arg(summary.units)
                           .arg(summary.people)
                           .arg(summary.campaigns)
                           .arg(summary.proposals)
                           .arg(summary.schemaVersion));
    m_restoreButton->setEnabled(true);
}

void RestoreDialog::accept()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || !m_restoreButton->isEnabled())
        return;
    if (MessageBox::question(this, tr("Khôi phục"),
            tr("Thay dữ liệu hiện tại bằng bản sao lưu lúc %1? Bản hiện tại được giữ lại trong thư mục sao lưu trước khi thay.")
                .arg(item->text().section(QStringLiteral(" — "), 0, 0)))
        != QMessageBox::Yes)
        return;
    m_chosen = item->data(Qt::UserRole).toString();
    QDialog::accept();
}
