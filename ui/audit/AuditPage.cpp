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

#include <algorithm>

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
    m_table->setHorizontalHeaderLabels(AuditRepository::table({}).header); // the export's columns
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
    // The rows as the export writes them: one table of the clerk's words.
    const XlsxWriter::Sheet rows = AuditRepository::table(m_entries);
    m_table->setRowCount(int(rows.rows.size()));
    for (int row = 0; row < int(rows.rows.size()); ++row)
        for (int column = 0; column < int(rows.rows[size_t(row)].size()); ++column) {
            auto* item = new QTableWidgetItem(rows.rows[size_t(row)][column]);
            item->setToolTip(item->text()); // the whole text where the column cuts it short
            m_table->setItem(row, column, item);
        }
    m_table->resizeColumnsToContents();
    // A long campaign name or criterion would push the values off the screen: the record and the
    // values get at most a quarter of the table each.
    const int widest = std::max(200, m_table->viewport()->width() / 4);
    for (int column : { 3, 5, 6 })
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
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
