#include "ui/annual/AnnualPage.h"

#include "core/documents/RegistrationList.h"
#include "core/domain/Labels.h"
#include "core/common/Settings.h"
#include "core/rules/AnnualExplain.h"
#include "core/season/AnnualReview.h"
#include "core/storage/UnitRepository.h"
#include "ui/annual/AnnualRulesDialog.h"
#include "ui/annual/PersonHistoryDialog.h"
#include "ui/annual/ReviewAdditionDialog.h"
#include "ui/annual/StatisticsDialog.h"
#include "ui/annual/YearEndModel.h"
#include "ui/documents/DocumentView.h"
#include "ui/widgets/KeyboardGrid.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/UnitFilter.h"
#include "ui/widgets/UnitFilterProxyModel.h"

#include <QCheckBox>
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
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

std::optional<TaskRating> ratingOf(const QComboBox* box)
{
    const int value = box->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<TaskRating>(TaskRating(value));
}

QString verdictHtml(const Annual::Verdict& verdict, const EvaluationPeriod& period, const Annual::NameOf& nameOf)
{
    auto line = [&](const Annual::Condition& c) {
        return QStringLiteral("<li>%1 %2</li>").arg(c.met ? QStringLiteral("✓") : QStringLiteral("✗"),
            Annual::describe(c, period, nameOf).toHtmlEscaped());
    };
    QString html = QStringLiteral("<p><b>%1</b>: %2</p><ul>")
                       .arg(annualTitleLabel(verdict.title).toHtmlEscaped(),
                           verdict.eligible ? AnnualPage::tr("<span style='color:#146c43'>%1</span>")
                                                  .arg(Annual::summary(verdict, period, nameOf).toHtmlEscaped())
                                            : AnnualPage::tr("<span style='color:#842029'>chưa đủ điều kiện</span>"));
    for (const Annual::Condition& c : verdict.conditions)
        html += line(c);
    if (!verdict.alternatives.empty()) {
        html += AnnualPage::tr("<li>Một trong các cách:<ul>");
        for (const Annual::Alternative& a : verdict.alternatives)
            for (const Annual::Condition& c : a.conditions)
                html += line(c);
        html += QStringLiteral("</ul></li>");
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

AnnualPage::AnnualPage(QWidget* parent)
    : Page(parent)
    , m_model(new YearEndModel(this))
    , m_proxy(new UnitFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Thi đua hằng năm: kết quả cuối năm</h2>"), this));
    auto* bar = new QHBoxLayout;
    m_yearSpinBox = new QSpinBox(this);
    m_yearSpinBox->setObjectName(QStringLiteral("annualYearSpinBox"));
    m_yearSpinBox->setRange(1990, 2200);
    m_yearSpinBox->setValue(QDate::currentDate().year());
    m_periodLabel = new QLabel(this);
    m_peopleRadioButton = new QRadioButton(tr("Cá nhân"), this);
    m_peopleRadioButton->setObjectName(QStringLiteral("annualPeopleRadioButton"));
    m_unitsRadioButton = new QRadioButton(tr("Phòng, đơn vị"), this);
    m_unitsRadioButton->setObjectName(QStringLiteral("annualUnitsRadioButton"));
    m_peopleRadioButton->setChecked(true);
    m_unitFilterComboBox = new QComboBox(this);
    m_unitFilterComboBox->setObjectName(QStringLiteral("annualUnitFilterComboBox"));
    auto* yearLabel = new QLabel(tr("Năm xét:"), this);
    yearLabel->setBuddy(m_yearSpinBox);
    bar->addWidget(yearLabel);
    bar->addWidget(m_yearSpinBox);
    bar->addWidget(m_periodLabel);
    bar->addSpacing(12);
    bar->addWidget(m_peopleRadioButton);
    bar->addWidget(m_unitsRadioButton);
    bar->addWidget(m_unitFilterComboBox, 1);
    // Long unit names never widen the page past a small screen.
    m_unitFilterComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unitFilterComboBox->setMinimumContentsLength(16);
    layout->addLayout(bar);
    // What the year leads to, on a line of its own.
    auto* actions = new QHBoxLayout;
    auto* review = new QPushButton(tr("Bình xét cuối năm…"), this);
    review->setObjectName(QStringLiteral("annualReviewButton"));
    review->setToolTip(tr("Lập danh sách đề nghị của năm xét từ các danh hiệu đủ điều kiện (chỉ thêm những đề nghị mới), "
                          "rồi sang trang Đề nghị khen thưởng để Hội đồng bỏ phiếu, lập Biên bản, Tờ trình và Quyết định"));
    connect(review, &QPushButton::clicked, this, &AnnualPage::openReview);
    actions->addWidget(review);
    auto* rules = new QPushButton(tr("Danh hiệu, quy định xét…"), this);
    rules->setObjectName(QStringLiteral("annualRulesButton"));
    rules->setToolTip(tr("Kỳ xét, danh mục danh hiệu và các con số trong tiêu chuẩn, với căn cứ và ngày áp dụng"));
    connect(rules, &QPushButton::clicked, this, [this] {
        if (!m_db)
            return;
        AnnualRulesDialog(*m_db, this).exec();
        reload(); // the verdicts follow the rules
    });
    actions->addWidget(rules);
    auto* statistics = new QPushButton(tr("Biểu thống kê…"), this);
    statistics->setObjectName(QStringLiteral("statisticsButton"));
    statistics->setToolTip(tr("Biểu 0601.N, 0602.N, 0603.N gửi Sở Nội vụ cho năm xét: xem, in, xuất DOCX, PDF, Excel"));
    connect(statistics, &QPushButton::clicked, this, [this] {
        if (m_db)
            StatisticsDialog(*m_db, m_yearSpinBox->value(), this).exec();
    });
    actions->addWidget(statistics);
    auto* registration = new QPushButton(tr("Bản đăng ký…"), this);
    registration->setObjectName(QStringLiteral("registrationListButton"));
    registration->setToolTip(tr("Bản đăng ký thi đua của năm xét: của đơn vị đang lọc (hoặc dòng đang chọn), hoặc của cả cơ quan"));
    connect(registration, &QPushButton::clicked, this, &AnnualPage::showRegistrationList);
    actions->addWidget(registration);
    actions->addStretch(1);
    layout->addLayout(actions);

    // The grid across the page (its title columns need the width), the row's record and its
    // verdicts under it.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_tableView = new QTableView(splitter);
    m_tableView->setObjectName(QStringLiteral("yearEndTableView"));
    m_tableView->setModel(m_proxy);
    setUpKeyboardGrid(m_tableView, QAbstractItemView::SelectRows);
    m_tableView->installEventFilter(this);
    splitter->addWidget(m_tableView);
    splitter->addWidget(buildDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    auto* keys = new QLabel(tr("Phím trong bảng: 1 = Hoàn thành xuất sắc · 2 = Hoàn thành tốt · 3 = Hoàn thành · "
                               "4 = Không hoàn thành nhiệm vụ · Delete = chưa xếp loại · Enter = dòng dưới. "
                               "Danh hiệu được tính lại ngay theo quy định đang áp dụng cho năm xét."),
        this);
    keys->setWordWrap(true);
    layout->addWidget(keys);

    connect(m_yearSpinBox, &QSpinBox::valueChanged, this, [this](int year) { setYear(year); });
    connect(m_peopleRadioButton, &QRadioButton::toggled, this, [this](bool people) { showPeople(people); });
    connect(m_unitFilterComboBox, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setUnitFilter(m_unitFilterComboBox->currentData().toLongLong()); });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { showCurrentRow(); });
    setEnabled(false);
}

AnnualPage::~AnnualPage() = default;

QWidget* AnnualPage::buildDetails()
{
    auto* panel = new QWidget(this);
    auto* column = new QHBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);
    auto* box = new QGroupBox(tr("Kết quả năm của dòng đang chọn"), panel);
    auto* form = new QFormLayout(box);
    m_rowTitleLabel = new QLabel(box);
    m_rowTitleLabel->setWordWrap(true);
    form->addRow(m_rowTitleLabel);
    m_registrationComboBox = new QComboBox(box);
    m_registrationComboBox->setObjectName(QStringLiteral("annualRegistrationComboBox"));
    auto* registrationLabel = new QLabel(tr("Đăng ký đầu năm:"), box);
    registrationLabel->setBuddy(m_registrationComboBox);
    form->addRow(registrationLabel, m_registrationComboBox);
    connect(m_registrationComboBox, &QComboBox::activated, this, &AnnualPage::saveRegistration);
    m_ratingComboBox = new QComboBox(box);
    m_ratingComboBox->setObjectName(QStringLiteral("annualRatingComboBox"));
    m_ratingComboBox->addItem(tr("(chưa xếp loại)"), -1);
    for (TaskRating rating : { TaskRating::Excellent, TaskRating::Good, TaskRating::Completed, TaskRating::NotCompleted })
        m_ratingComboBox->addItem(taskRatingLabel(rating), int(rating));
    m_disciplineComboBox = new QComboBox(box);
    m_disciplineComboBox->setObjectName(QStringLiteral("annualDisciplineComboBox"));
    for (Discipline discipline : { Discipline::None, Discipline::Reprimand, Discipline::Warning, Discipline::Severe })
        m_disciplineComboBox->addItem(disciplineLabel(discipline), int(discipline));
    m_reviewCheckBox = new QCheckBox(tr("Đang bị xem xét kỷ luật, điều tra, thanh tra hoặc có đơn thư chưa giải quyết"), box);
    m_reviewCheckBox->setObjectName(QStringLiteral("annualReviewCheckBox"));
    m_clusterCheckBox = new QCheckBox(tr("Dẫn đầu cụm, khối thi đua"), box);
    m_clusterCheckBox->setObjectName(QStringLiteral("annualClusterCheckBox"));
    m_noteLineEdit = new QLineEdit(box);
    m_noteLineEdit->setObjectName(QStringLiteral("annualNoteLineEdit"));
    auto* ratingLabel = new QLabel(tr("Xếp loại:"), box);
    ratingLabel->setBuddy(m_ratingComboBox);
    auto* disciplineLabel = new QLabel(tr("Kỷ luật trong năm:"), box);
    disciplineLabel->setBuddy(m_disciplineComboBox);
    auto* noteLabel = new QLabel(tr("Ghi chú:"), box);
    noteLabel->setBuddy(m_noteLineEdit);
    form->addRow(ratingLabel, m_ratingComboBox);
    form->addRow(disciplineLabel, m_disciplineComboBox);
    m_disciplineLabel = disciplineLabel;
    form->addRow(m_reviewCheckBox);
    form->addRow(m_clusterCheckBox);
    form->addRow(noteLabel, m_noteLineEdit);
    m_historyButton = new QPushButton(tr("Sáng kiến, danh hiệu các năm…"), box);
    m_historyButton->setObjectName(QStringLiteral("annualHistoryButton"));
    m_historyButton->setToolTip(tr("Sáng kiến, đề tài và các danh hiệu đã được tặng của người đang chọn"));
    connect(m_historyButton, &QPushButton::clicked, this, &AnnualPage::showHistory);
    m_byHandButton = new QPushButton(tr("Đề nghị ngoài tiêu chuẩn…"), box);
    m_byHandButton->setObjectName(QStringLiteral("reviewByHandButton"));
    m_byHandButton->setToolTip(tr("Đưa người hoặc đơn vị đang chọn vào danh sách bình xét của năm cho một danh hiệu, kèm lý do"));
    connect(m_byHandButton, &QPushButton::clicked, this, &AnnualPage::proposeByHand);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_historyButton);
    rowButtons->addWidget(m_byHandButton);
    rowButtons->addStretch(1);
    form->addRow(rowButtons);
    column->addWidget(box, 2);
    m_verdictsBrowser = new QTextBrowser(panel);
    m_verdictsBrowser->setObjectName(QStringLiteral("annualVerdictsBrowser"));
    m_verdictsBrowser->setOpenLinks(false);
    column->addWidget(m_verdictsBrowser, 3);

    for (QComboBox* combo : { m_ratingComboBox, m_disciplineComboBox })
        connect(combo, &QComboBox::activated, this, &AnnualPage::saveDetails);
    for (QCheckBox* check : { m_reviewCheckBox, m_clusterCheckBox })
        connect(check, &QCheckBox::toggled, this, [this] {
            if (!m_showingRow)
                saveDetails();
        });
    connect(m_noteLineEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_showingRow && m_noteLineEdit->isModified())
            saveDetails();
    });
    return panel;
}

void AnnualPage::setDatabase(Database* database)
{
    m_db = database;
    setEnabled(m_db != nullptr);
    reload();
}

void AnnualPage::reload()
{
    m_data = {};
    m_units.clear();
    if (m_db) {
        Result<AnnualData> data = YearRecordRepository(*m_db).load();
        Result<std::vector<Unit>> units = UnitRepository(*m_db).all();
        if (!data || !units) {
            const Error& e = !data ? data.error() : units.error();
            MessageBox::warning(this, tr("Thi đua hằng năm"), e.message, e.detail);
        } else {
            m_data = std::move(data.value());
            m_units = std::move(units.value());
        }
    }
    m_rules = std::make_unique<Annual::Eligibility>(m_data.facts());
    fillUnitFilter(m_unitFilterComboBox, m_units, tr("Tất cả đơn vị"));
    const bool people = m_peopleRadioButton->isChecked();
    m_unitFilterComboBox->setVisible(people);
    m_proxy->setUnitFilter(people ? m_unitFilterComboBox->currentData().toLongLong() : 0);
    // A school year is named by the year it ends in: say which months that is.
    m_periodLabel->setVisible(m_data.period.kind == PeriodKind::SchoolYear);
    m_periodLabel->setText(QStringLiteral("(%1)").arg(m_data.period.label(m_yearSpinBox->value())));
    m_model->show(m_db ? &m_data : nullptr, m_rules.get(), m_units, m_yearSpinBox->value(), people);
    // Names and units wide enough to read, never so wide the titles leave the screen.
    m_tableView->resizeColumnsToContents();
    const int widest = m_tableView->fontMetrics().averageCharWidth() * 24;
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_tableView->setColumnWidth(column, qMin(m_tableView->columnWidth(column), widest));
    m_tableView->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    if (m_proxy->rowCount() > 0)
        m_tableView->setCurrentIndex(m_proxy->index(0, 0));
    showCurrentRow();
}

void AnnualPage::setYear(int year)
{
    if (m_yearSpinBox->value() != year)
        m_yearSpinBox->setValue(year); // emits valueChanged → here again
    else
        reload();
}

void AnnualPage::showPeople(bool people)
{
    if (m_peopleRadioButton->isChecked() != people)
        (people ? m_peopleRadioButton : m_unitsRadioButton)->setChecked(true);
    else
        reload();
}

bool AnnualPage::selectSubject(const Nominee& subject)
{
    const int row = m_model->rowOf(subject);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_tableView->setCurrentIndex(index);
    return true;
}

void AnnualPage::showCurrentRow()
{
    const QModelIndex current = m_proxy->mapToSource(m_tableView->currentIndex());
    const int row = current.row();
    const bool any = current.isValid();
    const bool people = m_model->showsPeople();
    m_showingRow = true;
    const std::optional<PersonYear> person = m_model->personYearAt(row);
    const std::optional<UnitYear> unit = m_model->unitYearAt(row);
    std::optional<TaskRating> rating;
    if (person)
        rating = person->rating;
    else if (unit)
        rating = unit->rating;
    m_rowTitleLabel->setText(any ? QStringLiteral("<b>%1</b> — %2").arg(m_model->nameAt(row).toHtmlEscaped(), m_data.period.label(m_model->year()))
                                 : tr("Chưa có dòng nào: thêm đơn vị và cán bộ ở trang «Đơn vị & cán bộ»."));
    m_ratingComboBox->setCurrentIndex(qMax(0, m_ratingComboBox->findData(rating ? int(*rating) : -1)));
    m_registrationComboBox->clear();
    m_registrationComboBox->addItem(tr("(không đăng ký)"), -1);
    for (const AnnualTitleDefinition& title : m_data.titles)
        if ((annualTitleSubject(title.title) == Nominee::Kind::Person) == people)
            m_registrationComboBox->addItem(title.name, int(title.title));
    const std::optional<AnnualTitle> registered = m_model->registeredAt(row);
    m_registrationComboBox->setCurrentIndex(qMax(0, m_registrationComboBox->findData(registered ? int(*registered) : -1)));
    m_registrationComboBox->setEnabled(any);
    m_disciplineComboBox->setCurrentIndex(qMax(0, m_disciplineComboBox->findData(int(person ? person->discipline : Discipline::None))));
    m_reviewCheckBox->setChecked(person && person->underReview);
    m_clusterCheckBox->setChecked(unit && unit->leadsCluster);
    m_noteLineEdit->setText(person ? person->note : unit ? unit->note : QString());
    m_noteLineEdit->setModified(false);
    for (QWidget* w : { static_cast<QWidget*>(m_ratingComboBox), static_cast<QWidget*>(m_noteLineEdit) })
        w->setEnabled(any);
    for (QWidget* w : { static_cast<QWidget*>(m_disciplineComboBox), static_cast<QWidget*>(m_reviewCheckBox), static_cast<QWidget*>(m_historyButton) }) {
        w->setVisible(people);
        w->setEnabled(any);
    }
    m_disciplineLabel->setVisible(people);
    m_clusterCheckBox->setVisible(!people);
    m_clusterCheckBox->setEnabled(any);
    m_byHandButton->setEnabled(any);
    m_showingRow = false;

    QString html;
    const auto nameOf = [this](qint64 id) { return m_model->personName(id); };
    for (const Annual::Verdict& verdict : m_model->verdictsAt(row))
        html += verdictHtml(verdict, m_data.period, nameOf);
    m_verdictsBrowser->setHtml(html);
}

bool AnnualPage::saveRecord(const std::function<void(PersonYear&)>& personChange, const std::function<void(UnitYear&)>& unitChange)
{
    const QModelIndex current = m_proxy->mapToSource(m_tableView->currentIndex());
    if (!m_db || !current.isValid())
        return false;
    const int row = current.row();
    const Nominee subject = m_model->subjectAt(row);
    YearRecordRepository records(*m_db);
    Status saved;
    // The one record changed is put into the year's data as stored, and the verdicts computed
    // again from memory: no reading of the whole file for a keystroke.
    std::function<void()> keep;
    if (subject.kind == Nominee::Kind::Person) {
        PersonYear record = m_model->personYearAt(row).value_or(PersonYear { subject.id, m_model->year(),
            m_model->index(row, 0).data(YearEndModel::UnitIdRole).toLongLong(), std::nullopt, Discipline::None, false, {} });
        personChange(record);
        record.note = record.note.trimmed();
        saved = records.savePersonYears({ record });
        keep = [this, record] {
            auto& all = m_data.personYears;
            const auto found = std::find_if(all.begin(), all.end(),
                [&](const PersonYear& r) { return r.personId == record.personId && r.year == record.year; });
            found == all.end() ? all.push_back(record) : void(*found = record);
        };
    } else {
        UnitYear record = m_model->unitYearAt(row).value_or(UnitYear { subject.id, m_model->year(), std::nullopt, false, {} });
        unitChange(record);
        record.note = record.note.trimmed();
        saved = records.saveUnitYears({ record });
        keep = [this, record] {
            auto& all = m_data.unitYears;
            const auto found = std::find_if(all.begin(), all.end(),
                [&](const UnitYear& r) { return r.unitId == record.unitId && r.year == record.year; });
            found == all.end() ? all.push_back(record) : void(*found = record);
        };
    }
    if (!saved) {
        MessageBox::warning(this, tr("Không lưu được"), saved.error().message, saved.error().detail);
        showCurrentRow(); // the panel shows what is stored
        return false;
    }
    keep();
    judgeAgain();
    return true;
}

void AnnualPage::saveDetails()
{
    if (m_showingRow)
        return;
    const std::optional<TaskRating> rating = ratingOf(m_ratingComboBox);
    const auto discipline = Discipline(m_disciplineComboBox->currentData().toInt());
    const bool review = m_reviewCheckBox->isChecked();
    const bool cluster = m_clusterCheckBox->isChecked();
    const QString note = m_noteLineEdit->text();
    saveRecord(
        [&](PersonYear& r) {
            r.rating = rating;
            r.discipline = discipline;
            r.underReview = review;
            r.note = note;
        },
        [&](UnitYear& r) {
            r.rating = rating;
            r.leadsCluster = cluster;
            r.note = note;
        });
}

void AnnualPage::saveRegistration()
{
    const QModelIndex current = m_proxy->mapToSource(m_tableView->currentIndex());
    if (!m_db || !current.isValid() || m_showingRow)
        return;
    const int chosen = m_registrationComboBox->currentData().toInt();
    std::vector<AnnualTitle> titles;
    if (chosen >= 0)
        titles.push_back(AnnualTitle(chosen));
    if (Status saved = YearRecordRepository(*m_db).setRegistrations(m_model->subjectAt(current.row()), m_model->year(), titles, QDate::currentDate());
        !saved) {
        MessageBox::warning(this, tr("Không lưu được"), saved.error().message, saved.error().detail);
        showCurrentRow();
        return;
    }
    rejudge();
}

bool AnnualPage::setCurrentRating(std::optional<TaskRating> rating)
{
    return saveRecord([&](PersonYear& r) { r.rating = rating; }, [&](UnitYear& r) { r.rating = rating; });
}

void AnnualPage::rejudge()
{
    Result<AnnualData> data = YearRecordRepository(*m_db).load();
    if (!data) {
        MessageBox::warning(this, tr("Thi đua hằng năm"), data.error().message, data.error().detail);
        return;
    }
    m_data = std::move(data.value());
    judgeAgain();
}

void AnnualPage::judgeAgain()
{
    const QModelIndex current = m_tableView->currentIndex();
    m_rules = std::make_unique<Annual::Eligibility>(m_data.facts()); // its views follow the data, moved or grown
    m_model->refreshVerdicts(m_rules.get());
    m_tableView->setCurrentIndex(current);
    showCurrentRow();
}

std::optional<qint64> AnnualPage::registrationUnit() const
{
    if (m_model->showsPeople()) {
        const qint64 filtered = m_unitFilterComboBox->currentData().toLongLong();
        return filtered > 0 ? std::optional<qint64>(filtered) : std::nullopt;
    }
    const QModelIndex current = m_proxy->mapToSource(m_tableView->currentIndex());
    return current.isValid() ? std::optional<qint64>(m_model->subjectAt(current.row()).id) : std::nullopt;
}

void AnnualPage::showRegistrationList()
{
    if (!m_db)
        return;
    Database* db = m_db;
    const int year = m_yearSpinBox->value();
    const std::optional<qint64> unit = registrationUnit();
    Result<RegistrationList::Input> input = RegistrationList::load(*db, year, unit);
    const QString who = input && input.value().unit ? input.value().unit->name : tr("cả cơ quan");
    showDocumentDialog(this, tr("Bản đăng ký thi đua %1 — %2").arg(m_data.period.label(year), who),
        [db, year, unit]() -> Result<doc::Document> {
            Result<RegistrationList::Input> loaded = RegistrationList::load(*db, year, unit);
            if (!loaded)
                return loaded.error();
            return RegistrationList::build(loaded.value());
        },
        [input](DocumentFormat format) {
            return input ? RegistrationList::suggestedFileName(input.value(), format == DocumentFormat::Docx) : QString();
        });
}

void AnnualPage::showHistory()
{
    const QModelIndex current = m_proxy->mapToSource(m_tableView->currentIndex());
    const Nominee subject = m_model->subjectAt(current.row());
    if (!m_db || !current.isValid() || subject.kind != Nominee::Kind::Person)
        return;
    PersonHistoryDialog dialog(*m_db, subject.id, m_model->nameAt(current.row()), m_model->year(), this);
    dialog.exec();
    rejudge();
}

bool AnnualPage::openReview()
{
    if (!m_db)
        return false;
    const int year = m_yearSpinBox->value();
    Result<AnnualReview::Outcome> outcome = AnnualReview::prepare(*m_db, year, Settings::currentUserName());
    if (!outcome) {
        MessageBox::warning(this, tr("Chưa lập được danh sách bình xét"), outcome.error().message);
        return false;
    }
    const AnnualReview::Outcome& done = outcome.value();
    QString text = done.added == 0
        ? tr("Danh sách bình xét %1 không có đề nghị mới (đã có %2 đề nghị).").arg(m_data.period.label(year)).arg(done.listed)
        : tr("Đã thêm %1 đề nghị vào danh sách bình xét %2 theo các danh hiệu đủ điều kiện (trước đó có %3 đề nghị).")
              .arg(done.added)
              .arg(m_data.period.label(year))
              .arg(done.listed);
    if (!done.noLongerEligible.isEmpty())
        text += QLatin1Char('\n')
            + tr("Có trong danh sách nhưng nay chưa đủ điều kiện (hãy xem lại, chuyển «Không khen» kèm lý do nếu cần): %1.")
                  .arg(done.noLongerEligible.join(QStringLiteral("; ")));
    if (!done.heldBack.isEmpty())
        text += QLatin1Char('\n')
            + tr("Không đề nghị vì đã đề nghị Chiến sĩ thi đua cấp tỉnh cùng năm (một thành tích không khen hai lần): %1.")
                  .arg(done.heldBack.join(QStringLiteral("; ")));
    text += QLatin1Char('\n') + tr("Tiếp theo, ở trang Đề nghị khen thưởng: ghi cuộc họp Hội đồng, kết quả bỏ phiếu, lập Biên bản, Tờ trình và Quyết định.");
    MessageBox::information(this, tr("Bình xét cuối năm"), text);
    Q_EMIT reviewOpened(done.campaignId);
    return true;
}

void AnnualPage::proposeByHand()
{
    const QModelIndex current = m_proxy->mapToSource(m_tableView->currentIndex());
    if (!m_db || !current.isValid())
        return;
    ReviewAdditionDialog dialog(*m_db, m_model->year(), m_model->subjectAt(current.row()), m_model->nameAt(current.row()), this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT dataChanged(); // a campaign may have been opened: the other pages pick it up
}

bool AnnualPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_tableView || event->type() != QEvent::KeyPress)
        return Page::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const QString text = key->text();
    static const std::pair<QChar, TaskRating> ratings[] = { { QLatin1Char('1'), TaskRating::Excellent },
        { QLatin1Char('2'), TaskRating::Good }, { QLatin1Char('3'), TaskRating::Completed }, { QLatin1Char('4'), TaskRating::NotCompleted } };
    for (const auto& [digit, rating] : ratings)
        if (text == QString(digit)) {
            setCurrentRating(rating);
            return true;
        }
    if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
        setCurrentRating(std::nullopt);
        return true;
    }
    if (moveByEnter(m_tableView, key))
        return true;
    return Page::eventFilter(watched, event);
}
