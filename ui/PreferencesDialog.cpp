#include "ui/PreferencesDialog.h"

#include "core/common/Settings.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

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
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    form->addRow(buttons);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    const QString chosen = m_languageComboBox->currentData().toString();
    if (chosen != Settings::language()) {
        Settings::setValue(Settings::Key::Language, chosen);
        MessageBox::information(this, tr("Ngôn ngữ"), tr("Ngôn ngữ mới sẽ được dùng khi mở lại ThiDua."));
    }
    QDialog::accept();
}
