#include "ui/reports/ReportsPage.h"

#include "ui/widgets/DateTyping.h"

#include "core/common/DateText.h"
#include "core/documents/FinalReport.h"
#include "core/storage/UnitReportRepository.h"
#include "core/storage/UnitRepository.h"
#include "ui/documents/DocumentView.h"
#include "ui/reports/FinalReportDialog.h"
#include "ui/widgets/CampaignPicker.h"
#include "ui/widgets/DialogFolder.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/NextStepBanner.h"
#include "ui/widgets/UnsavedMark.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

enum Column { UnitColumn, DeadlineColumn, ReceivedColumn, StatusColumn, DocumentColumn, InitiativesColumn, ModelsColumn, CommendedColumn,
    FilesColumn, ColumnCount };

QDateEdit* dateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(QDate::currentDate(), parent);
    acceptTypedDates(edit);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

QSpinBox* figureBox(QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, 1000000);
    return box;
}

} // namespace

ReportsPage::ReportsPage(QWidget* parent)
    : Page(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Báo cáo tổng kết</h2>"), this));
    auto* bar = new QHBoxLayout;
    m_campaignPicker = new CampaignPicker(this);
    bar->addWidget(new QLabel(tr("Đợt:"), this));
    bar->addWidget(m_campaignPicker, 1);
    m_deadlineCheckBox = new QCheckBox(tr("Hạn nộp &chung:"), this);
    m_deadlineEdit = dateEdit(this);
    bar->addWidget(m_deadlineCheckBox);
    bar->addWidget(m_deadlineEdit);
    auto* reminder = new QPushButton(tr("Danh sách nhắc nộp…"), this);
    reminder->setToolTip(tr("In danh sách các đơn vị chưa gửi báo cáo, với hạn nộp và số ngày quá hạn"));
    auto* finalReport = new QPushButton(tr("Báo cáo tổng kết…"), this);
    finalReport->setObjectName(QStringLiteral("finalReportButton"));
    finalReport->setToolTip(tr("Lập báo cáo tổng kết gửi Ban Giám đốc và Sở Nội vụ: số liệu tính từ báo cáo của các đơn vị và các đề nghị"));
    bar->addWidget(reminder);
    bar->addWidget(finalReport);
    layout->addLayout(bar);
    m_nextStep = new NextStepBanner(this);
    layout->addWidget(m_nextStep);

    auto* filters = new QHBoxLayout;
    m_filterComboBox = new QComboBox(this);
    m_filterComboBox->addItems({ tr("Mọi đơn vị"), tr("Chưa nộp"), tr("Quá hạn chưa nộp"), tr("Nộp muộn"), tr("Đã nộp") });
    filters->addWidget(new QLabel(tr("Hiện:"), this));
    filters->addWidget(m_filterComboBox);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("reportCountsLabel"));
    filters->addWidget(m_countsLabel, 1);
    layout->addLayout(filters);

    auto* splitter = new QSplitter(this);
    m_table = new QTableWidget(0, ColumnCount, splitter);
    m_table->setTabKeyNavigation(false); // Tab moves on, out of the table
    m_table->setObjectName(QStringLiteral("unitReportsTable"));
    m_table->setHorizontalHeaderLabels({ tr("Đơn vị"), tr("Hạn nộp"), tr("Ngày nhận"), tr("Tình trạng"), tr("Số văn bản"), tr("Sáng kiến"),
        tr("Mô hình"), tr("Cá nhân được khen"), tr("Tệp") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* form = new QGroupBox(tr("Báo cáo của đơn vị"), splitter);
    auto* formLayout = new QFormLayout(form);
    m_unitLabel = new QLabel(form);
    m_unitLabel->setWordWrap(true);
    formLayout->addRow(m_unitLabel);
    auto dated = [&](QCheckBox*& check, QDateEdit*& edit, const QString& label) {
        auto* row = new QHBoxLayout;
        check = new QCheckBox(label, form);
        edit = dateEdit(form);
        row->addWidget(check);
        row->addWidget(edit);
        row->addStretch();
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        formLayout->addRow(row);
    };
    dated(m_receivedCheckBox, m_receivedEdit, tr("Đã &nhận ngày:"));
    dated(m_ownDeadlineCheckBox, m_ownDeadlineEdit, tr("Hạn &riêng:"));
    m_numberLineEdit = new QLineEdit(form);
    m_numberLineEdit->setObjectName(QStringLiteral("reportNumberLineEdit"));
    m_numberLineEdit->setPlaceholderText(tr("Ví dụ: 25/BC-VP"));
    formLayout->addRow(tr("Số &văn bản:"), m_numberLineEdit);
    dated(m_documentDateCheckBox, m_documentDateEdit, tr("Ngày văn &bản:"));
    m_summaryTextEdit = new QPlainTextEdit(form);
    m_summaryTextEdit->setTabChangesFocus(true);
    m_summaryTextEdit->setPlaceholderText(tr("Kết quả nổi bật của đơn vị, đưa vào báo cáo tổng kết"));
    m_summaryTextEdit->setMaximumHeight(140);
    formLayout->addRow(tr("Tóm tắt kết quả:"), m_summaryTextEdit);
    m_initiativesSpinBox = figureBox(form);
    m_modelsSpinBox = figureBox(form);
    m_commendedSpinBox = figureBox(form);
    formLayout->addRow(tr("Số sáng kiến:"), m_initiativesSpinBox);
    formLayout->addRow(tr("Số mô hình, cách làm hay:"), m_modelsSpinBox);
    formLayout->addRow(tr("Số cá nhân được đơn vị khen:"), m_commendedSpinBox);
    m_filesListWidget = new QListWidget(form);
    m_filesListWidget->setMaximumHeight(90);
    m_filesListWidget->setToolTip(tr("Nhấp đúp để mở tệp"));
    formLayout->addRow(tr("Tệp đính kèm:"), m_filesListWidget);
    auto* fileButtons = new QHBoxLayout;
    auto* addFile = new QPushButton(tr("Thêm tệp…"), form);
    auto* removeFile = new QPushButton(tr("Xóa tệp"), form);
    auto* save = new QPushButton(tr("&Lưu báo cáo"), form);
    save->setToolTip(tr("Lưu (Ctrl+S)"));
    fileButtons->addWidget(addFile);
    fileButtons->addWidget(removeFile);
    fileButtons->addStretch();
    fileButtons->addWidget(save);
    formLayout->addRow(fileButtons);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 760, 420 });
    layout->addWidget(splitter, 1);

    connect(m_campaignPicker, &CampaignPicker::campaignChanged, this, [this] { reload(); });
    connect(m_deadlineCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_deadlineEdit->setEnabled(on);
        saveDeadline();
    });
    connect(m_deadlineEdit, &QDateEdit::dateChanged, this, &ReportsPage::saveDeadline);
    connect(m_filterComboBox, &QComboBox::currentIndexChanged, this, &ReportsPage::fillTable);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        if (m_filling || row == previous)
            return;
        if (!confirmLeave()) {
            const QSignalBlocker blocker(m_table);
            m_table->setCurrentCell(previous, 0);
            return;
        }
        showSelected();
    });
    connect(save, &QPushButton::clicked, this, &ReportsPage::saveReport);
    save->setObjectName(QStringLiteral("saveReportButton"));
    m_reportMark = new UnsavedMark(save, [this] { return formModified(); });
    m_reportMark->watch(form);
    connect(m_numberLineEdit, &QLineEdit::returnPressed, this, &ReportsPage::saveReport); // Enter saves, as on every form
    connect(addFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Tệp đơn vị gửi"), DialogFolder::start());
        DialogFolder::remember(path);
        if (!path.isEmpty())
            attachFile(path);
    });
    connect(removeFile, &QPushButton::clicked, this, [this] {
        const int index = m_filesListWidget->currentRow();
        if (m_current < 0 || index < 0 || !m_db)
            return;
        const UnitReportFile file = m_rows[size_t(m_current)].second.files[size_t(index)];
        // The question names the file that will really be deleted, not only the name recorded.
        const Result<QString> copy = UnitReportRepository(*m_db).absolutePath(file);
        const QString question = copy
            ? tr("Xóa tệp «%1» khỏi báo cáo của đơn vị? Bản chép «%2» trong thư mục tệp đính kèm cũng bị xóa.")
                  .arg(file.fileName, QDir::toNativeSeparators(copy.value()))
            : tr("%1\n\nChỉ xóa tệp này khỏi danh sách của báo cáo?").arg(copy.error().message);
        if (MessageBox::question(this, tr("Xóa tệp"), question) != QMessageBox::Yes)
            return;
        if (Status removed = UnitReportRepository(*m_db).detach(file); !removed)
            MessageBox::warning(this, tr("Xóa tệp"), removed.error().message, removed.error().detail);
        reload();
    });
    connect(m_filesListWidget, &QListWidget::itemDoubleClicked, this, [this] {
        const int index = m_filesListWidget->currentRow();
        if (m_current < 0 || index < 0 || !m_db)
            return;
        const Result<QString> copy = UnitReportRepository(*m_db).absolutePath(m_rows[size_t(m_current)].second.files[size_t(index)]);
        if (!copy)
            MessageBox::warning(this, tr("Mở tệp"), copy.error().message, copy.error().detail);
        else
            QDesktopServices::openUrl(QUrl::fromLocalFile(copy.value()));
    });
    connect(reminder, &QPushButton::clicked, this, &ReportsPage::showReminder);
    connect(finalReport, &QPushButton::clicked, this, &ReportsPage::showFinalReport);
    setEnabled(false);
}

void ReportsPage::setDatabase(Database* database)
{
    m_db = database;
    setEnabled(m_db != nullptr);
    m_campaignPicker->reload(m_db); // → reload()
    if (!m_db)
        reload();
}

void ReportsPage::setToday(QDate today)
{
    m_today = today;
    fillTable();
}

void ReportsPage::setFilter(Filter filter) { m_filterComboBox->setCurrentIndex(int(filter)); }

void ReportsPage::reload()
{
    const qint64 selected = m_current >= 0 && m_current < int(m_rows.size()) ? m_rows[size_t(m_current)].first.id : 0;
    // An edit not yet saved is never dropped by a reload: another campaign chosen (here or on
    // another page) asks first; the same campaign read again keeps the edit in the form.
    std::optional<UnitReport> unsaved = formModified() ? std::optional<UnitReport>(reportFromForm()) : std::nullopt;
    if (unsaved && (!m_db || m_campaignPicker->currentCampaignId() <= 0))
        unsaved.reset(); // the file is closing: its pages asked already
    if (unsaved && unsaved->campaignId != m_campaignPicker->currentCampaignId()) {
        const qint64 wanted = m_campaignPicker->currentCampaignId();
        {
            const QSignalBlocker blocker(m_campaignPicker);
            m_campaignPicker->selectCampaign(unsaved->campaignId); // the question is about this one's report
        }
        if (!confirmLeave())
            return; // stays on the campaign with the edit
        unsaved.reset();
        const QSignalBlocker blocker(m_campaignPicker);
        m_campaignPicker->selectCampaign(wanted);
    }
    m_rows.clear();
    m_campaignDeadline.reset();
    const qint64 campaignId = m_campaignPicker->currentCampaignId();
    if (m_db && campaignId > 0) {
        UnitReportRepository repository(*m_db);
        Result<std::optional<QDate>> deadline = repository.campaignDeadline(campaignId);
        Result<std::vector<Unit>> units = UnitRepository(*m_db).all();
        Result<std::vector<UnitReport>> reports = units ? repository.forCampaign(campaignId, units.value())
                                                        : Result<std::vector<UnitReport>>(units.error());
        if (!deadline || !reports || !units) {
            const Error& error = !deadline ? deadline.error() : !reports ? reports.error() : units.error();
            MessageBox::warning(this, tr("Báo cáo tổng kết"), error.message, error.detail);
        } else {
            m_campaignDeadline = deadline.value();
            for (size_t i = 0; i < reports.value().size(); ++i)
                m_rows.emplace_back(units.value()[i], reports.value()[i]); // both in the units' order
        }
    }
    {
        const QSignalBlocker a(m_deadlineCheckBox), b(m_deadlineEdit);
        m_deadlineCheckBox->setChecked(m_campaignDeadline.has_value());
        m_deadlineEdit->setEnabled(m_campaignDeadline.has_value());
        if (m_campaignDeadline)
            m_deadlineEdit->setDate(*m_campaignDeadline);
    }
    m_current = -1;
    fillTable();
    if (selected)
        selectUnit(selected);
    showSelected();
    if (unsaved && m_current >= 0 && m_rows[size_t(m_current)].second.unitId == unsaved->unitId)
        showInForm(*unsaved);
    if (m_db && m_campaignPicker->count() == 0)
        m_nextStep->showNoCampaign(this);
    else if (m_db && m_rows.empty())
        m_nextStep->showStepOn(this, SeasonStep::Place::People,
            tr("Chưa có phòng, đơn vị nào để theo dõi báo cáo. Thêm các đơn vị của cơ quan trước."), tr("Mở trang Đơn vị && cán bộ"));
    else
        m_nextStep->hide();
}

void ReportsPage::fillTable()
{
    m_filling = true;
    const qint64 selected = m_current >= 0 && m_current < int(m_rows.size()) ? m_rows[size_t(m_current)].first.id : 0;
    m_table->setRowCount(0);
    const Filter filter = Filter(m_filterComboBox->currentIndex());
    int submitted = 0, late = 0, missing = 0, overdue = 0;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const auto& [unit, report] = m_rows[i];
        const ReportStatus status = statusOf(report, m_campaignDeadline);
        const bool isLate = status == ReportStatus::Late;
        const bool overdueNow = isOverdue(report, m_campaignDeadline, m_today);
        submitted += status != ReportStatus::NotSubmitted ? 1 : 0;
        late += isLate ? 1 : 0;
        missing += status == ReportStatus::NotSubmitted ? 1 : 0;
        overdue += overdueNow ? 1 : 0;
        const bool shown = filter == Filter::All || (filter == Filter::NotSubmitted && status == ReportStatus::NotSubmitted)
            || (filter == Filter::Overdue && overdueNow) || (filter == Filter::Late && isLate)
            || (filter == Filter::Submitted && status != ReportStatus::NotSubmitted);
        if (!shown)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString state = overdueNow ? tr("Quá hạn %1 ngày").arg(deadlineOf(report, m_campaignDeadline)->daysTo(m_today)) : statusLabel(status);
        const QString cells[] = { unit.name, dateText(deadlineOf(report, m_campaignDeadline)), dateText(report.receivedOn), state,
            report.documentNumber, QString::number(report.initiatives), QString::number(report.models),
            QString::number(report.peopleCommended), report.files.empty() ? QString() : QString::number(report.files.size()) };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, qlonglong(i));
            if (column >= InitiativesColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (overdueNow || isLate)
                item->setForeground(overdueNow ? QColor(0xa4, 0, 0) : QColor(0xb0, 0x60, 0));
            m_table->setItem(row, column, item);
        }
        if (unit.id == selected)
            m_table->setCurrentCell(row, 0);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(UnitColumn, std::min(m_table->columnWidth(UnitColumn), 260));
    m_countsLabel->setText(tr("Đã nộp %1/%2 · Nộp muộn %3 · Chưa nộp %4 (quá hạn %5)")
                               .arg(submitted)
                               .arg(m_rows.size())
                               .arg(late)
                               .arg(missing)
                               .arg(overdue));
    m_filling = false;
}

QString ReportsPage::countsText() const { return m_countsLabel->text(); }

void ReportsPage::selectUnit(qint64 unitId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const size_t index = size_t(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
        if (m_rows[index].first.id == unitId) {
            m_table->setCurrentCell(row, 0);
            showSelected();
            return;
        }
    }
}

void ReportsPage::showSelected()
{
    const int row = m_table->currentRow();
    m_current = row >= 0 && m_table->item(row, 0) ? int(m_table->item(row, 0)->data(Qt::UserRole).toLongLong()) : -1;
    const bool any = m_current >= 0;
    m_unitLabel->setText(any ? QStringLiteral("<b>%1</b>").arg(m_rows[size_t(m_current)].first.name.toHtmlEscaped())
                             : tr("Chọn một đơn vị trong bảng."));
    showInForm(any ? m_rows[size_t(m_current)].second : UnitReport {});
}

void ReportsPage::showInForm(const UnitReport& report)
{
    m_receivedCheckBox->setChecked(report.receivedOn.has_value());
    m_receivedEdit->setEnabled(report.receivedOn.has_value());
    m_receivedEdit->setDate(report.receivedOn.value_or(m_today));
    m_ownDeadlineCheckBox->setChecked(report.deadline.has_value());
    m_ownDeadlineEdit->setEnabled(report.deadline.has_value());
    m_ownDeadlineEdit->setDate(report.deadline.value_or(m_campaignDeadline.value_or(m_today)));
    m_numberLineEdit->setText(report.documentNumber);
    m_documentDateCheckBox->setChecked(report.documentDate.has_value());
    m_documentDateEdit->setEnabled(report.documentDate.has_value());
    m_documentDateEdit->setDate(report.documentDate.value_or(m_today));
    m_summaryTextEdit->setPlainText(report.summary);
    m_initiativesSpinBox->setValue(report.initiatives);
    m_modelsSpinBox->setValue(report.models);
    m_commendedSpinBox->setValue(report.peopleCommended);
    m_filesListWidget->clear();
    for (const UnitReportFile& file : report.files)
        m_filesListWidget->addItem(file.fileName);
    m_reportMark->update();
}

UnitReport ReportsPage::reportFromForm() const
{
    UnitReport report = m_current >= 0 ? m_rows[size_t(m_current)].second : UnitReport {};
    auto day = [](const QCheckBox* check, const QDateEdit* edit) { return check->isChecked() ? std::optional<QDate>(edit->date()) : std::nullopt; };
    report.receivedOn = day(m_receivedCheckBox, m_receivedEdit);
    report.deadline = day(m_ownDeadlineCheckBox, m_ownDeadlineEdit);
    report.documentNumber = m_numberLineEdit->text().trimmed();
    report.documentDate = day(m_documentDateCheckBox, m_documentDateEdit);
    report.summary = m_summaryTextEdit->toPlainText().trimmed();
    report.initiatives = m_initiativesSpinBox->value();
    report.models = m_modelsSpinBox->value();
    report.peopleCommended = m_commendedSpinBox->value();
    return report;
}

bool ReportsPage::formModified() const
{
    if (m_current < 0)
        return false;
    const UnitReport& stored = m_rows[size_t(m_current)].second;
    const UnitReport edited = reportFromForm();
    return stored.receivedOn != edited.receivedOn || stored.deadline != edited.deadline || stored.documentNumber != edited.documentNumber
        || stored.documentDate != edited.documentDate || stored.summary != edited.summary || stored.initiatives != edited.initiatives
        || stored.models != edited.models || stored.peopleCommended != edited.peopleCommended;
}

bool ReportsPage::confirmLeave()
{
    if (!formModified())
        return true;
    const auto answer = MessageBox::question(this, tr("Báo cáo của đơn vị"),
        tr("Báo cáo của «%1» đã sửa mà chưa lưu. Lưu lại?").arg(m_rows[size_t(m_current)].first.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        showSelected(); // the stored report back in the form
        return true;
    }
    return saveReport();
}

bool ReportsPage::saveReport()
{
    if (!m_db || m_current < 0)
        return false;
    UnitReport report = reportFromForm();
    if (Status saved = UnitReportRepository(*m_db).save(report); !saved) {
        MessageBox::warning(this, tr("Lưu báo cáo của đơn vị"), saved.error().message, saved.error().detail);
        return false;
    }
    m_rows[size_t(m_current)].second = report;
    fillTable();
    m_reportMark->update();
    return true;
}

void ReportsPage::setReceived(std::optional<QDate> day)
{
    m_receivedCheckBox->setChecked(day.has_value());
    if (day)
        m_receivedEdit->setDate(*day);
}

void ReportsPage::setDocument(const QString& number, std::optional<QDate> day)
{
    m_numberLineEdit->setText(number);
    m_documentDateCheckBox->setChecked(day.has_value());
    if (day)
        m_documentDateEdit->setDate(*day);
}

void ReportsPage::setFigures(int initiatives, int models, int peopleCommended)
{
    m_initiativesSpinBox->setValue(initiatives);
    m_modelsSpinBox->setValue(models);
    m_commendedSpinBox->setValue(peopleCommended);
}

void ReportsPage::setSummary(const QString& text) { m_summaryTextEdit->setPlainText(text); }

bool ReportsPage::attachFile(const QString& path)
{
    if (!m_db || m_current < 0)
        return false;
    UnitReport report = m_rows[size_t(m_current)].second;
    Result<UnitReportFile> attached = UnitReportRepository(*m_db).attach(report, path);
    if (!attached) {
        MessageBox::warning(this, tr("Thêm tệp"), attached.error().message, attached.error().detail);
        return false;
    }
    m_rows[size_t(m_current)].second.id = report.id;
    m_rows[size_t(m_current)].second.files = report.files;
    m_filesListWidget->addItem(attached.value().fileName);
    fillTable();
    return true;
}

void ReportsPage::saveDeadline()
{
    const qint64 campaignId = m_campaignPicker->currentCampaignId();
    if (!m_db || campaignId <= 0)
        return;
    const std::optional<QDate> deadline = m_deadlineCheckBox->isChecked() ? std::optional<QDate>(m_deadlineEdit->date()) : std::nullopt;
    if (Status saved = UnitReportRepository(*m_db).setCampaignDeadline(campaignId, deadline); !saved) {
        MessageBox::warning(this, tr("Hạn nộp chung"), saved.error().message, saved.error().detail);
        return;
    }
    m_campaignDeadline = deadline;
    fillTable();
}

void ReportsPage::showReminder()
{
    const qint64 campaignId = m_campaignPicker->currentCampaignId();
    if (!m_db || campaignId <= 0)
        return;
    Database* db = m_db;
    const QDate today = m_today;
    showDocumentDialog(this, tr("Danh sách đơn vị chưa gửi báo cáo"),
        [db, campaignId, today]() -> Result<doc::Document> {
            Result<FinalReport::Input> input = FinalReport::load(*db, campaignId);
            if (!input)
                return input.error();
            return FinalReport::reminder(input.value(), today);
        },
        [](DocumentFormat format) {
            return format == DocumentFormat::Docx ? QStringLiteral("Don-vi-chua-bao-cao.docx") : QStringLiteral("Don-vi-chua-bao-cao.pdf");
        });
}

void ReportsPage::showFinalReport()
{
    const qint64 campaignId = m_campaignPicker->currentCampaignId();
    if (!m_db || campaignId <= 0 || !confirmLeave())
        return;
    FinalReportDialog dialog(*m_db, campaignId, this);
    Q_EMIT finalReportShown(&dialog);
    dialog.exec();
}
