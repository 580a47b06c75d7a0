#include "ui/annual/StatisticsDialog.h"

#include "core/documents/StatisticsReport.h"
#include "ui/documents/DocumentView.h"
#include "ui/widgets/DialogFolder.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

StatisticsDialog::StatisticsDialog(Database& database, int year, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
{
    setWindowTitle(tr("Biểu thống kê gửi Sở Nội vụ"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_formComboBox = new QComboBox(this);
    m_formComboBox->setObjectName(QStringLiteral("statisticsFormComboBox"));
    for (Statistics::Form form : Statistics::AllForms)
        m_formComboBox->addItem(QStringLiteral("%1 — %2").arg(Statistics::formNumber(form), Statistics::formTitle(form)), int(form));
    m_yearSpinBox = new QSpinBox(this);
    m_yearSpinBox->setObjectName(QStringLiteral("statisticsYearSpinBox"));
    m_yearSpinBox->setRange(1990, 2200);
    m_yearSpinBox->setValue(year);
    auto* formLabel = new QLabel(tr("Biểu:"), this);
    formLabel->setBuddy(m_formComboBox);
    auto* yearLabel = new QLabel(tr("Năm:"), this);
    yearLabel->setBuddy(m_yearSpinBox);
    auto* excel = new QPushButton(tr("Xuất Excel…"), this);
    excel->setObjectName(QStringLiteral("statisticsExcelButton"));
    excel->setToolTip(tr("Ghi biểu ra tệp Excel (.xlsx) với cùng số liệu"));
    bar->addWidget(formLabel);
    bar->addWidget(m_formComboBox, 1);
    bar->addWidget(yearLabel);
    bar->addWidget(m_yearSpinBox);
    bar->addWidget(excel);
    layout->addLayout(bar);
    auto* hint = new QLabel(tr("Số liệu tính từ các đợt thi đua, các đề nghị đã được khen và các danh hiệu đã được tặng trong kỳ; "
                               "đơn vị báo cáo và nơi nhận lấy từ thông tin cơ quan."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_view = new DocumentView(this);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    Database* db = &m_db;
    m_view->setSource(
        [this, db]() -> Result<doc::Document> {
            Result<StatisticsReport::Input> input = StatisticsReport::load(*db, form(), m_yearSpinBox->value());
            if (!input)
                return input.error();
            return StatisticsReport::build(input.value());
        },
        [this](DocumentFormat format) {
            return QStringLiteral("BM-%1-%2.%3")
                .arg(Statistics::formCode(form()))
                .arg(m_yearSpinBox->value())
                .arg(format == DocumentFormat::Docx ? QStringLiteral("docx") : QStringLiteral("pdf"));
        });
    connect(m_formComboBox, &QComboBox::currentIndexChanged, m_view, &DocumentView::refreshNow);
    connect(m_yearSpinBox, &QSpinBox::valueChanged, m_view, &DocumentView::refreshSoon);
    connect(excel, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Xuất biểu thống kê ra Excel"),
            DialogFolder::suggest(QStringLiteral("BM-%1-%2.xlsx").arg(Statistics::formCode(form())).arg(m_yearSpinBox->value())),
            tr("Tệp Excel (*.xlsx)"));
        if (path.isEmpty())
            return;
        DialogFolder::remember(path);
        if (exportExcel(path))
            MessageBox::information(this, windowTitle(), tr("Đã ghi %1").arg(QDir::toNativeSeparators(path)));
    });
    resizeForScreen(this, QSize(1200, 780));
}

StatisticsDialog::~StatisticsDialog() = default;

Statistics::Form StatisticsDialog::form() const { return Statistics::Form(m_formComboBox->currentData().toInt()); }

void StatisticsDialog::choose(Statistics::Form form, int year)
{
    m_formComboBox->setCurrentIndex(m_formComboBox->findData(int(form)));
    m_yearSpinBox->setValue(year);
    m_view->refreshNow();
}

bool StatisticsDialog::exportExcel(const QString& path)
{
    Result<StatisticsReport::Input> input = StatisticsReport::load(m_db, form(), m_yearSpinBox->value());
    const Status written = input ? XlsxWriter::write({ StatisticsReport::sheet(input.value()) }, path) : Status(input.error());
    if (!written) {
        MessageBox::warning(this, tr("Không xuất được"), written.error().message, written.error().detail);
        return false;
    }
    return true;
}
