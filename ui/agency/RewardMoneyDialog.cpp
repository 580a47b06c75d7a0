#include "ui/agency/RewardMoneyDialog.h"

#include "ui/widgets/DateTyping.h"

#include "core/storage/AwardFormRepository.h"
#include "core/storage/Database.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ScreenFit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers); // the cells hold editors
    table->setTabKeyNavigation(false); // Tab goes on to the cells' editors and the buttons
    return table;
}

// Amounts and multiples as the decision prints them: 2.340.000 đồng, 0,3.
QLocale vietnameseNumbers() { return QLocale(QLocale::Vietnamese, QLocale::Vietnam); }

QDoubleSpinBox* multipleBox(std::optional<double> own, double decree, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, 100);
    box->setDecimals(2);
    box->setSingleStep(0.1);
    box->setSpecialValueText(RewardMoneyDialog::tr("Theo Nghị định (%1)").arg(AwardMoney::multipleText(decree)));
    box->setValue(own.value_or(0));
    box->setLocale(vietnameseNumbers());
    return box;
}

} // namespace

RewardMoneyDialog::RewardMoneyDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
{
    setWindowTitle(tr("Tiền thưởng"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Tiền thưởng kèm theo mỗi hình thức là hệ số nhân với mức lương cơ sở đang áp dụng vào ngày ký quyết định, "
                                "làm tròn lên hàng chục nghìn đồng (Nghị định 152/2025/NĐ-CP, Điều 54)."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addWidget(new QLabel(tr("<b>Mức lương cơ sở</b>"), this));
    m_salaries = makeTable({ tr("Áp dụng từ ngày"), tr("Mức lương cơ sở") }, this);
    m_salaries->setObjectName(QStringLiteral("baseSalaryTable"));
    layout->addWidget(m_salaries, 1);
    auto* salaryButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Thêm mức lương"), this);
    add->setObjectName(QStringLiteral("addBaseSalaryButton"));
    add->setToolTip(tr("Thêm mức lương cơ sở mới (Insert)"));
    auto* remove = new QPushButton(tr("&Xóa mức lương"), this);
    remove->setToolTip(tr("Xóa dòng đang chọn (Delete); chỉ mất khi bấm OK"));
    salaryButtons->addWidget(add);
    salaryButtons->addWidget(remove);
    salaryButtons->addStretch();
    layout->addLayout(salaryButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        const qint64 latest = m_salaries->rowCount() > 0
            ? static_cast<QSpinBox*>(m_salaries->cellWidget(m_salaries->rowCount() - 1, 1))->value()
            : 0;
        addSalaryRow({ QDate::currentDate(), latest });
        m_salaries->setCurrentCell(m_salaries->rowCount() - 1, 0);
        m_salaries->cellWidget(m_salaries->rowCount() - 1, 0)->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, &RewardMoneyDialog::removeCurrentSalary);
    connect(new QShortcut(QKeySequence(Qt::Key_Insert), this), &QShortcut::activated, add, &QPushButton::click);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_salaries);
    deleteKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteKey, &QShortcut::activated, this, &RewardMoneyDialog::removeCurrentSalary);

    layout->addWidget(new QLabel(tr("<b>Hệ số tiền thưởng theo hình thức</b> (0: theo Nghị định)"), this));
    m_multiples = makeTable({ tr("Hình thức khen thưởng"), tr("Cá nhân"), tr("Tập thể") }, this);
    m_multiples->setObjectName(QStringLiteral("rewardMultipleTable"));
    m_multiples->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_multiples, 1);

    AwardFormRepository forms(m_db);
    Result<std::vector<BaseSalary>> salaries = forms.baseSalaries();
    Result<std::vector<AwardForm>> awardForms = forms.all();
    if (!salaries || !awardForms) {
        const Error& e = salaries ? awardForms.error() : salaries.error();
        MessageBox::warning(this, tr("Tiền thưởng"), e.message, e.detail);
    } else {
        m_stored = salaries.value();
        m_forms = awardForms.value();
    }
    for (const BaseSalary& salary : m_stored)
        addSalaryRow(salary);
    m_multiples->setRowCount(int(m_forms.size()));
    for (int row = 0; row < int(m_forms.size()); ++row) {
        const AwardForm& form = m_forms[size_t(row)];
        m_multiples->setItem(row, 0, new QTableWidgetItem(form.name));
        m_multiples->setCellWidget(row, 1, multipleBox(form.bonusPerson, AwardMoney::defaultMultiple(form.level, Nominee::Kind::Person), m_multiples));
        m_multiples->setCellWidget(row, 2, multipleBox(form.bonusUnit, AwardMoney::defaultMultiple(form.level, Nominee::Kind::Unit), m_multiples));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RewardMoneyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RewardMoneyDialog::reject);
    layout->addWidget(buttons);
    resizeForScreen(this, QSize(760, 560));
}

RewardMoneyDialog::~RewardMoneyDialog() = default;

void RewardMoneyDialog::addSalaryRow(const BaseSalary& salary)
{
    const int row = m_salaries->rowCount();
    m_salaries->insertRow(row);
    auto* day = new QDateEdit(salary.effectiveFrom.isValid() ? salary.effectiveFrom : QDate::currentDate(), m_salaries);
    acceptTypedDates(day);
    day->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    day->setCalendarPopup(true);
    auto* amount = new QSpinBox(m_salaries);
    amount->setRange(0, 999999999);
    amount->setSingleStep(10000);
    amount->setGroupSeparatorShown(true);
    amount->setLocale(vietnameseNumbers());
    amount->setSuffix(tr(" đồng"));
    amount->setValue(int(salary.amount));
    m_salaries->setCellWidget(row, 0, day);
    m_salaries->setCellWidget(row, 1, amount);
}

void RewardMoneyDialog::removeCurrentSalary()
{
    const int row = m_salaries->currentRow();
    if (row >= 0)
        m_salaries->removeRow(row);
}

void RewardMoneyDialog::accept()
{
    std::vector<BaseSalary> salaries;
    std::set<QDate> days;
    for (int row = 0; row < m_salaries->rowCount(); ++row) {
        const QDate day = static_cast<QDateEdit*>(m_salaries->cellWidget(row, 0))->date();
        if (!days.insert(day).second) {
            m_salaries->setCurrentCell(row, 0);
            MessageBox::warning(this, tr("Tiền thưởng"),
                tr("Trường «Áp dụng từ ngày»: ngày %1 có hai mức lương cơ sở. Mỗi ngày chỉ một mức.").arg(day.toString(QStringLiteral("dd/MM/yyyy"))));
            return;
        }
        salaries.push_back({ day, static_cast<QSpinBox*>(m_salaries->cellWidget(row, 1))->value() });
    }
    AwardFormRepository forms(m_db);
    // All or nothing: a refused value keeps everything as it was.
    const Status saved = m_db.transact([&]() -> Status {
        for (const BaseSalary& stored : m_stored)
            if (!days.count(stored.effectiveFrom))
                if (Status s = forms.removeBaseSalary(stored.effectiveFrom); !s)
                    return s;
        for (const BaseSalary& salary : salaries)
            if (Status s = forms.saveBaseSalary(salary); !s)
                return s;
        for (int row = 0; row < int(m_forms.size()); ++row) {
            auto own = [&](int column) {
                const double value = static_cast<QDoubleSpinBox*>(m_multiples->cellWidget(row, column))->value();
                return value > 0 ? std::optional<double>(value) : std::nullopt;
            };
            if (Status s = forms.setMultiples(m_forms[size_t(row)].id, own(1), own(2)); !s)
                return s;
        }
        return {};
    });
    if (!saved) {
        MessageBox::warning(this, tr("Tiền thưởng"), saved.error().message, saved.error().detail);
        return;
    }
    QDialog::accept();
}
