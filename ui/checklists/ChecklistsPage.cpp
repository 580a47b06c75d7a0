#include "ui/checklists/ChecklistsPage.h"

#include "core/documents/ChecklistDocument.h"
#include "core/domain/Labels.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/UnitRepository.h"
#include "ui/checklists/ChecklistModel.h"
#include "ui/documents/DocumentView.h"
#include "ui/widgets/CampaignPicker.h"
#include "ui/widgets/KeyboardGrid.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/NextStepBanner.h"
#include "ui/widgets/UnitFilter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

void fillStates(QComboBox* box)
{
    for (AssessmentState state : { AssessmentState::Pending, AssessmentState::Met, AssessmentState::NotMet })
        box->addItem(assessmentStateLabel(state), int(state));
}

AssessmentState stateOf(const QComboBox* box) { return static_cast<AssessmentState>(box->currentData().toInt()); }

} // namespace

ChecklistsPage::ChecklistsPage(QWidget* parent)
    : Page(parent)
    , m_model(new ChecklistModel(this))
    , m_proxy(new UnitFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Đánh giá tiêu chí thi đua</h2>"), this));
    auto* bar = new QHBoxLayout;
    m_campaignPicker = new CampaignPicker(this);
    m_unitsRadioButton = new QRadioButton(tr("Phòng, đơn vị"), this);
    m_peopleRadioButton = new QRadioButton(tr("Cá nhân"), this);
    m_peopleRadioButton->setObjectName(QStringLiteral("checklistPeopleRadioButton"));
    m_unitsRadioButton->setChecked(true);
    m_unitFilterComboBox = new QComboBox(this);
    m_unitFilterComboBox->setObjectName(QStringLiteral("checklistUnitFilterComboBox"));
    bar->addWidget(new QLabel(tr("Đợt:"), this));
    bar->addWidget(m_campaignPicker, 1);
    bar->addWidget(m_unitsRadioButton);
    bar->addWidget(m_peopleRadioButton);
    bar->addWidget(m_unitFilterComboBox);
    auto* print = new QPushButton(tr("Phiếu đánh giá của đơn vị…"), this);
    print->setObjectName(QStringLiteral("unitChecklistButton"));
    print->setToolTip(tr("Xem, in và xuất phiếu đánh giá tiêu chí của đơn vị ở dòng đang chọn"));
    connect(print, &QPushButton::clicked, this, &ChecklistsPage::printUnitChecklist);
    bar->addWidget(print);
    layout->addLayout(bar);
    m_nextStep = new NextStepBanner(this);
    layout->addWidget(m_nextStep);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_tableView = new QTableView(splitter);
    m_tableView->setObjectName(QStringLiteral("checklistTableView"));
    m_tableView->setModel(m_proxy);
    setUpKeyboardGrid(m_tableView, QAbstractItemView::SelectItems);
    m_tableView->installEventFilter(this);
    splitter->addWidget(m_tableView);
    splitter->addWidget(buildDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    layout->addWidget(new QLabel(tr("Phím: Đ hoặc 1 = Đạt · K hoặc 0 = Chưa đạt · Delete = Chưa đánh giá · "
                                    "Dấu cách hoặc nhấp đúp = lần lượt. Kết luận của Văn phòng là kết quả được tính."),
        this));

    connect(m_campaignPicker, &CampaignPicker::campaignChanged, this, &ChecklistsPage::reload);
    connect(m_peopleRadioButton, &QRadioButton::toggled, this, [this](bool people) { showPeople(people); });
    connect(m_unitFilterComboBox, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setUnitFilter(m_unitFilterComboBox->currentData().toLongLong()); });
    // Leaving a cell keeps what was typed in its details, as a spreadsheet keeps a cell's edit.
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex&, const QModelIndex& previous) {
            keepDetailsOf(previous);
            showCurrentCell();
        });
    connect(m_tableView, &QTableView::doubleClicked, this, [this] { cycleCurrentConclusion(); }); // the mouse way
    setEnabled(false);
}

QWidget* ChecklistsPage::buildDetails()
{
    auto* box = new QGroupBox(tr("Ô đang chọn"), this);
    auto* form = new QFormLayout(box);
    m_cellTitleLabel = new QLabel(box);
    m_cellTitleLabel->setWordWrap(true);
    form->addRow(m_cellTitleLabel);
    m_selfComboBox = new QComboBox(box);
    m_conclusionComboBox = new QComboBox(box);
    m_conclusionComboBox->setObjectName(QStringLiteral("conclusionComboBox"));
    fillStates(m_selfComboBox);
    fillStates(m_conclusionComboBox);
    m_noteLineEdit = new QLineEdit(box);
    m_evidenceLineEdit = new QLineEdit(box);
    m_evidenceLineEdit->setObjectName(QStringLiteral("evidenceLineEdit"));
    m_evidenceLineEdit->setPlaceholderText(tr("Số văn bản hoặc đường dẫn tệp"));
    form->addRow(tr("Đơn vị tự đánh giá:"), m_selfComboBox);
    form->addRow(tr("Kết luận của Văn phòng:"), m_conclusionComboBox);
    form->addRow(tr("Ghi chú:"), m_noteLineEdit);
    form->addRow(tr("Minh chứng:"), m_evidenceLineEdit);
    auto* save = new QPushButton(tr("Lưu ô này"), box);
    save->setObjectName(QStringLiteral("saveCellButton"));
    connect(save, &QPushButton::clicked, this, &ChecklistsPage::saveDetails);
    connect(m_evidenceLineEdit, &QLineEdit::returnPressed, this, &ChecklistsPage::saveDetails);
    connect(m_noteLineEdit, &QLineEdit::returnPressed, this, &ChecklistsPage::saveDetails);
    form->addRow(save);
    return box;
}

void ChecklistsPage::setDatabase(Database* database)
{
    m_db = database;
    setEnabled(m_db != nullptr);
    m_campaignPicker->reload(m_db); // emits campaignChanged → reload()
}

void ChecklistsPage::showPeople(bool people)
{
    if (m_peopleRadioButton->isChecked() != people)
        (people ? m_peopleRadioButton : m_unitsRadioButton)->setChecked(true);
    else
        reload();
}

void ChecklistsPage::reload()
{
    if (m_db && m_db == m_shownDatabase)
        keepDetailsOf(m_tableView->currentIndex()); // a change typed in the details is not dropped by the reload
    m_shownDatabase = m_db; // detached (nullptr) before a file closes: never written into the next one
    const bool people = m_peopleRadioButton->isChecked();
    std::vector<ChecklistRow> rows;
    std::vector<PlanBlock> criteria;
    std::vector<Assessment> assessments;
    std::vector<Unit> units;
    const qint64 campaignId = m_campaignPicker->currentCampaignId();
    if (m_db && campaignId > 0) {
        Result<std::vector<Unit>> loadedUnits = UnitRepository(*m_db).all();
        Result<std::vector<PlanBlock>> loadedCriteria = CampaignRepository(*m_db).criteria(
            campaignId, people ? SectionBinding::IndividualCriteria : SectionBinding::UnitCriteria);
        Result<std::vector<Assessment>> loadedAssessments = AssessmentRepository(*m_db).forCampaign(campaignId);
        if (!loadedUnits || !loadedCriteria || !loadedAssessments) {
            const Error& e = !loadedUnits ? loadedUnits.error() : !loadedCriteria ? loadedCriteria.error() : loadedAssessments.error();
            MessageBox::warning(this, tr("Đánh giá tiêu chí"), e.message, e.detail);
        } else {
            units = std::move(loadedUnits.value());
            criteria = std::move(loadedCriteria.value());
            assessments = std::move(loadedAssessments.value());
        }
    }
    std::map<qint64, QString> unitNames;
    for (const Unit& u : units)
        unitNames[u.id] = u.name;
    if (people && m_db && campaignId > 0) {
        if (Result<std::vector<Person>> persons = PersonRepository(*m_db).all(); persons)
            for (const Person& p : persons.value())
                rows.push_back({ { Nominee::Kind::Person, p.id }, p.fullName, unitNames[p.unitId], p.unitId });
    } else {
        for (const Unit& u : units)
            rows.push_back({ { Nominee::Kind::Unit, u.id }, u.name, u.name, u.id });
    }
    m_model->setChecklist(std::move(rows), std::move(criteria), assessments);

    fillUnitFilter(m_unitFilterComboBox, units, tr("Tất cả đơn vị"));
    if (!people) {
        const QSignalBlocker blocker(m_unitFilterComboBox);
        m_unitFilterComboBox->setCurrentIndex(0);
    }
    m_unitFilterComboBox->setVisible(people);
    m_proxy->setUnitFilter(people ? m_unitFilterComboBox->currentData().toLongLong() : 0);
    m_tableView->setColumnWidth(ChecklistModel::NameColumn, m_tableView->fontMetrics().averageCharWidth() * 32);
    m_tableView->setColumnWidth(ChecklistModel::ProgressColumn, m_tableView->fontMetrics().horizontalAdvance(QStringLiteral("00/00")) + 24);
    // A criterion's column as wide as its header's longest line, in bold (the current column's header is).
    QFont bold = m_tableView->horizontalHeader()->font();
    bold.setBold(true);
    const QFontMetrics headerMetrics(bold);
    for (int column = ChecklistModel::FirstCriterionColumn; column < m_model->columnCount(); ++column) {
        int width = 0;
        for (const QString& line : m_model->headerData(column, Qt::Horizontal).toString().split(QLatin1Char('\n')))
            width = std::max(width, headerMetrics.horizontalAdvance(line));
        m_tableView->setColumnWidth(column, width + 16);
    }
    m_tableView->setCurrentIndex(m_proxy->index(0, ChecklistModel::FirstCriterionColumn));
    showCurrentCell();
    showNextStep();
}

void ChecklistsPage::showNextStep()
{
    const bool people = m_peopleRadioButton->isChecked();
    if (m_db && m_campaignPicker->count() == 0)
        m_nextStep->showNoCampaign(this);
    else if (m_db && m_model->columnCount() == ChecklistModel::FirstCriterionColumn)
        m_nextStep->showStepOn(this, SeasonStep::Place::Campaigns,
            people ? tr("Kế hoạch của đợt này chưa có tiêu chí cho cá nhân. Thêm tiêu chí vào phần tiêu chí cá nhân của kế hoạch "
                        "(trang Đợt thi đua), rồi quay lại đánh giá.")
                   : tr("Kế hoạch của đợt này chưa có tiêu chí cho tập thể. Thêm tiêu chí vào phần tiêu chí tập thể của kế hoạch "
                        "(trang Đợt thi đua), rồi quay lại đánh giá."),
            tr("Mở kế hoạch"));
    else if (m_db && m_model->rowCount() == 0)
        m_nextStep->showStepOn(this, SeasonStep::Place::People,
            people ? tr("Chưa có cán bộ nào để đánh giá. Thêm cán bộ của các đơn vị (hoặc nhập danh sách từ Excel).")
                   : tr("Chưa có phòng, đơn vị nào để đánh giá. Thêm các đơn vị của cơ quan trước."),
            tr("Mở trang Đơn vị && cán bộ"));
    else
        m_nextStep->hide();
}

void ChecklistsPage::showCurrentCell()
{
    const QModelIndex index = m_proxy->mapToSource(m_tableView->currentIndex());
    const PlanBlock* criterion = m_model->criterionAt(index.column());
    const ChecklistRow* row = m_model->rowAt(index.row());
    const bool cell = criterion && row;
    for (QWidget* w : std::initializer_list<QWidget*> { m_selfComboBox, m_conclusionComboBox, m_noteLineEdit, m_evidenceLineEdit })
        w->setEnabled(cell);
    if (!cell) {
        m_cellTitleLabel->setText(tr("Chọn một ô tiêu chí trong bảng."));
        return;
    }
    const Assessment a = m_model->assessmentAt(index);
    m_cellTitleLabel->setText(QStringLiteral("<b>%1</b><br>%2").arg(row->name.toHtmlEscaped(), criterion->text.toHtmlEscaped()));
    m_selfComboBox->setCurrentIndex(m_selfComboBox->findData(int(a.selfAssessment)));
    m_conclusionComboBox->setCurrentIndex(m_conclusionComboBox->findData(int(a.conclusion)));
    m_noteLineEdit->setText(a.note);
    m_evidenceLineEdit->setText(a.evidence);
}

bool ChecklistsPage::saveCell(Assessment assessment)
{
    if (!m_db)
        return false;
    if (Status s = AssessmentRepository(*m_db).save(assessment); !s) {
        MessageBox::warning(this, tr("Không lưu được đánh giá"), s.error().message, s.error().detail);
        return false;
    }
    m_model->updateAssessment(assessment);
    showCurrentCell();
    return true;
}

std::optional<Assessment> ChecklistsPage::detailsOf(const QModelIndex& proxyIndex) const
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    if (!m_model->criterionAt(index.column()) || !m_model->rowAt(index.row()))
        return std::nullopt;
    Assessment a = m_model->assessmentAt(index);
    a.selfAssessment = stateOf(m_selfComboBox);
    a.conclusion = stateOf(m_conclusionComboBox);
    a.note = m_noteLineEdit->text();
    a.evidence = m_evidenceLineEdit->text();
    return a;
}

void ChecklistsPage::keepDetailsOf(const QModelIndex& proxyIndex)
{
    const std::optional<Assessment> typed = detailsOf(proxyIndex);
    if (!typed)
        return;
    const Assessment stored = m_model->assessmentAt(m_proxy->mapToSource(proxyIndex));
    if (typed->selfAssessment != stored.selfAssessment || typed->conclusion != stored.conclusion || typed->note != stored.note
        || typed->evidence != stored.evidence)
        saveCell(*typed);
}

void ChecklistsPage::saveDetails()
{
    if (const std::optional<Assessment> typed = detailsOf(m_tableView->currentIndex()))
        saveCell(*typed);
}

void ChecklistsPage::setCurrentConclusion(AssessmentState state)
{
    const QModelIndex index = m_proxy->mapToSource(m_tableView->currentIndex());
    if (!m_model->criterionAt(index.column()))
        return;
    Assessment a = m_model->assessmentAt(index);
    a.conclusion = state;
    saveCell(a);
}

void ChecklistsPage::cycleCurrentConclusion()
{
    const auto current
        = static_cast<AssessmentState>(m_proxy->mapToSource(m_tableView->currentIndex()).data(ChecklistModel::StateRole).toInt());
    setCurrentConclusion(current == AssessmentState::Pending ? AssessmentState::Met
            : current == AssessmentState::Met                ? AssessmentState::NotMet
                                                             : AssessmentState::Pending);
}

bool ChecklistsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_tableView || event->type() != QEvent::KeyPress)
        return Page::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const QString text = key->text().toLower();
    if (text == QStringLiteral("1") || text == QStringLiteral("đ") || text == QStringLiteral("d")) {
        setCurrentConclusion(AssessmentState::Met);
        return true;
    }
    if (text == QStringLiteral("0") || text == QStringLiteral("k")) {
        setCurrentConclusion(AssessmentState::NotMet);
        return true;
    }
    if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
        setCurrentConclusion(AssessmentState::Pending);
        return true;
    }
    if (key->key() == Qt::Key_Space) {
        cycleCurrentConclusion();
        return true;
    }
    if (moveByEnter(m_tableView, key))
        return true;
    return Page::eventFilter(watched, event);
}

bool ChecklistsPage::showCell(qint64 campaignId, const Nominee& nominee, qint64 criterionId)
{
    {
        // The grid of the nominee's kind, read once: by the campaign's change, or here.
        const QSignalBlocker units(m_unitsRadioButton), people(m_peopleRadioButton);
        (nominee.kind == Nominee::Kind::Person ? m_peopleRadioButton : m_unitsRadioButton)->setChecked(true);
    }
    if (m_campaignPicker->currentCampaignId() != campaignId)
        m_campaignPicker->selectCampaign(campaignId);
    else
        reload();
    m_unitFilterComboBox->setCurrentIndex(0); // every unit: the nominee's row is shown
    const QModelIndex cell = m_proxy->mapFromSource(m_model->indexOf(nominee, criterionId));
    if (!cell.isValid())
        return false;
    m_tableView->setCurrentIndex(cell);
    m_tableView->scrollTo(cell, QAbstractItemView::PositionAtCenter);
    m_tableView->setFocus(Qt::OtherFocusReason);
    return true;
}

void ChecklistsPage::printUnitChecklist()
{
    const ChecklistRow* row = m_model->rowAt(m_proxy->mapToSource(m_tableView->currentIndex()).row());
    const qint64 campaignId = m_campaignPicker->currentCampaignId();
    if (!m_db || !row || campaignId <= 0)
        return;
    const qint64 unitId = row->unitId;
    Result<std::vector<Unit>> units = UnitRepository(*m_db).all();
    Unit unit;
    if (units)
        for (const Unit& u : units.value())
            if (u.id == unitId)
                unit = u;
    Result<Campaign> campaign = CampaignRepository(*m_db).load(campaignId);
    const int year = campaign ? campaign.value().issueYear : 0;
    Database* db = m_db;
    showDocumentDialog(this, tr("Phiếu đánh giá tiêu chí — %1").arg(unit.name),
        [db, campaignId, unitId] { return ChecklistDocument::load(*db, campaignId, unitId); },
        [unit, year](DocumentFormat format) { return ChecklistDocument::suggestedFileName(unit, year, format == DocumentFormat::Docx); });
}
