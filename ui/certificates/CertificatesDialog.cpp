#include "ui/certificates/CertificatesDialog.h"

#include "ui/widgets/ScreenFit.h"
#include "core/certificates/CertificateLayoutRepository.h"
#include "core/certificates/CertificatePrinter.h"
#include "core/common/Settings.h"
#include "ui/certificates/CertificatePreview.h"
#include "ui/documents/PaperPrinter.h"
#include "ui/widgets/DialogFolder.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { FieldColumn, XColumn, BaselineColumn, WidthColumn, SizeColumn, BoldColumn, ItalicColumn, CentredColumn, ColumnCount };

const std::vector<CertificateField> AllFields { CertificateField::Recipient, CertificateField::Detail, CertificateField::Achievement,
    CertificateField::Decision, CertificateField::PlaceDate, CertificateField::SignerName };

QDoubleSpinBox* millimetres(QWidget* parent, double minimum, double maximum)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setSuffix(QStringLiteral(" mm"));
    return box;
}

QTableWidgetItem* numberItem(double value)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem* checkItem(bool on)
{
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

CertificatesDialog::CertificatesDialog(Database& database, qint64 campaignId, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
{
    setWindowTitle(tr("In Giấy khen lên phôi"));
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(this);
    layout->addWidget(splitter, 1);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* blank = new QGroupBox(tr("Mẫu phôi"), left);
    auto* form = new QFormLayout(blank);
    auto* pick = new QHBoxLayout;
    m_layoutComboBox = new QComboBox(blank);
    m_layoutComboBox->setObjectName(QStringLiteral("layoutComboBox"));
    auto* add = new QPushButton(tr("Thêm mẫu"), blank);
    auto* remove = new QPushButton(tr("Xóa mẫu"), blank);
    m_layoutComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_layoutComboBox->setMinimumContentsLength(24);
    pick->addWidget(m_layoutComboBox, 1);
    pick->addWidget(add);
    pick->addWidget(remove);
    form->addRow(tr("Mẫu:"), pick);
    m_nameLineEdit = new QLineEdit(blank);
    form->addRow(tr("Tên mẫu &phôi:"), m_nameLineEdit);
    auto* size = new QHBoxLayout;
    m_widthSpinBox = millimetres(blank, 50, 600);
    m_heightSpinBox = millimetres(blank, 50, 600);
    size->addWidget(m_widthSpinBox);
    size->addWidget(new QLabel(QStringLiteral("×"), blank));
    size->addWidget(m_heightSpinBox);
    size->addStretch();
    form->addRow(tr("Khổ phôi (ngang × dọc):"), size);
    m_fontComboBox = new QComboBox(blank);
    m_fontComboBox->setEditable(true);
    m_fontComboBox->addItems(QFontDatabase::families());
    form->addRow(tr("Phông chữ:"), m_fontComboBox);
    auto* scan = new QHBoxLayout;
    m_scanLabel = new QLabel(blank);
    m_scanLabel->setWordWrap(true);
    m_scanLabel->setMinimumWidth(120);
    auto* chooseScan = new QPushButton(tr("Chọn ảnh quét…"), blank);
    auto* dropScan = new QPushButton(tr("Bỏ ảnh"), blank);
    scan->addWidget(m_scanLabel, 1);
    scan->addWidget(chooseScan);
    scan->addWidget(dropScan);
    form->addRow(tr("Ảnh quét phôi:"), scan);
    leftLayout->addWidget(blank);

    m_fieldsTable = new QTableWidget(int(AllFields.size()), ColumnCount, left);
    m_fieldsTable->setObjectName(QStringLiteral("fieldsTable"));
    m_fieldsTable->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it, F2 or typing edits a cell
    m_fieldsTable->setHorizontalHeaderLabels({ tr("Trường"), tr("Trái (mm)"), tr("Dòng chữ (mm)"), tr("Rộng (mm)"), tr("Cỡ chữ"),
        tr("Đậm"), tr("Nghiêng"), tr("Căn giữa") });
    m_fieldsTable->verticalHeader()->hide();
    m_fieldsTable->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::Stretch);
    m_fieldsTable->setToolTip(tr("Vị trí tính từ góc trên bên trái của phôi: «Trái» là mép trái ô chữ, «Dòng chữ» là dòng kẻ "
                                 "chữ nằm lên. Chữ dài hơn ô được thu nhỏ, rồi xuống dòng, không bao giờ bị cắt."));
    leftLayout->addWidget(m_fieldsTable, 1);

    auto* printerBox = new QGroupBox(tr("Máy in"), left);
    auto* printerForm = new QFormLayout(printerBox);
    m_printerComboBox = new QComboBox(printerBox);
    m_printerComboBox->setObjectName(QStringLiteral("printerComboBox"));
    QStringList printers = QPrinterInfo::availablePrinterNames();
    printers.prepend(tr("(Tệp PDF)"));
    m_printerComboBox->addItems(printers);
    const QString defaultPrinter = QPrinterInfo::defaultPrinterName();
    if (!defaultPrinter.isEmpty())
        m_printerComboBox->setCurrentText(defaultPrinter);
    printerForm->addRow(tr("Máy in:"), m_printerComboBox);
    auto* nudgeRow = new QHBoxLayout;
    m_nudgeXSpinBox = millimetres(printerBox, -30, 30);
    m_nudgeXSpinBox->setObjectName(QStringLiteral("nudgeXSpinBox"));
    m_nudgeYSpinBox = millimetres(printerBox, -30, 30);
    m_nudgeXSpinBox->setSingleStep(0.1);
    m_nudgeYSpinBox->setSingleStep(0.1);
    nudgeRow->addWidget(new QLabel(tr("Lệch ngang:"), printerBox));
    nudgeRow->addWidget(m_nudgeXSpinBox);
    nudgeRow->addWidget(new QLabel(tr("Lệch dọc:"), printerBox));
    nudgeRow->addWidget(m_nudgeYSpinBox);
    nudgeRow->addStretch();
    printerForm->addRow(nudgeRow);
    auto* calibration = new QPushButton(tr("In trang &căn chỉnh…"), printerBox);
    calibration->setToolTip(tr("In khung cách mép 10 mm và dấu chữ thập ở từng trường, đặt lên phôi để đo độ lệch của máy in"));
    printerForm->addRow(calibration);
    leftLayout->addWidget(printerBox);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* which = new QHBoxLayout;
    m_whichSpinBox = new QSpinBox(right);
    m_whichSpinBox->setMinimum(1);
    which->addWidget(new QLabel(tr("Xem Giấy khen số:"), right));
    which->addWidget(m_whichSpinBox);
    which->addStretch();
    rightLayout->addLayout(which);
    m_preview = new CertificatePreview(right);
    rightLayout->addWidget(m_preview, 1);
    m_statusLabel = new QLabel(right);
    m_statusLabel->setObjectName(QStringLiteral("certificateStatusLabel"));
    m_statusLabel->setWordWrap(true);
    rightLayout->addWidget(m_statusLabel);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 600, 600 });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* save = buttons->addButton(tr("&Lưu mẫu"), QDialogButtonBox::ActionRole);
    save->setShortcut(QKeySequence::Save);
    m_pdfButton = buttons->addButton(tr("Xuất &PDF…"), QDialogButtonBox::ActionRole);
    m_printButton = buttons->addButton(tr("&In tất cả…"), QDialogButtonBox::ActionRole);
    m_printButton->setShortcut(QKeySequence::Print);
    layout->addWidget(buttons);

    Result<std::vector<CertificateText::Certificate>> certificates = CertificateText::load(m_db, campaignId);
    if (certificates) {
        m_certificates = std::move(certificates.value());
        m_statusLabel->setText(tr("%1 Giấy khen của quyết định sẽ được in, mỗi Giấy khen một phôi.").arg(m_certificates.size()));
    } else {
        m_statusLabel->setText(certificates.error().message + QLatin1Char(' ') + tr("Đang xem thử với dữ liệu mẫu."));
        m_statusLabel->setStyleSheet(QStringLiteral("color: #a40000"));
    }
    m_printButton->setEnabled(!m_certificates.empty());
    m_pdfButton->setEnabled(!m_certificates.empty());
    m_whichSpinBox->setMaximum(std::max(1, int(m_certificates.size())));
    m_printButton->setText(tr("&In tất cả (%1)…").arg(m_certificates.size()));

    connect(m_layoutComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling)
            showLayout(index);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        CertificateLayout fresh = CertificateLayout::standard();
        fresh.name = tr("Mẫu phôi mới %1").arg(m_layouts.size() + 1);
        m_layouts.push_back(fresh);
        m_filling = true;
        m_layoutComboBox->addItem(fresh.name);
        m_filling = false;
        m_layoutComboBox->setCurrentIndex(int(m_layouts.size()) - 1);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_current < 0 || m_layouts[size_t(m_current)].id == 0)
            return;
        if (MessageBox::question(this, tr("Xóa mẫu phôi"), tr("Xóa mẫu phôi «%1»?").arg(m_layouts[size_t(m_current)].name))
            != QMessageBox::Yes)
            return;
        if (Status removed = CertificateLayoutRepository(m_db).remove(m_layouts[size_t(m_current)].id); !removed) {
            MessageBox::warning(this, tr("Xóa mẫu phôi"), removed.error().message, removed.error().detail);
            return;
        }
        loadLayouts(0);
    });
    connect(chooseScan, &QPushButton::clicked, this, &CertificatesDialog::chooseScan);
    connect(dropScan, &QPushButton::clicked, this, [this] { setScanPath({}); });
    for (QDoubleSpinBox* box : { m_widthSpinBox, m_heightSpinBox })
        connect(box, &QDoubleSpinBox::valueChanged, this, &CertificatesDialog::layoutEdited);
    connect(m_nameLineEdit, &QLineEdit::textEdited, this, &CertificatesDialog::layoutEdited);
    connect(m_fontComboBox, &QComboBox::currentTextChanged, this, &CertificatesDialog::layoutEdited);
    connect(m_fieldsTable, &QTableWidget::itemChanged, this, &CertificatesDialog::layoutEdited);
    connect(m_printerComboBox, &QComboBox::currentIndexChanged, this, &CertificatesDialog::printerChanged);
    for (QDoubleSpinBox* box : { m_nudgeXSpinBox, m_nudgeYSpinBox })
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            if (m_filling)
                return;
            Settings::setCertificateNudge(printerKey(), nudge());
            m_preview->setNudge(nudge());
        });
    connect(m_whichSpinBox, &QSpinBox::valueChanged, this, [this](int number) {
        if (number >= 1 && number <= int(m_certificates.size()))
            m_preview->setCertificate(m_certificates[size_t(number - 1)]);
    });
    connect(calibration, &QPushButton::clicked, this, &CertificatesDialog::printCalibration);
    connect(save, &QPushButton::clicked, this, &CertificatesDialog::saveLayout);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Xuất PDF"), DialogFolder::suggest(QStringLiteral("Giay-khen.pdf")),
            tr("Tệp PDF (*.pdf)"));
        DialogFolder::remember(path);
        if (!path.isEmpty() && exportPdf(path))
            MessageBox::information(this, tr("Đã xuất"), tr("Đã lưu %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_printButton, &QPushButton::clicked, this, &CertificatesDialog::printAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &CertificatesDialog::reject);

    m_preview->setCertificate(m_certificates.empty() ? CertificateText::sample() : m_certificates.front());
    printerChanged();
    loadLayouts(0);
    resizeForScreen(this, QSize(1200, 760));
}

CertificatesDialog::~CertificatesDialog() = default;

void CertificatesDialog::loadLayouts(qint64 selectId)
{
    Result<std::vector<CertificateLayout>> layouts = CertificateLayoutRepository(m_db).all();
    m_layouts = layouts ? layouts.value() : std::vector<CertificateLayout> { CertificateLayout::standard() };
    m_filling = true;
    m_layoutComboBox->clear();
    int select = 0;
    for (size_t i = 0; i < m_layouts.size(); ++i) {
        m_layoutComboBox->addItem(m_layouts[i].name);
        if (m_layouts[i].id == selectId)
            select = int(i);
    }
    m_layoutComboBox->setCurrentIndex(select);
    m_filling = false;
    showLayout(select);
}

void CertificatesDialog::showLayout(int index)
{
    if (index < 0 || index >= int(m_layouts.size()))
        return;
    m_current = index;
    const CertificateLayout& layout = m_layouts[size_t(index)];
    m_filling = true;
    m_nameLineEdit->setText(layout.name);
    m_widthSpinBox->setValue(layout.pageWidthMm);
    m_heightSpinBox->setValue(layout.pageHeightMm);
    m_fontComboBox->setCurrentText(layout.fontFamily);
    m_scanLabel->setText(layout.scanPath.isEmpty() ? tr("(chưa có)") : QDir::toNativeSeparators(layout.scanPath));
    m_scanLabel->setProperty("path", layout.scanPath);
    for (int row = 0; row < int(AllFields.size()); ++row) {
        const CertificateField field = AllFields[size_t(row)];
        const auto placed = std::find_if(layout.fields.begin(), layout.fields.end(), [&](const FieldPlacement& f) { return f.field == field; });
        const bool used = placed != layout.fields.end();
        const FieldPlacement f = used ? *placed : FieldPlacement { field, 10, 20, 100, 14, false, false, true };
        auto* name = new QTableWidgetItem(fieldLabel(field));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(used ? Qt::Checked : Qt::Unchecked);
        name->setToolTip(tr("Bỏ dấu để không in trường này"));
        m_fieldsTable->setItem(row, FieldColumn, name);
        m_fieldsTable->setItem(row, XColumn, numberItem(f.xMm));
        m_fieldsTable->setItem(row, BaselineColumn, numberItem(f.baselineMm));
        m_fieldsTable->setItem(row, WidthColumn, numberItem(f.widthMm));
        m_fieldsTable->setItem(row, SizeColumn, numberItem(f.sizePt));
        m_fieldsTable->setItem(row, BoldColumn, checkItem(f.bold));
        m_fieldsTable->setItem(row, ItalicColumn, checkItem(f.italic));
        m_fieldsTable->setItem(row, CentredColumn, checkItem(f.centred));
    }
    m_fieldsTable->resizeColumnsToContents();
    m_filling = false;
    m_preview->setLayout(layout);
}

CertificateLayout CertificatesDialog::editedLayout() const
{
    CertificateLayout layout = m_current >= 0 ? m_layouts[size_t(m_current)] : CertificateLayout::standard();
    layout.name = m_nameLineEdit->text().trimmed();
    layout.pageWidthMm = m_widthSpinBox->value();
    layout.pageHeightMm = m_heightSpinBox->value();
    layout.fontFamily = m_fontComboBox->currentText().trimmed();
    layout.scanPath = m_scanLabel->property("path").toString();
    layout.fields.clear();
    for (int row = 0; row < int(AllFields.size()); ++row) {
        if (m_fieldsTable->item(row, FieldColumn)->checkState() != Qt::Checked)
            continue;
        auto number = [&](int column) { return m_fieldsTable->item(row, column)->data(Qt::EditRole).toDouble(); };
        auto on = [&](int column) { return m_fieldsTable->item(row, column)->checkState() == Qt::Checked; };
        layout.fields.push_back({ AllFields[size_t(row)], number(XColumn), number(BaselineColumn), number(WidthColumn), number(SizeColumn),
            on(BoldColumn), on(ItalicColumn), on(CentredColumn) });
    }
    return layout;
}

bool CertificatesDialog::modified() const
{
    return m_current >= 0 && (m_layouts[size_t(m_current)].id == 0 || !(editedLayout() == m_layouts[size_t(m_current)]));
}

void CertificatesDialog::layoutEdited()
{
    if (m_filling)
        return;
    const CertificateLayout layout = editedLayout();
    m_preview->setLayout(layout);
    if (Status fits = CertificateText::checkLayout(layout); !fits) {
        m_statusLabel->setText(fits.error().message);
        m_statusLabel->setStyleSheet(QStringLiteral("color: #a40000"));
    } else if (!m_certificates.empty()) {
        m_statusLabel->setText(tr("%1 Giấy khen của quyết định sẽ được in, mỗi Giấy khen một phôi.").arg(m_certificates.size()));
        m_statusLabel->setStyleSheet({});
    }
}

void CertificatesDialog::setScanPath(const QString& path)
{
    m_scanLabel->setProperty("path", path);
    m_scanLabel->setText(path.isEmpty() ? tr("(chưa có)") : QDir::toNativeSeparators(path));
    layoutEdited();
    if (!path.isEmpty() && !m_preview->hasScan())
        MessageBox::warning(this, tr("Ảnh quét phôi"), tr("Không đọc được ảnh «%1».").arg(QDir::toNativeSeparators(path)));
}

void CertificatesDialog::chooseScan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Ảnh quét phôi Giấy khen"), DialogFolder::start(),
        tr("Ảnh (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)"));
    DialogFolder::remember(path);
    if (!path.isEmpty())
        setScanPath(path);
}

void CertificatesDialog::setNudge(PrinterNudge value)
{
    m_nudgeXSpinBox->setValue(value.xMm);
    m_nudgeYSpinBox->setValue(value.yMm);
}

PrinterNudge CertificatesDialog::nudge() const { return { m_nudgeXSpinBox->value(), m_nudgeYSpinBox->value() }; }

void CertificatesDialog::printerChanged()
{
    const PrinterNudge stored = Settings::certificateNudge(printerKey());
    m_filling = true;
    setNudge(stored);
    m_filling = false;
    m_preview->setNudge(stored);
}

QString CertificatesDialog::printerKey() const
{
    return m_printerComboBox->currentIndex() == 0 ? QStringLiteral("PDF") : m_printerComboBox->currentText();
}

bool CertificatesDialog::saveLayout()
{
    CertificateLayout layout = editedLayout();
    if (Status saved = CertificateLayoutRepository(m_db).save(layout); !saved) {
        MessageBox::warning(this, tr("Lưu mẫu phôi"), saved.error().message, saved.error().detail);
        return false;
    }
    loadLayouts(layout.id);
    return true;
}

bool CertificatesDialog::exportPdf(const QString& path)
{
    QProgressDialog progress(tr("Đang ghi %1 Giấy khen…").arg(m_certificates.size()), tr("Hủy"), 0, int(m_certificates.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const Status written = CertificatePrinter::writePdf(path, editedLayout(), nudge(), m_certificates, [&](int done) {
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (!written) {
        MessageBox::warning(this, tr("Xuất PDF"), written.error().message, written.error().detail);
        return false;
    }
    return true;
}

bool CertificatesDialog::exportCalibrationPdf(const QString& path)
{
    const Status written = CertificatePrinter::writeCalibrationPdf(path, editedLayout(), nudge());
    if (!written)
        MessageBox::warning(this, tr("Trang căn chỉnh"), written.error().message, written.error().detail);
    return bool(written);
}

void CertificatesDialog::printCalibration()
{
    if (m_printerComboBox->currentIndex() == 0) { // to a PDF file
        const QString path = QFileDialog::getSaveFileName(this, tr("Trang căn chỉnh"),
            DialogFolder::suggest(QStringLiteral("Trang-can-chinh.pdf")), tr("Tệp PDF (*.pdf)"));
        DialogFolder::remember(path);
        if (!path.isEmpty())
            exportCalibrationPdf(path);
        return;
    }
    const CertificateLayout layout = editedLayout();
    if (Status valid = CertificateText::checkLayout(layout); !valid) {
        MessageBox::warning(this, tr("Trang căn chỉnh"), valid.error().message);
        return;
    }
    const std::unique_ptr<QPrinter> printer = PaperPrinter::make(m_printerComboBox->currentText());
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        CertificatePrinter::printCalibration(*printer, layout, nudge());
}

void CertificatesDialog::printAll()
{
    if (m_printerComboBox->currentIndex() == 0) {
        m_pdfButton->click();
        return;
    }
    const CertificateLayout layout = editedLayout();
    const std::unique_ptr<QPrinter> printer = PaperPrinter::make(m_printerComboBox->currentText());
    printer->setDocName(tr("Giấy khen"));
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("In %1 Giấy khen").arg(m_certificates.size()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QProgressDialog progress(tr("Đang in %1 Giấy khen…").arg(m_certificates.size()), tr("Hủy"), 0, int(m_certificates.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    Result<int> printed = CertificatePrinter::print(*printer, layout, nudge(), m_certificates, [&](int done) {
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (!printed)
        MessageBox::warning(this, tr("In Giấy khen"), printed.error().message);
    else if (printed.value() < 0)
        printer->abort();
}

void CertificatesDialog::reject()
{
    if (modified() && m_layouts[size_t(m_current)].id != 0) {
        const auto answer = MessageBox::question(this, tr("Mẫu phôi đã sửa"), tr("Lưu các thay đổi của mẫu phôi «%1»?").arg(m_nameLineEdit->text()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveLayout()))
            return;
    }
    QDialog::reject();
}
