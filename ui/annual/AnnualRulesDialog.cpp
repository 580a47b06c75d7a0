#include "ui/annual/AnnualRulesDialog.h"

#include "core/common/DateText.h"
#include "core/domain/Labels.h"
#include "core/storage/AnnualCatalogueRepository.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ReadOnlyTable.h"
#include "ui/widgets/ScreenFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString multipleText(double value) { return QString::number(value, 'g', 4).replace(QLatin1Char('.'), QLatin1Char(',')); }

QString untilText(const std::optional<QDate>& day) { return day ? dateText(*day) : AnnualRulesDialog::tr("(còn hiệu lực)"); }

QDateEdit* dateBox(QWidget* parent)
{
    auto* box = new QDateEdit(parent);
    box->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    box->setCalendarPopup(true);
    return box;
}

} // namespace

AnnualRulesDialog::AnnualRulesDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
{
    setWindowTitle(tr("Danh hiệu và quy định xét"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Các con số trong tiêu chuẩn danh hiệu là quy định có căn cứ và ngày áp dụng: khi có văn bản mới, "
                                "thêm giá trị mới từ ngày văn bản có hiệu lực; các năm trước vẫn xét theo giá trị cũ."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(buildPeriod());
    layout->addWidget(buildTitles(), 1);
    layout->addWidget(buildRules(), 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
    resizeForScreen(this, QSize(1000, 720));
}

AnnualRulesDialog::~AnnualRulesDialog() = default;

QWidget* AnnualRulesDialog::buildPeriod()
{
    auto* box = new QGroupBox(tr("Kỳ xét thi đua"), this);
    auto* row = new QHBoxLayout(box);
    m_periodComboBox = new QComboBox(box);
    m_periodComboBox->setObjectName(QStringLiteral("periodComboBox"));
    m_periodComboBox->addItem(tr("Năm dương lịch"), int(PeriodKind::CalendarYear));
    m_periodComboBox->addItem(tr("Năm học"), int(PeriodKind::SchoolYear));
    m_firstMonthSpinBox = new QSpinBox(box);
    m_firstMonthSpinBox->setRange(2, 12);
    m_firstMonthSpinBox->setPrefix(tr("bắt đầu từ tháng "));
    auto* save = new QPushButton(tr("Lưu kỳ xét"), box);
    save->setObjectName(QStringLiteral("savePeriodButton"));
    row->addWidget(m_periodComboBox);
    row->addWidget(m_firstMonthSpinBox);
    row->addWidget(save);
    row->addStretch(1);
    connect(m_periodComboBox, &QComboBox::currentIndexChanged, this,
        [this] { m_firstMonthSpinBox->setEnabled(PeriodKind(m_periodComboBox->currentData().toInt()) == PeriodKind::SchoolYear); });
    connect(save, &QPushButton::clicked, this,
        [this] { savePeriod({ PeriodKind(m_periodComboBox->currentData().toInt()), m_firstMonthSpinBox->value() }); });
    return box;
}

QWidget* AnnualRulesDialog::buildTitles()
{
    auto* box = new QGroupBox(tr("Danh mục danh hiệu"), this);
    auto* layout = new QVBoxLayout(box);
    m_titlesTable = readOnlyTable({ tr("Danh hiệu"), tr("Tặng cho"), tr("Người quyết định"), tr("Hệ số thưởng"), tr("Căn cứ") }, box);
    m_titlesTable->setObjectName(QStringLiteral("annualTitlesTable"));
    layout->addWidget(m_titlesTable, 1);
    auto* form = new QFormLayout;
    m_titleNameLineEdit = new QLineEdit(box);
    m_conferredByLineEdit = new QLineEdit(box);
    m_bonusSpinBox = new QDoubleSpinBox(box);
    m_bonusSpinBox->setRange(0, 100);
    m_bonusSpinBox->setDecimals(2);
    m_bonusSpinBox->setSingleStep(0.1);
    m_bonusSpinBox->setSuffix(tr(" lần mức lương cơ sở"));
    m_titleBasisLineEdit = new QLineEdit(box);
    auto* line = new QHBoxLayout;
    line->addWidget(m_titleNameLineEdit, 2);
    line->addWidget(new QLabel(tr("Người quyết định:"), box));
    line->addWidget(m_conferredByLineEdit, 1);
    line->addWidget(m_bonusSpinBox);
    form->addRow(tr("Tên danh hiệu:"), line);
    form->addRow(tr("Căn cứ:"), m_titleBasisLineEdit);
    layout->addLayout(form);
    auto* save = new QPushButton(tr("Lưu danh hiệu"), box);
    save->setObjectName(QStringLiteral("saveTitleButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_titlesTable, &QTableWidget::currentCellChanged, this, [this](int row) { showTitle(row); });
    connect(save, &QPushButton::clicked, this, [this] {
        const int row = m_titlesTable->currentRow();
        if (row < 0 || row >= int(m_titles.size()))
            return;
        AnnualTitleDefinition title = m_titles[size_t(row)];
        title.name = m_titleNameLineEdit->text();
        title.conferredBy = m_conferredByLineEdit->text();
        title.bonusMultiple = m_bonusSpinBox->value();
        title.legalBasis = m_titleBasisLineEdit->text();
        saveTitle(title);
    });
    return box;
}

QWidget* AnnualRulesDialog::buildRules()
{
    auto* box = new QGroupBox(tr("Quy định xét danh hiệu"), this);
    auto* layout = new QVBoxLayout(box);
    m_rulesTable = readOnlyTable({ tr("Quy định"), tr("Giá trị"), tr("Từ ngày"), tr("Đến ngày"), tr("Căn cứ") }, box);
    m_rulesTable->setObjectName(QStringLiteral("annualRulesTable"));
    layout->addWidget(m_rulesTable, 1);
    auto* form = new QFormLayout;
    m_ruleComboBox = new QComboBox(box);
    for (AnnualRule rule : AllAnnualRules)
        m_ruleComboBox->addItem(annualRuleLabel(rule), int(rule));
    m_valueSpinBox = new QDoubleSpinBox(box);
    m_valueSpinBox->setRange(0, 100);
    m_valueSpinBox->setDecimals(1);
    m_ruleBasisLineEdit = new QLineEdit(box);
    m_ruleBasisLineEdit->setObjectName(QStringLiteral("ruleBasisLineEdit"));
    m_ruleBasisLineEdit->setPlaceholderText(tr("Văn bản quy định giá trị này, ví dụ: Nghị định số …/2026/NĐ-CP, Điều …"));
    m_fromDateEdit = dateBox(box);
    m_untilCheckBox = new QCheckBox(tr("đến ngày"), box);
    m_untilDateEdit = dateBox(box);
    auto* line = new QHBoxLayout;
    line->addWidget(m_valueSpinBox);
    line->addWidget(new QLabel(tr("từ ngày"), box));
    line->addWidget(m_fromDateEdit);
    line->addWidget(m_untilCheckBox);
    line->addWidget(m_untilDateEdit);
    line->addStretch(1);
    form->addRow(tr("Quy định:"), m_ruleComboBox);
    form->addRow(tr("Giá trị:"), line);
    form->addRow(tr("Căn cứ:"), m_ruleBasisLineEdit);
    layout->addLayout(form);
    auto* save = new QPushButton(tr("Lưu giá trị"), box);
    save->setObjectName(QStringLiteral("saveRuleValueButton"));
    save->setToolTip(tr("Một giá trị mới khi ngày bắt đầu khác; cùng quy định và cùng ngày bắt đầu thì sửa giá trị đó"));
    auto* remove = new QPushButton(tr("Xóa giá trị đang chọn"), box);
    remove->setObjectName(QStringLiteral("removeRuleValueButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_untilCheckBox, &QCheckBox::toggled, m_untilDateEdit, &QWidget::setEnabled);
    connect(m_rulesTable, &QTableWidget::currentCellChanged, this, [this](int row) { showRuleValue(row); });
    connect(save, &QPushButton::clicked, this, [this] {
        saveRuleValue({ AnnualRule(m_ruleComboBox->currentData().toInt()), m_valueSpinBox->value(), m_ruleBasisLineEdit->text(),
            m_fromDateEdit->date(), m_untilCheckBox->isChecked() ? std::optional<QDate>(m_untilDateEdit->date()) : std::nullopt });
    });
    connect(remove, &QPushButton::clicked, this, &AnnualRulesDialog::removeCurrentRuleValue);
    return box;
}

void AnnualRulesDialog::reload()
{
    AnnualCatalogueRepository catalogue(m_db);
    Result<EvaluationPeriod> period = catalogue.period();
    Result<std::vector<AnnualTitleDefinition>> titles = catalogue.titles();
    Result<std::vector<AnnualRuleValue>> values = catalogue.ruleValues();
    for (const Error* error : { period.errorIf(), titles.errorIf(), values.errorIf() })
        if (error) {
            MessageBox::warning(this, windowTitle(), error->message, error->detail);
            return;
        }
    m_periodComboBox->setCurrentIndex(m_periodComboBox->findData(int(period.value().kind)));
    m_firstMonthSpinBox->setValue(period.value().schoolYearFirstMonth);
    m_firstMonthSpinBox->setEnabled(period.value().kind == PeriodKind::SchoolYear);

    const int titleRow = qMax(0, m_titlesTable->currentRow());
    m_titles = titles.value();
    m_titlesTable->setRowCount(int(m_titles.size()));
    for (int row = 0; row < int(m_titles.size()); ++row) {
        const AnnualTitleDefinition& t = m_titles[size_t(row)];
        setRowTexts(m_titlesTable, row,
            { t.name, annualTitleSubject(t.title) == Nominee::Kind::Person ? tr("Cá nhân") : tr("Tập thể"), t.conferredBy,
                multipleText(t.bonusMultiple), t.legalBasis });
    }
    m_titlesTable->resizeColumnsToContents();
    m_titlesTable->setCurrentCell(qMin(titleRow, m_titlesTable->rowCount() - 1), 0);

    const int ruleRow = qMax(0, m_rulesTable->currentRow());
    m_values = values.value();
    m_rulesTable->setRowCount(int(m_values.size()));
    for (int row = 0; row < int(m_values.size()); ++row) {
        const AnnualRuleValue& v = m_values[size_t(row)];
        setRowTexts(m_rulesTable, row, { annualRuleLabel(v.rule), multipleText(v.value), dateText(v.validFrom), untilText(v.validTo), v.legalBasis });
    }
    m_rulesTable->resizeColumnsToContents();
    const int widest = fontMetrics().averageCharWidth() * 48;
    for (QTableWidget* table : { m_titlesTable, m_rulesTable })
        table->setColumnWidth(0, qMin(table->columnWidth(0), widest));
    m_rulesTable->setCurrentCell(qMin(ruleRow, m_rulesTable->rowCount() - 1), 0);
}

void AnnualRulesDialog::showTitle(int row)
{
    if (row < 0 || row >= int(m_titles.size()))
        return;
    const AnnualTitleDefinition& t = m_titles[size_t(row)];
    m_titleNameLineEdit->setText(t.name);
    m_conferredByLineEdit->setText(t.conferredBy);
    m_bonusSpinBox->setValue(t.bonusMultiple);
    m_titleBasisLineEdit->setText(t.legalBasis);
    m_titleBasisLineEdit->setCursorPosition(0); // the basis read from its start
}

void AnnualRulesDialog::showRuleValue(int row)
{
    if (row < 0 || row >= int(m_values.size()))
        return;
    const AnnualRuleValue& v = m_values[size_t(row)];
    m_ruleComboBox->setCurrentIndex(m_ruleComboBox->findData(int(v.rule)));
    m_valueSpinBox->setValue(v.value);
    m_ruleBasisLineEdit->setText(v.legalBasis);
    m_ruleBasisLineEdit->setCursorPosition(0);
    m_fromDateEdit->setDate(v.validFrom);
    m_untilCheckBox->setChecked(v.validTo.has_value());
    m_untilDateEdit->setDate(v.validTo.value_or(v.validFrom));
    m_untilDateEdit->setEnabled(v.validTo.has_value());
}

bool AnnualRulesDialog::stored(const Status& saved)
{
    if (!saved) {
        MessageBox::warning(this, tr("Không lưu được"), saved.error().message, saved.error().detail);
        return false;
    }
    reload();
    return true;
}

bool AnnualRulesDialog::savePeriod(const EvaluationPeriod& period) { return stored(AnnualCatalogueRepository(m_db).setPeriod(period)); }
bool AnnualRulesDialog::saveTitle(const AnnualTitleDefinition& title) { return stored(AnnualCatalogueRepository(m_db).saveTitle(title)); }
bool AnnualRulesDialog::saveRuleValue(const AnnualRuleValue& value) { return stored(AnnualCatalogueRepository(m_db).saveRuleValue(value)); }

void AnnualRulesDialog::removeCurrentRuleValue()
{
    const int row = m_rulesTable->currentRow();
    if (row < 0 || row >= int(m_values.size()))
        return;
    const AnnualRuleValue& v = m_values[size_t(row)];
    if (MessageBox::question(this, tr("Xóa giá trị"),
            tr("Xóa giá trị %1 của «%2» (từ ngày %3)? Các năm nó áp dụng sẽ không còn giá trị nào nếu không có giá trị khác.")
                .arg(multipleText(v.value), annualRuleLabel(v.rule), dateText(v.validFrom)))
        != QMessageBox::Yes)
        return;
    if (Status removed = AnnualCatalogueRepository(m_db).removeRuleValue(v.rule, v.validFrom); !removed)
        MessageBox::warning(this, tr("Không xóa được"), removed.error().message, removed.error().detail);
    reload();
}
