#include "ui/lists/UnitTemplateDialog.h"

#include "ui/widgets/ScreenFit.h"

#include "core/storage/UnitRepository.h"
#include "ui/widgets/CampaignPicker.h"
#include "ui/widgets/DialogFolder.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QPushButton>

namespace {
constexpr int UnitNameRole = Qt::UserRole + 1; // the unit's id is at Qt::UserRole
}

UnitTemplateDialog::UnitTemplateDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
{
    setWindowTitle(tr("Tạo mẫu Excel cho đơn vị"));
    resizeForScreen(this, QSize(560, 520));
    auto* form = new QFormLayout(this);
    m_form = form;
    m_kindComboBox = new QComboBox(this);
    for (UnitTemplate::Kind kind : UnitTemplate::AllKinds)
        m_kindComboBox->addItem(UnitTemplate::kindLabel(kind), int(kind));
    m_campaignPicker = new CampaignPicker(this);
    m_campaignPicker->reload(&m_db);
    m_yearSpinBox = new QSpinBox(this);
    m_yearSpinBox->setObjectName(QStringLiteral("templateYearSpinBox"));
    m_yearSpinBox->setRange(1990, 2200);
    // Registration is at the start of the year: in its last month, next year's.
    const QDate today = QDate::currentDate();
    m_yearSpinBox->setValue(today.month() == 12 ? today.year() + 1 : today.year());
    m_unitsListWidget = new QListWidget(this);
    m_unitsListWidget->setObjectName(QStringLiteral("templateUnitsListWidget"));
    if (Result<std::vector<Unit>> units = UnitRepository(m_db).all())
        for (const Unit& unit : units.value()) {
            auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(unit.name, unit.code), m_unitsListWidget);
            item->setData(Qt::UserRole, unit.id);
            item->setData(UnitNameRole, unit.name);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    form->addRow(tr("&Mẫu:"), m_kindComboBox);
    form->addRow(tr("Đợt &thi đua:"), m_campaignPicker);
    form->addRow(tr("Năm đăng &ký:"), m_yearSpinBox);
    connect(m_kindComboBox, &QComboBox::currentIndexChanged, this, &UnitTemplateDialog::showScope);
    showScope();
    form->addRow(tr("Đơn &vị:"), m_unitsListWidget);
    auto* hint = new QLabel(tr("Mỗi đơn vị một tệp, điền sẵn tên đơn vị và cán bộ. Đơn vị điền xong gửi lại; nhập bằng Tệp → Nhập danh sách từ Excel."), this);
    hint->setWordWrap(true);
    form->addRow(hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* all = buttons->addButton(tr("Chọn &tất cả"), QDialogButtonBox::ActionRole);
    auto* none = buttons->addButton(tr("&Bỏ chọn"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("&Lưu vào thư mục…"), QDialogButtonBox::AcceptRole);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_unitsListWidget->count(); ++i)
            m_unitsListWidget->item(i)->setCheckState(Qt::Checked);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_unitsListWidget->count(); ++i)
            m_unitsListWidget->item(i)->setCheckState(Qt::Unchecked);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &UnitTemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnitTemplateDialog::reject);
    form->addRow(buttons);
}

UnitTemplateDialog::~UnitTemplateDialog() = default;

void UnitTemplateDialog::choose(UnitTemplate::Kind kind, qint64 scope)
{
    m_kindComboBox->setCurrentIndex(m_kindComboBox->findData(int(kind)));
    if (UnitTemplate::isYearly(kind))
        m_yearSpinBox->setValue(int(scope));
    else
        m_campaignPicker->selectCampaign(scope);
}

void UnitTemplateDialog::showScope()
{
    const bool yearly = UnitTemplate::isYearly(UnitTemplate::Kind(m_kindComboBox->currentData().toInt()));
    m_form->setRowVisible(m_campaignPicker, !yearly);
    m_form->setRowVisible(m_yearSpinBox, yearly);
}

void UnitTemplateDialog::setUnitChecked(qint64 unitId, bool checked)
{
    for (int i = 0; i < m_unitsListWidget->count(); ++i)
        if (m_unitsListWidget->item(i)->data(Qt::UserRole).toLongLong() == unitId)
            m_unitsListWidget->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

std::vector<qint64> UnitTemplateDialog::checkedUnitIds() const
{
    std::vector<qint64> ids;
    for (int i = 0; i < m_unitsListWidget->count(); ++i)
        if (m_unitsListWidget->item(i)->checkState() == Qt::Checked)
            ids.push_back(m_unitsListWidget->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

Result<std::vector<QString>> UnitTemplateDialog::writeTo(const QString& folder)
{
    const auto kind = UnitTemplate::Kind(m_kindComboBox->currentData().toInt());
    const std::vector<qint64> ids = checkedUnitIds();
    QStringList existing;
    for (int i = 0; i < m_unitsListWidget->count(); ++i) {
        const QString name = UnitTemplate::suggestedFileName(kind, m_unitsListWidget->item(i)->data(UnitNameRole).toString());
        if (m_unitsListWidget->item(i)->checkState() == Qt::Checked && QFile::exists(QDir(folder).filePath(name)))
            existing << name;
    }
    if (!existing.isEmpty()
        && MessageBox::question(this, windowTitle(), tr("Thư mục đã có %1 tệp cùng tên (%2). Ghi đè?").arg(existing.size()).arg(existing.join(QStringLiteral(", "))))
            != QMessageBox::Yes)
        return Error { tr("Chưa ghi tệp nào."), {} };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const qint64 scope = UnitTemplate::isYearly(kind) ? qint64(m_yearSpinBox->value()) : m_campaignPicker->currentCampaignId();
    Result<std::vector<QString>> written = UnitTemplate::writeEach(m_db, kind, scope, ids, folder);
    QApplication::restoreOverrideCursor();
    return written;
}

void UnitTemplateDialog::accept()
{
    if (checkedUnitIds().empty()) {
        MessageBox::warning(this, windowTitle(), tr("Chưa chọn đơn vị nào."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Lưu mẫu vào thư mục"), DialogFolder::start());
    DialogFolder::remember(folder);
    if (folder.isEmpty())
        return;
    Result<std::vector<QString>> written = writeTo(folder);
    if (!written) {
        MessageBox::warning(this, windowTitle(), written.error().message, written.error().detail);
        return;
    }
    MessageBox::information(this, tr("Đã tạo mẫu"), tr("Đã lưu %1 tệp vào %2").arg(written.value().size()).arg(QDir::toNativeSeparators(folder)));
    QDialog::accept();
}
