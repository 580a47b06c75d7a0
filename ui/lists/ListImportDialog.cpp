#include "ui/lists/ListImportDialog.h"

#include "ui/widgets/ScreenFit.h"
#include "core/lists/TableFile.h"
#include "core/lists/TemplateImport.h"
#include "core/lists/UnitTemplate.h"
#include "core/storage/Database.h"
#include "ui/lists/ImportPreviewModel.h"
#include "ui/widgets/DialogFolder.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int MaxProblemsListed = 1000;
}

ListImportDialog::ListImportDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
{
    setWindowTitle(tr("Nhập danh sách từ Excel"));
    resizeForScreen(this, QSize(960, 680));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_targetComboBox = new QComboBox(this);
    m_targetComboBox->setObjectName(QStringLiteral("importTargetComboBox"));
    for (ListImport::Target target : { ListImport::Target::People, ListImport::Target::Units, ListImport::Target::Proposals,
             ListImport::Target::ReportFigures, ListImport::Target::Registrations })
        m_targetComboBox->addItem(ListImport::targetLabel(target), int(target));
    auto* targetLabel = new QLabel(tr("&Nhập vào:"), this);
    targetLabel->setBuddy(m_targetComboBox);
    m_fileLineEdit = new QLineEdit(this);
    m_fileLineEdit->setReadOnly(true);
    m_fileLineEdit->setPlaceholderText(tr("Chọn tệp .xlsx hoặc .csv…"));
    auto* chooseButton = new QPushButton(tr("&Chọn tệp…"), this);
    chooseButton->setShortcut(QKeySequence::Open);
    auto* reloadButton = new QPushButton(tr("Đọc &lại tệp"), this);
    reloadButton->setShortcut(QKeySequence::Refresh);
    reloadButton->setToolTip(tr("Đọc lại tệp sau khi sửa trong Excel (F5)"));
    top->addWidget(targetLabel);
    top->addWidget(m_targetComboBox);
    top->addSpacing(12);
    top->addWidget(m_fileLineEdit, 1);
    top->addWidget(chooseButton);
    top->addWidget(reloadButton);
    layout->addLayout(top);

    auto* columns = new QGroupBox(tr("Cột trong tệp"), this);
    auto* columnsLayout = new QVBoxLayout(columns);
    auto* headerRow = new QHBoxLayout;
    m_headerRowSpinBox = new QSpinBox(columns);
    m_headerRowSpinBox->setRange(1, 20);
    auto* headerLabel = new QLabel(tr("&Dòng tiêu đề:"), columns);
    headerLabel->setBuddy(m_headerRowSpinBox);
    headerRow->addWidget(headerLabel);
    headerRow->addWidget(m_headerRowSpinBox);
    headerRow->addWidget(new QLabel(tr("Các mục có dấu * là bắt buộc. Cột được chọn tự động theo tiêu đề; đổi nếu chưa đúng."), columns), 1);
    columnsLayout->addLayout(headerRow);
    m_columnsLayout = new QGridLayout;
    columnsLayout->addLayout(m_columnsLayout);
    layout->addWidget(columns);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_previewModel = new ImportPreviewModel(this);
    m_previewTableView = new QTableView(splitter);
    m_previewTableView->setTabKeyNavigation(false); // Tab moves on, out of the table
    m_previewTableView->setObjectName(QStringLiteral("importPreviewTableView"));
    m_previewTableView->setModel(m_previewModel);
    m_previewTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTableView->verticalHeader()->hide();
    m_previewTableView->horizontalHeader()->setStretchLastSection(true);
    m_previewTableView->verticalHeader()->setDefaultSectionSize(m_previewTableView->fontMetrics().height() + 8);
    m_problemsTreeWidget = new QTreeWidget(splitter);
    m_problemsTreeWidget->setObjectName(QStringLiteral("importProblemsTreeWidget"));
    m_problemsTreeWidget->setHeaderLabels({ tr("Dòng"), tr("Cột"), tr("Lỗi") });
    m_problemsTreeWidget->setRootIsDecorated(false);
    m_problemsTreeWidget->setColumnWidth(0, 60);
    m_problemsTreeWidget->setColumnWidth(1, 180);
    splitter->addWidget(m_previewTableView);
    splitter->addWidget(m_problemsTreeWidget);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_summaryLabel = new QLabel(tr("Chọn tệp Excel (.xlsx) hoặc CSV để xem trước."), this);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setObjectName(QStringLiteral("importSummaryLabel"));
    layout->addWidget(m_summaryLabel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = buttons->addButton(tr("&Nhập"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(false);
    layout->addWidget(buttons);

    connect(chooseButton, &QPushButton::clicked, this, &ListImportDialog::chooseFile);
    connect(reloadButton, &QPushButton::clicked, this, [this] {
        if (!m_path.isEmpty())
            loadFile(m_path);
    });
    connect(m_targetComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_table)
            m_mapping = ImportColumns::guess(ListImport::fieldsOf(target()), *m_table);
        rebuildColumnChoices();
        replan();
    });
    connect(m_headerRowSpinBox, &QSpinBox::valueChanged, this, [this](int row) {
        if (m_mapping.headerRow == row - 1)
            return;
        m_mapping.headerRow = row - 1;
        rebuildColumnChoices();
        replan();
    });
    connect(m_problemsTreeWidget, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem* item) { showProblem(item ? m_problemsTreeWidget->indexOfTopLevelItem(item) : -1); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (importNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rebuildColumnChoices();
}

ListImportDialog::~ListImportDialog() = default;

ListImport::Target ListImportDialog::target() const { return ListImport::Target(m_targetComboBox->currentData().toInt()); }

void ListImportDialog::setTarget(ListImport::Target target) { m_targetComboBox->setCurrentIndex(m_targetComboBox->findData(int(target))); }

void ListImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Nhập danh sách"), m_path.isEmpty() ? DialogFolder::start() : QFileInfo(m_path).path(),
        tr("Bảng tính (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;Mọi tệp (*)"));
    DialogFolder::remember(path);
    if (!path.isEmpty())
        loadFile(path);
}

bool ListImportDialog::loadFile(const QString& path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<TextTable> table = TableFile::read(path);
    QApplication::restoreOverrideCursor();
    m_path = path;
    m_fileLineEdit->setText(QDir::toNativeSeparators(path));
    if (!table) {
        m_table.reset();
        m_plan.reset();
        m_planError = table.error().message;
        m_previewModel->show(nullptr, {}, {}, nullptr);
        m_problemsTreeWidget->clear();
        m_summaryLabel->setText(m_planError);
        m_importButton->setEnabled(false);
        MessageBox::warning(this, tr("Không đọc được tệp"), table.error().message, table.error().detail);
        return false;
    }
    m_table = std::move(table).value();
    // A unit's template says what it is; otherwise the list the file's header names fully, people
    // first when both fit.
    const QSignalBlocker blocker(m_targetComboBox);
    if (const std::optional<UnitTemplate::Identity> identity = UnitTemplate::identify(*m_table))
        setTarget(TemplateImport::targetOf(identity->kind));
    else
        for (ListImport::Target candidate : { ListImport::Target::People, ListImport::Target::Units }) {
            const ImportColumns::Mapping guessed = ImportColumns::guess(ListImport::fieldsOf(candidate), *m_table);
            if (ImportColumns::check(ListImport::fieldsOf(candidate), *m_table, guessed)) {
                setTarget(candidate);
                break;
            }
        }
    m_mapping = ImportColumns::guess(ListImport::fieldsOf(target()), *m_table);
    rebuildColumnChoices();
    replan();
    return true;
}

void ListImportDialog::rebuildColumnChoices()
{
    for (QComboBox* box : m_columnComboBoxes) {
        box->hide();
        box->deleteLater();
    }
    while (QLayoutItem* item = m_columnsLayout->takeAt(0)) {
        if (item->widget() && !qobject_cast<QComboBox*>(item->widget())) {
            item->widget()->hide();
            item->widget()->deleteLater();
        }
        delete item;
    }
    m_columnComboBoxes.clear();
    const std::vector<ImportColumns::Field> fields = ListImport::fieldsOf(target());
    m_mapping.columns.resize(fields.size(), -1);
    {
        const QSignalBlocker blocker(m_headerRowSpinBox);
        m_headerRowSpinBox->setValue(std::max(1, m_mapping.headerRow + 1));
    }
    if (m_mapping.headerRow < 0)
        m_mapping.headerRow = 0;
    int columnCount = 0;
    if (m_table)
        for (size_t r = 0; r < m_table->rows.size() && r < 200; ++r)
            columnCount = std::max(columnCount, int(m_table->rows[r].size()));
    constexpr int PairsPerLine = 3;
    for (size_t f = 0; f < fields.size(); ++f) {
        auto* box = new QComboBox(this);
        box->setObjectName(QStringLiteral("column_") + fields[f].key);
        box->addItem(tr("(không có)"), -1);
        for (int c = 0; c < std::min(columnCount, 100); ++c)
            box->addItem(m_table ? ImportColumns::columnTitle(*m_table, m_mapping, c) : TextTable::columnName(c), c);
        box->setCurrentIndex(std::max(0, box->findData(m_mapping.columns[f])));
        auto* label = new QLabel(fields[f].label + (fields[f].required ? QStringLiteral(" *") : QString()) + QLatin1Char(':'), this);
        label->setBuddy(box);
        const int line = int(f) / PairsPerLine, pair = int(f) % PairsPerLine;
        m_columnsLayout->addWidget(label, line, pair * 2);
        m_columnsLayout->addWidget(box, line, pair * 2 + 1);
        m_columnsLayout->setColumnStretch(pair * 2 + 1, 1);
        connect(box, &QComboBox::currentIndexChanged, this, [this, f, box] {
            m_mapping.columns[f] = box->currentData().toInt();
            replan();
        });
        m_columnComboBoxes.push_back(box);
    }
}

void ListImportDialog::setColumn(const QString& fieldKey, int column)
{
    const std::vector<ImportColumns::Field> fields = ListImport::fieldsOf(target());
    for (size_t f = 0; f < fields.size(); ++f)
        if (fields[f].key == fieldKey)
            m_columnComboBoxes[f]->setCurrentIndex(std::max(0, m_columnComboBoxes[f]->findData(column)));
}

void ListImportDialog::replan()
{
    m_plan.reset();
    m_planError.clear();
    m_problemsTreeWidget->clear();
    if (!m_table) {
        m_importButton->setEnabled(false);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ListImport::Plan> planned = ListImport::plan(m_db, target(), *m_table, m_mapping);
    QApplication::restoreOverrideCursor();
    if (planned)
        m_plan = std::move(planned).value();
    else
        m_planError = planned.error().message;
    m_previewModel->show(&*m_table, ListImport::fieldsOf(target()), m_mapping, plan());
    m_previewTableView->resizeColumnsToContents();
    for (int c = 0; c < m_previewModel->columnCount(); ++c)
        m_previewTableView->setColumnWidth(c, std::min(m_previewTableView->columnWidth(c), 320));
    if (m_plan) {
        QList<QTreeWidgetItem*> items;
        for (const ImportColumns::Problem& problem : m_plan->problems) {
            if (items.size() == MaxProblemsListed)
                break;
            items << new QTreeWidgetItem({ QString::number(problem.row), problem.column, problem.message });
            items.back()->setToolTip(2, problem.message);
        }
        m_problemsTreeWidget->addTopLevelItems(items);
    }
    m_summaryLabel->setText(summaryText());
    m_importButton->setEnabled(m_plan && m_plan->problems.empty() && (m_plan->count(ListImport::Action::Add) + m_plan->count(ListImport::Action::Update)) > 0);
}

QString ListImportDialog::summaryText() const
{
    if (!m_plan)
        return m_planError.isEmpty() ? tr("Chọn tệp Excel (.xlsx) hoặc CSV để xem trước.") : m_planError;
    QString text = (m_plan->scope.isEmpty() ? QString() : m_plan->scope.toHtmlEscaped() + QStringLiteral("<br>"))
        + tr("Thêm mới: %L1 · Cập nhật: %L2 · Đã có, bỏ qua: %L3")
                       .arg(m_plan->count(ListImport::Action::Add))
                       .arg(m_plan->count(ListImport::Action::Update))
                       .arg(m_plan->count(ListImport::Action::AlreadyThere));
    if (!m_plan->problems.empty())
        text += tr(" · <b>%L1 lỗi</b> — chưa nhập được; sửa tệp trong Excel rồi bấm «Đọc lại tệp» (F5).").arg(m_plan->problems.size())
            + (m_plan->problems.size() > size_t(MaxProblemsListed) ? tr(" (hiện %L1 lỗi đầu)").arg(MaxProblemsListed) : QString());
    return text;
}

void ListImportDialog::showProblem(int problemIndex)
{
    if (!m_plan || problemIndex < 0 || size_t(problemIndex) >= m_plan->problems.size())
        return;
    const int row = m_previewModel->modelRowOf(m_plan->problems[size_t(problemIndex)].row);
    if (row < 0)
        return;
    m_previewTableView->selectRow(row);
    m_previewTableView->scrollTo(m_previewModel->index(row, 0));
}

bool ListImportDialog::importNow()
{
    if (!m_plan)
        return false;
    if (!m_plan->problems.empty()) {
        MessageBox::warning(this, tr("Nhập danh sách"), tr("Còn %L1 lỗi trong tệp; chưa nhập dòng nào.").arg(m_plan->problems.size()));
        return false;
    }
    const int changes = m_plan->count(ListImport::Action::Add) + m_plan->count(ListImport::Action::Update);
    if (MessageBox::question(this, tr("Nhập danh sách"),
            tr("Ghi %L1 dòng từ «%2» vào «%3»?\nMột bản sao lưu sẽ được tạo trước khi ghi; nếu có lỗi, không dòng nào được ghi.")
                .arg(changes)
                .arg(QFileInfo(m_path).fileName(), ListImport::targetLabel(target())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes)
        return false;
    QProgressDialog progress(tr("Đang ghi %L1 dòng…").arg(changes), tr("Hủy"), 0, changes, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    Result<ListImport::Outcome> outcome = ListImport::commit(m_db, *m_plan, [&](int done, int total) {
        if (done % 100 == 0 || done == total)
            progress.setValue(done); // lets the window repaint and the clerk cancel
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!outcome) {
        MessageBox::warning(this, tr("Nhập danh sách"), outcome.error().message, outcome.error().detail);
        return false;
    }
    m_rowsAdded = outcome.value().added;
    MessageBox::information(this, tr("Đã nhập"),
        tr("Đã ghi %L1 dòng, bỏ qua %L2 dòng đã có.\nBản sao lưu trước khi nhập: %3")
            .arg(outcome.value().added)
            .arg(outcome.value().alreadyThere)
            .arg(QDir::toNativeSeparators(outcome.value().backupPath)));
    return true;
}
