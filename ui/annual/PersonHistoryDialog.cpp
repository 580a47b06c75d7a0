#include "ui/annual/PersonHistoryDialog.h"

#include "core/domain/Labels.h"
#include "core/storage/YearRecordRepository.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ReadOnlyTable.h"
#include "ui/widgets/ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
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

QSpinBox* yearBox(int year, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(1990, 2200);
    box->setValue(year);
    return box;
}

} // namespace

PersonHistoryDialog::PersonHistoryDialog(Database& database, qint64 personId, const QString& personName, int year, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
    , m_personId(personId)
{
    setWindowTitle(tr("Sáng kiến, danh hiệu các năm — %1").arg(personName));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Các quy định xét danh hiệu tính theo những gì ghi ở đây: sáng kiến, đề tài theo năm được công nhận "
                                "và phạm vi ảnh hưởng; danh hiệu của các năm trước theo quyết định đã có."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_initiativeYearSpinBox = yearBox(year, this);
    m_titleYearSpinBox = yearBox(year - 1, this);
    layout->addWidget(buildInitiatives(), 3);
    layout->addWidget(buildTitles(), 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
    resizeForScreen(this, QSize(900, 640));
}

PersonHistoryDialog::~PersonHistoryDialog() = default;

QWidget* PersonHistoryDialog::buildInitiatives()
{
    auto* box = new QGroupBox(tr("Sáng kiến, đề tài"), this);
    auto* layout = new QVBoxLayout(box);
    m_initiativesTable = readOnlyTable({ tr("Năm"), tr("Loại"), tr("Tên"), tr("Phạm vi"), tr("Cơ quan công nhận"), tr("Văn bản") }, box);
    m_initiativesTable->setObjectName(QStringLiteral("initiativesTable"));
    layout->addWidget(m_initiativesTable, 1);
    auto* form = new QFormLayout;
    m_kindComboBox = new QComboBox(box);
    for (InitiativeKind kind : { InitiativeKind::Initiative, InitiativeKind::Research })
        m_kindComboBox->addItem(initiativeKindLabel(kind), int(kind));
    m_scopeComboBox = new QComboBox(box);
    for (InitiativeScope scope : { InitiativeScope::Grassroots, InitiativeScope::Province, InitiativeScope::National })
        m_scopeComboBox->addItem(initiativeScopeLabel(scope), int(scope));
    m_initiativeTitleLineEdit = new QLineEdit(box);
    m_initiativeTitleLineEdit->setObjectName(QStringLiteral("initiativeTitleLineEdit"));
    m_recognisedByLineEdit = new QLineEdit(box);
    m_recognisedByLineEdit->setPlaceholderText(tr("Ví dụ: Hội đồng sáng kiến Sở Khoa học và Công nghệ"));
    m_referenceLineEdit = new QLineEdit(box);
    m_referenceLineEdit->setPlaceholderText(tr("Ví dụ: Quyết định số 45/QĐ-SKHCN ngày 10/11/2025"));
    auto* line = new QHBoxLayout;
    line->addWidget(m_initiativeYearSpinBox);
    line->addWidget(m_kindComboBox);
    line->addWidget(new QLabel(tr("Phạm vi ảnh hưởng:"), box));
    line->addWidget(m_scopeComboBox);
    line->addStretch(1);
    form->addRow(tr("Năm công nhận, loại:"), line);
    form->addRow(tr("Tên sáng kiến, đề tài:"), m_initiativeTitleLineEdit);
    form->addRow(tr("Cơ quan công nhận:"), m_recognisedByLineEdit);
    form->addRow(tr("Văn bản công nhận:"), m_referenceLineEdit);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Thêm sáng kiến, đề tài"), box);
    add->setObjectName(QStringLiteral("addInitiativeButton"));
    auto* remove = new QPushButton(tr("Xóa sáng kiến, đề tài đang chọn"), box);
    remove->setObjectName(QStringLiteral("removeInitiativeButton"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addInitiative(m_initiativeYearSpinBox->value(), InitiativeKind(m_kindComboBox->currentData().toInt()),
            m_initiativeTitleLineEdit->text(), InitiativeScope(m_scopeComboBox->currentData().toInt()), m_recognisedByLineEdit->text(),
            m_referenceLineEdit->text());
    });
    connect(remove, &QPushButton::clicked, this, &PersonHistoryDialog::removeCurrentInitiative);
    return box;
}

QWidget* PersonHistoryDialog::buildTitles()
{
    auto* box = new QGroupBox(tr("Danh hiệu đã được tặng"), this);
    auto* layout = new QVBoxLayout(box);
    m_titlesTable = readOnlyTable({ tr("Năm"), tr("Danh hiệu"), tr("Quyết định") }, box);
    m_titlesTable->setObjectName(QStringLiteral("titlesTable"));
    layout->addWidget(m_titlesTable, 1);
    m_titleComboBox = new QComboBox(box);
    for (AnnualTitle title : AllAnnualTitles)
        if (annualTitleSubject(title) == Nominee::Kind::Person)
            m_titleComboBox->addItem(annualTitleLabel(title), int(title));
    m_decisionLineEdit = new QLineEdit(box);
    m_decisionLineEdit->setPlaceholderText(tr("Ví dụ: Quyết định số 12/QĐ-SKHCN ngày 15/01/2026"));
    auto* line = new QHBoxLayout;
    line->addWidget(m_titleYearSpinBox);
    line->addWidget(m_titleComboBox);
    line->addWidget(m_decisionLineEdit, 1);
    layout->addLayout(line);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Thêm danh hiệu"), box);
    add->setObjectName(QStringLiteral("addTitleButton"));
    auto* remove = new QPushButton(tr("Xóa danh hiệu đang chọn"), box);
    remove->setObjectName(QStringLiteral("removeTitleButton"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addTitle(m_titleYearSpinBox->value(), AnnualTitle(m_titleComboBox->currentData().toInt()), m_decisionLineEdit->text());
    });
    connect(remove, &QPushButton::clicked, this, &PersonHistoryDialog::removeCurrentTitle);
    return box;
}

void PersonHistoryDialog::reload()
{
    YearRecordRepository records(m_db);
    m_initiatives.clear();
    m_titles.clear();
    if (Result<std::vector<Initiative>> all = records.initiatives(); all) {
        for (const Initiative& i : all.value())
            if (i.personId == m_personId)
                m_initiatives.push_back(i);
    } else {
        MessageBox::warning(this, windowTitle(), all.error().message, all.error().detail);
    }
    if (Result<std::vector<ConferredTitle>> all = records.conferred(); all) {
        for (const ConferredTitle& t : all.value())
            if (t.subject == Nominee { Nominee::Kind::Person, m_personId })
                m_titles.push_back(t);
    } else {
        MessageBox::warning(this, windowTitle(), all.error().message, all.error().detail);
    }
    m_initiativesTable->setRowCount(int(m_initiatives.size()));
    for (int row = 0; row < int(m_initiatives.size()); ++row) {
        const Initiative& i = m_initiatives[size_t(row)];
        setRowTexts(m_initiativesTable, row,
            { QString::number(i.year), initiativeKindLabel(i.kind), i.title, initiativeScopeLabel(i.scope), i.recognisedBy, i.reference });
    }
    m_titlesTable->setRowCount(int(m_titles.size()));
    for (int row = 0; row < int(m_titles.size()); ++row) {
        const ConferredTitle& t = m_titles[size_t(row)];
        setRowTexts(m_titlesTable, row, { QString::number(t.year), annualTitleLabel(t.title), t.decision });
    }
    m_initiativesTable->resizeColumnsToContents();
    m_titlesTable->resizeColumnsToContents();
}

bool PersonHistoryDialog::addInitiative(int year, InitiativeKind kind, const QString& title, InitiativeScope scope,
    const QString& recognisedBy, const QString& reference)
{
    Result<qint64> added = YearRecordRepository(m_db).addInitiative({ 0, m_personId, year, kind, title, scope, recognisedBy, reference });
    if (!added) {
        MessageBox::warning(this, tr("Không thêm được"), added.error().message, added.error().detail);
        return false;
    }
    m_initiativeTitleLineEdit->clear();
    m_referenceLineEdit->clear();
    reload();
    return true;
}

bool PersonHistoryDialog::addTitle(int year, AnnualTitle title, const QString& decision)
{
    Result<qint64> added = YearRecordRepository(m_db).addConferred({ 0, { Nominee::Kind::Person, m_personId }, year, title, decision });
    if (!added) {
        MessageBox::warning(this, tr("Không thêm được"), added.error().message, added.error().detail);
        return false;
    }
    m_decisionLineEdit->clear();
    reload();
    return true;
}

void PersonHistoryDialog::removeCurrentInitiative()
{
    const int row = m_initiativesTable->currentRow();
    if (row < 0 || row >= int(m_initiatives.size()))
        return;
    const Initiative& i = m_initiatives[size_t(row)];
    if (MessageBox::question(this, tr("Xóa sáng kiến, đề tài"), tr("Xóa «%1» (năm %2)?").arg(i.title).arg(i.year)) != QMessageBox::Yes)
        return;
    if (Status removed = YearRecordRepository(m_db).removeInitiative(i.id); !removed)
        MessageBox::warning(this, tr("Không xóa được"), removed.error().message, removed.error().detail);
    reload();
}

void PersonHistoryDialog::removeCurrentTitle()
{
    const int row = m_titlesTable->currentRow();
    if (row < 0 || row >= int(m_titles.size()))
        return;
    const ConferredTitle& t = m_titles[size_t(row)];
    if (MessageBox::question(this, tr("Xóa danh hiệu"), tr("Xóa danh hiệu «%1» năm %2?").arg(annualTitleLabel(t.title)).arg(t.year))
        != QMessageBox::Yes)
        return;
    if (Status removed = YearRecordRepository(m_db).removeConferred(t.id); !removed)
        MessageBox::warning(this, tr("Không xóa được"), removed.error().message, removed.error().detail);
    reload();
}

int PersonHistoryDialog::initiativeCount() const { return int(m_initiatives.size()); }
int PersonHistoryDialog::titleCount() const { return int(m_titles.size()); }
