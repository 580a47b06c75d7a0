#include "ui/PreferencesDialog.h"

#include "core/common/Settings.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Tùy chọn"));
    auto* form = new QFormLayout(this);
    m_languageComboBox = new QComboBox(this);
    m_languageComboBox->setObjectName(QStringLiteral("languageComboBox"));
    m_languageComboBox->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageComboBox->setCurrentIndex(qMax(0, m_languageComboBox->findData(Settings::language())));
    form->addRow(tr("&Ngôn ngữ giao diện:"), m_languageComboBox);
    form->addRow(new QLabel(tr("Thay đổi ngôn ngữ có hiệu lực từ lần mở ThiDua tiếp theo."), this));
    m_dailyKeptSpinBox = new QSpinBox(this);
    m_dailyKeptSpinBox->setRange(1, 366);
    m_dailyKeptSpinBox->setValue(Settings::value(Settings::Key::BackupDailyKept).toInt());
    m_dailyKeptSpinBox->setSuffix(tr(" ngày"));
    m_monthlyKeptSpinBox = new QSpinBox(this);
    m_monthlyKeptSpinBox->setRange(0, 120);
    m_monthlyKeptSpinBox->setValue(Settings::value(Settings::Key::BackupMonthlyKept).toInt());
    m_monthlyKeptSpinBox->setSuffix(tr(" tháng"));
    form->addRow(tr("Giữ bản sao lưu &hằng ngày:"), m_dailyKeptSpinBox);
    form->addRow(tr("Giữ bản sao lưu hằng &tháng:"), m_monthlyKeptSpinBox);
    form->addRow(new QLabel(tr("ThiDua tự sao lưu lần mở đầu tiên mỗi ngày, vào thư mục «backups» cạnh tệp dữ liệu."), this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    form->addRow(buttons);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    Settings::setValue(Settings::Key::BackupDailyKept, m_dailyKeptSpinBox->value());
    Settings::setValue(Settings::Key::BackupMonthlyKept, m_monthlyKeptSpinBox->value());
    const QString chosen = m_languageComboBox->currentData().toString();
    if (chosen != Settings::language()) {
        Settings::setValue(Settings::Key::Language, chosen);
        MessageBox::information(this, tr("Ngôn ngữ"), tr("Ngôn ngữ mới sẽ được dùng khi mở lại ThiDua."));
    }
    QDialog::accept();
}
