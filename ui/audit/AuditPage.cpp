#include "ui/audit/AuditPage.h"

#include "ui/widgets/DateTyping.h"

#include "ui/widgets/DialogFolder.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

AuditPage::AuditPage(QWidget* parent)
    : Page(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Nhật ký thay đổi</h2>"), this));
    auto* bar = new QHBoxLayout;
    auto dateEdit = [this](QDate day) {
        auto* edit = new QDateEdit(day, this);
        acceptTypedDates(edit);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
        return edit;
    };
    m_fromEdit = dateEdit(QDate::currentDate().addDays(-30));
    m_toEdit = dateEdit(QDate::currentDate());
    m_entityComboBox = new QComboBox(this);
    m_entityComboBox->addItem(tr("Mọi loại dữ liệu"), QString());
    for (const QString& entity : AuditRepository::entities())
        m_entityComboBox->addItem(AuditRepository::entityLabel(entity), entity);
    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setPlaceholderText(tr("Tìm trong giá trị, trường, người dùng…"));
    m_searchLineEdit->setClearButtonEnabled(true);
    auto* exportButton = new QPushButton(tr("Xuất CSV…"), this);
    auto* excelButton = new QPushButton(tr("Xuất Excel…"), this);
    bar->addWidget(new QLabel(tr("Từ ngày:"), this));
    bar->addWidget(m_fromEdit);
    bar->addWidget(new QLabel(tr("đến:"), this));
    bar->addWidget(m_toEdit);
    bar->addWidget(m_entityComboBox);
    bar->addWidget(m_searchLineEdit, 1);
    bar->addWidget(excelButton);
    bar->addWidget(exportButton);
    layout->addLayout(bar);
    m_countLabel = new QLabel(this);
    layout->addWidget(m_countLabel);
    m_table = new QTableWidget(0, 7, this);
    m_table->setTabKeyNavigation(false); // Tab moves on, out of the table
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({ tr("Thời gian"), tr("Người dùng"), tr("Loại dữ liệu"), tr("Số hiệu"), tr("Trường"), tr("Giá trị cũ"), tr("Giá trị mới") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(300);
    connect(searchTimer, &QTimer::timeout, this, &AuditPage::reload);
    connect(m_searchLineEdit, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_entityComboBox, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(excelButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Xuất nhật ký thay đổi"), DialogFolder::suggest(QStringLiteral("Nhat-ky-thay-doi.xlsx")),
            tr("Bảng tính Excel (*.xlsx)"));
        DialogFolder::remember(path);
        if (!path.isEmpty() && exportXlsx(path))
            MessageBox::information(this, tr("Đã xuất"), tr("Đã lưu %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Xuất nhật ký thay đổi"), DialogFolder::suggest(QStringLiteral("Nhat-ky-thay-doi.csv")),
            tr("Tệp CSV (*.csv)"));
        DialogFolder::remember(path);
        if (!path.isEmpty() && exportCsv(path))
            MessageBox::information(this, tr("Đã xuất"), tr("Đã lưu %1").arg(QDir::toNativeSeparators(path)));
    });
    setEnabled(false);
}

void AuditPage::setDatabase(Database* database)
{
    m_db = database;
    setEnabled(m_db != nullptr);
    reload();
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    f.from = m_fromEdit->date();
    f.to = m_toEdit->date();
    f.entity = m_entityComboBox->currentData().toString();
    f.text = m_searchLineEdit->text();
    return f;
}

void AuditPage::setFilter(const AuditFilter& f)
{
    const QSignalBlocker a(m_fromEdit), b(m_toEdit), c(m_entityComboBox), d(m_searchLineEdit);
    m_fromEdit->setDate(f.from.value_or(QDate(2000, 1, 1)));
    m_toEdit->setDate(f.to.value_or(QDate::currentDate()));
    m_entityComboBox->setCurrentIndex(std::max(0, m_entityComboBox->findData(f.entity)));
    m_searchLineEdit->setText(f.text);
    reload();
}

void AuditPage::reload()
{
    m_entries.clear();
    if (m_db) {
        Result<std::vector<AuditEntry>> found = AuditRepository(*m_db).find(filter());
        if (found)
            m_entries = std::move(found.value());
        else
            m_countLabel->setText(found.error().message);
    }
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < int(m_entries.size()); ++row) {
        const AuditEntry& e = m_entries[size_t(row)];
        const bool record = e.field == QLatin1String("*");
        const QString field = !record ? AuditRepository::fieldLabel(e.field) : e.oldValue.isEmpty() ? tr("(thêm mới)") : tr("(xóa)");
        const QString cells[] = { QLocale().toString(e.at, QStringLiteral("dd/MM/yyyy HH:mm:ss")), e.actor, AuditRepository::entityLabel(e.entity),
            QString::number(e.entityId), field, AuditRepository::valueLabel(e.field, e.oldValue), AuditRepository::valueLabel(e.field, e.newValue) };
        for (int column = 0; column < 7; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    if (m_db)
        m_countLabel->setText(tr("%1 thay đổi (mới nhất ở trên, tối đa %2)").arg(m_entries.size()).arg(filter().limit));
}

bool AuditPage::exportXlsx(const QString& path)
{
    if (Status written = AuditRepository::writeXlsx(m_entries, path); !written) {
        MessageBox::warning(this, tr("Xuất nhật ký thay đổi"), written.error().message, written.error().detail);
        return false;
    }
    return true;
}

bool AuditPage::exportCsv(const QString& path)
{
    if (Status written = AuditRepository::writeCsv(m_entries, path); !written) {
        MessageBox::warning(this, tr("Xuất nhật ký thay đổi"), written.error().message, written.error().detail);
        return false;
    }
    return true;
}
