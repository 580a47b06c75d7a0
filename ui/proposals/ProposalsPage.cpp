#include "ui/proposals/ProposalsPage.h"

#include "core/common/Settings.h"
#include "core/rules/ProposalWorkflow.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/UnitRepository.h"
#include "ui/certificates/CertificatesDialog.h"
#include "ui/documents/DocumentView.h"
#include "ui/proposals/DecisionDialog.h"
#include "ui/proposals/DossierJob.h"
#include "ui/proposals/MeetingDialog.h"
#include "ui/proposals/NominationFormsJob.h"
#include "ui/proposals/PaperworkDialog.h"
#include "ui/proposals/ProposalDialog.h"
#include "ui/proposals/ProposalTableModel.h"
#include "ui/proposals/VoteDialog.h"
#include "ui/widgets/CampaignPicker.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/NextStepBanner.h"
#include "ui/widgets/UnitFilter.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

using S = ProposalState;
const S AllStates[] = { S::Draft, S::Submitted, S::Returned, S::Reviewed, S::Decided, S::Forwarded, S::Awarded, S::Rejected };

QString moveLabel(S to)
{
    switch (to) {
    case S::Submitted:
        return ProposalsPage::tr("Gửi đề nghị");
    case S::Returned:
        return ProposalsPage::tr("Trả lại để bổ sung…");
    case S::Reviewed:
        return ProposalsPage::tr("Hội đồng đã xét");
    case S::Decided:
        return ProposalsPage::tr("Quyết định khen");
    case S::Forwarded:
        return ProposalsPage::tr("Trình cấp trên");
    case S::Awarded:
        return ProposalsPage::tr("Đã khen");
    case S::Rejected:
        return ProposalsPage::tr("Không khen…");
    case S::Draft:
        return {};
    }
    return {};
}

} // namespace

ProposalsPage::ProposalsPage(QWidget* parent)
    : Page(parent)
    , m_model(new ProposalTableModel(this))
    , m_proxy(new ProposalFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Đề nghị khen thưởng</h2>"), this));
    auto* bar = new QHBoxLayout;
    m_campaignPicker = new CampaignPicker(this);
    bar->addWidget(new QLabel(tr("Đợt:"), this));
    bar->addWidget(m_campaignPicker, 1);
    auto* add = new QPushButton(tr("Thêm đề nghị…"), this);
    add->setObjectName(QStringLiteral("addProposalButton"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    connect(add, &QPushButton::clicked, this, &ProposalsPage::addProposal);
    bar->addWidget(add);
    layout->addLayout(bar);
    // The paperwork on a row of its own: one row for all would be wider than a laptop's screen.
    auto* papers = new QHBoxLayout;
    papers->addWidget(new QLabel(tr("Hồ sơ:"), this));
    auto* submission = new QPushButton(tr("Tờ trình…"), this);
    submission->setObjectName(QStringLiteral("submissionButton"));
    submission->setToolTip(tr("Tờ trình cho các đề nghị đang chọn (hoặc mọi đề nghị đã qua Hội đồng)"));
    connect(submission, &QPushButton::clicked, this, [this] { showPaperwork(true); });
    papers->addWidget(submission);
    auto* list = new QPushButton(tr("Danh sách…"), this);
    list->setObjectName(QStringLiteral("listButton"));
    connect(list, &QPushButton::clicked, this, [this] { showPaperwork(false); });
    papers->addWidget(list);
    auto* minutes = new QPushButton(tr("Biên bản họp…"), this);
    minutes->setObjectName(QStringLiteral("minutesButton"));
    minutes->setToolTip(tr("Ghi thông tin cuộc họp Hội đồng và lập biên bản với kết quả bỏ phiếu"));
    connect(minutes, &QPushButton::clicked, this, &ProposalsPage::showMinutes);
    papers->addWidget(minutes);
    auto* dossier = new QPushButton(tr("Hồ sơ đề nghị…"), this);
    dossier->setObjectName(QStringLiteral("dossierButton"));
    dossier->setToolTip(tr("Cả bộ hồ sơ cho từng nơi quyết định: tờ trình, danh sách, biên bản, báo cáo thành tích — Word và PDF, "
                           "một thư mục và một tệp ZIP"));
    connect(dossier, &QPushButton::clicked, this, [this] {
        const qint64 campaignId = m_campaignPicker->currentCampaignId();
        if (m_db && campaignId > 0)
            DossierJob::exportWithDialog(this, *m_db, campaignId, paperworkProposalIds());
    });
    papers->addWidget(dossier);
    auto* reports = new QPushButton(tr("Báo cáo thành tích"), this);
    reports->setObjectName(QStringLiteral("reportsButton"));
    reports->setToolTip(tr("Báo cáo thành tích của các đề nghị đang chọn (hoặc mọi đề nghị đang hiện trong bảng)"));
    auto* reportsMenu = new QMenu(reports);
    QAction* preview = reportsMenu->addAction(tr("Xem trước…"), this, &ProposalsPage::showReports);
    QAction* printAll = reportsMenu->addAction(tr("In phiếu đề nghị…"), this, [this] {
        if (Result<std::vector<AchievementReport::Input>> loaded = loadReports())
            NominationFormsJob::print(this, loaded.value());
    });
    reportsMenu->addAction(tr("Xuất PDF (một tệp)…"), this, [this] {
        if (Result<std::vector<AchievementReport::Input>> loaded = loadReports())
            NominationFormsJob::exportWithDialog(this, loaded.value(), DocumentFormat::Pdf);
    });
    reportsMenu->addAction(tr("Xuất Word (một tệp)…"), this, [this] {
        if (Result<std::vector<AchievementReport::Input>> loaded = loadReports())
            NominationFormsJob::exportWithDialog(this, loaded.value(), DocumentFormat::Docx);
    });
    reports->setMenu(reportsMenu);
    connect(reportsMenu, &QMenu::aboutToShow, this, [this, preview, printAll] { // say how many the job takes
        const int count = int(reportProposalIds().size());
        preview->setText(tr("Xem trước (%1 đề nghị)…").arg(count));
        printAll->setText(tr("In phiếu đề nghị (%1 đề nghị)…").arg(count));
    });
    papers->addWidget(reports);
    auto* decision = new QPushButton(tr("Quyết định…"), this);
    decision->setObjectName(QStringLiteral("decisionButton"));
    decision->setToolTip(tr("Quyết định khen thưởng của Giám đốc cho các đề nghị đã «Quyết định khen»"));
    connect(decision, &QPushButton::clicked, this, &ProposalsPage::showDecision);
    papers->addWidget(decision);
    papers->addStretch(1);
    layout->addLayout(papers);

    auto* filters = new QHBoxLayout;
    m_stateFilterComboBox = new QComboBox(this);
    m_stateFilterComboBox->addItem(tr("Mọi trạng thái"), -1);
    for (S s : AllStates)
        m_stateFilterComboBox->addItem(ProposalWorkflow::stateLabel(s), int(s));
    m_awardFilterComboBox = new QComboBox(this);
    m_unitFilterComboBox = new QComboBox(this);
    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setPlaceholderText(tr("Tìm theo tên, đơn vị, thành tích…"));
    m_searchLineEdit->setClearButtonEnabled(true);
    for (QWidget* w : std::initializer_list<QWidget*> { m_stateFilterComboBox, m_awardFilterComboBox, m_unitFilterComboBox })
        filters->addWidget(w);
    filters->addWidget(m_searchLineEdit, 1);
    layout->addLayout(filters);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("proposalCountsLabel"));
    layout->addWidget(m_countsLabel);
    m_nextStep = new NextStepBanner(this);
    layout->addWidget(m_nextStep);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_tableView = new QTableView(splitter);
    m_tableView->setObjectName(QStringLiteral("proposalsTableView"));
    m_tableView->setModel(m_proxy);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setTabKeyNavigation(false); // Tab leaves the table for the moves beside it
    m_tableView->setSortingEnabled(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(ProposalTableModel::BlockersColumn, QHeaderView::Stretch);
    splitter->addWidget(m_tableView);
    splitter->addWidget(buildActions());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_campaignPicker, &CampaignPicker::campaignChanged, this, [this] { reload(); });
    connect(m_stateFilterComboBox, &QComboBox::currentIndexChanged, this, &ProposalsPage::applyFilters);
    connect(m_awardFilterComboBox, &QComboBox::currentIndexChanged, this, &ProposalsPage::applyFilters);
    connect(m_unitFilterComboBox, &QComboBox::currentIndexChanged, this, &ProposalsPage::applyFilters);
    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &ProposalsPage::applyFilters);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProposalsPage::showSelected);
    setEnabled(false);
}

QWidget* ProposalsPage::buildActions()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* actions = new QGroupBox(tr("Chuyển bước"), box);
    // Two columns: a column of eight buttons would make the page taller than a laptop's screen.
    auto* actionsLayout = new QGridLayout(actions);
    m_voteButton = new QPushButton(tr("Ghi kết quả bỏ phiếu…"), actions);
    m_voteButton->setObjectName(QStringLiteral("recordVoteButton"));
    connect(m_voteButton, &QPushButton::clicked, this, &ProposalsPage::recordVote);
    actionsLayout->addWidget(m_voteButton, 0, 0);
    // Every move from the keyboard: Alt+0 the vote, Alt+1 … Alt+7 the moves in order, Alt+8 undo.
    auto withKey = [](QPushButton* button, int digit) {
        const QKeySequence key(Qt::ALT | Qt::Key(Qt::Key_0 + digit));
        button->setShortcut(key);
        button->setToolTip(QStringLiteral("%1 (%2)").arg(button->text(), key.toString(QKeySequence::NativeText)));
    };
    withKey(m_voteButton, 0);
    int slot = 1;
    for (S to : { S::Submitted, S::Returned, S::Reviewed, S::Decided, S::Forwarded, S::Awarded, S::Rejected }) {
        auto* button = new QPushButton(moveLabel(to), actions);
        withKey(button, slot);
        connect(button, &QPushButton::clicked, this, [this, to] { moveSelected(to); });
        actionsLayout->addWidget(button, slot / 2, slot % 2);
        ++slot;
        m_moveButtons[to] = button;
    }
    m_undoButton = new QPushButton(tr("Hoàn tác bước vừa rồi"), actions);
    m_undoButton->setObjectName(QStringLiteral("undoMoveButton"));
    withKey(m_undoButton, slot);
    connect(m_undoButton, &QPushButton::clicked, this, [this] { undoLastMove(); });
    actionsLayout->addWidget(m_undoButton, slot / 2, slot % 2);
    // After the last step the box says so, instead of standing empty.
    m_finalLabel = new QLabel(actions);
    m_finalLabel->setObjectName(QStringLiteral("proposalFinalLabel"));
    m_finalLabel->setWordWrap(true);
    actionsLayout->addWidget(m_finalLabel, slot / 2 + 1, 0, 1, 2);
    layout->addWidget(actions);
    m_blockersLabel = new QLabel(box);
    m_blockersLabel->setWordWrap(true);
    m_blockersLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    layout->addWidget(m_blockersLabel);
    m_blockingCellButton = new QPushButton(tr("Đến ô tiêu chí còn vướng"), box);
    m_blockingCellButton->setObjectName(QStringLiteral("blockingCellButton"));
    withKey(m_blockingCellButton, 9);
    m_blockingCellButton->setToolTip(tr("Mở trang Đánh giá tiêu chí ở ô tiêu chí bắt buộc chưa đạt của đề nghị này (%1)")
                                         .arg(m_blockingCellButton->shortcut().toString(QKeySequence::NativeText)));
    connect(m_blockingCellButton, &QPushButton::clicked, this, &ProposalsPage::goToBlockingCell);
    layout->addWidget(m_blockingCellButton, 0, Qt::AlignLeft);
    layout->addWidget(new QLabel(tr("Lịch sử:"), box));
    m_historyListWidget = new QListWidget(box);
    m_historyListWidget->setObjectName(QStringLiteral("proposalHistoryListWidget"));
    m_historyListWidget->setWordWrap(true);
    layout->addWidget(m_historyListWidget, 2);
    layout->addWidget(new QLabel(tr("Khen thưởng đã nhận (các đợt):"), box));
    m_earlierAwardsListWidget = new QListWidget(box);
    m_earlierAwardsListWidget->setObjectName(QStringLiteral("earlierAwardsListWidget"));
    layout->addWidget(m_earlierAwardsListWidget, 1);
    return box;
}

void ProposalsPage::setDatabase(Database* database)
{
    m_db = database;
    setEnabled(m_db != nullptr);
    {
        const QSignalBlocker blocker(m_awardFilterComboBox);
        m_awardFilterComboBox->clear();
        m_awardFilterComboBox->addItem(tr("Mọi hình thức"), 0);
        if (m_db)
            if (Result<std::vector<AwardForm>> forms = AwardFormRepository(*m_db).all(); forms)
                for (const AwardForm& f : forms.value())
                    m_awardFilterComboBox->addItem(f.name, f.id);
    }
    Result<std::vector<Unit>> units = m_db ? UnitRepository(*m_db).all() : Result<std::vector<Unit>>(std::vector<Unit> {});
    fillUnitFilter(m_unitFilterComboBox, units ? units.value() : std::vector<Unit> {}, tr("Mọi đơn vị"));
    m_campaignPicker->reload(m_db); // → reload()
}

void ProposalsPage::reload(qint64 selectProposalId)
{
    if (selectProposalId == 0)
        selectProposalId = selectedProposalId();
    std::vector<ProposalRow> rows;
    const qint64 campaignId = m_campaignPicker->currentCampaignId();
    if (m_db && campaignId > 0) {
        ProposalRepository repository(*m_db);
        Result<std::vector<Proposal>> proposals = repository.forCampaign(campaignId);
        Result<std::vector<Unit>> units = UnitRepository(*m_db).all();
        Result<std::vector<Person>> people = PersonRepository(*m_db).all();
        Result<std::vector<AwardForm>> forms = AwardFormRepository(*m_db).all();
        Result<Campaign> campaign = CampaignRepository(*m_db).load(campaignId);
        if (proposals && units && people && forms && campaign) {
            m_rule = CouncilRules::ruleOf(campaign.value());
            std::map<qint64, QString> unitNames, formNames;
            std::map<qint64, const Person*> personById;
            for (const Unit& u : units.value())
                unitNames[u.id] = u.name;
            m_formLevels.clear();
            for (const AwardForm& f : forms.value()) {
                formNames[f.id] = f.name;
                m_formLevels[f.id] = f.level;
            }
            for (const Person& p : people.value())
                personById[p.id] = &p;
            Result<std::map<qint64, ProposalRepository::Verdict>> verdicts = repository.eligibilityForCampaign(campaignId);
            for (const Proposal& p : proposals.value()) {
                ProposalRow row;
                row.proposal = p;
                if (p.nominee.kind == Nominee::Kind::Unit) {
                    row.nomineeName = unitNames[p.nominee.id];
                    row.nomineeUnitId = p.nominee.id;
                } else if (const auto found = personById.find(p.nominee.id); found != personById.end()) {
                    row.nomineeName = found->second->fullName;
                    row.nomineeUnitId = found->second->unitId;
                }
                row.proposingUnitName = unitNames[p.proposingUnitId];
                row.awardFormName = formNames[p.awardFormId];
                if (verdicts)
                    if (const auto found = verdicts.value().find(p.id); found != verdicts.value().end()) {
                        row.blockers = QStringList(found->second.failures.begin(), found->second.failures.end());
                        row.blockingCriterion = found->second.blockingCriterion;
                    }
                rows.push_back(std::move(row));
            }
        }
    }
    m_model->setRows(std::move(rows), m_rule);
    fitColumns();
    m_countsLabel->setText(countsText());
    if (m_db && m_campaignPicker->count() == 0)
        m_nextStep->showNoCampaign(this);
    else if (m_db && m_model->rowCount() == 0)
        m_nextStep->showStep(tr("Đợt này chưa có đề nghị khen thưởng nào. Khi đơn vị, cá nhân đã đạt các tiêu chí bắt buộc "
                                "(trang Đánh giá tiêu chí), thêm đề nghị cho họ; danh sách đơn vị gửi bằng Excel thì nhập ở "
                                "Tệp → Nhập danh sách từ Excel."),
            tr("Thêm đề nghị…"), [this] { addProposal(); });
    else
        m_nextStep->hide();
    selectProposal(selectProposalId);
    showSelected();
}

void ProposalsPage::fitColumns()
{
    // Each column as wide as its content, but a long unit or person name never more than about
    // thirty letters (read whole in its tooltip): "Còn vướng" keeps the room it needs.
    const int cap = m_tableView->fontMetrics().averageCharWidth() * 30;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == ProposalTableModel::BlockersColumn)
            continue;
        m_tableView->resizeColumnToContents(column);
        if ((column == ProposalTableModel::NomineeColumn || column == ProposalTableModel::ProposingUnitColumn)
            && m_tableView->columnWidth(column) > cap)
            m_tableView->setColumnWidth(column, cap);
    }
}

QString ProposalsPage::countsText() const
{
    std::map<S, int> counts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counts[m_model->rowAt(row)->proposal.state];
    QStringList parts { tr("Tổng: %1").arg(m_model->rowCount()) };
    for (S s : AllStates)
        if (counts[s] > 0)
            parts << QStringLiteral("%1: %2").arg(ProposalWorkflow::stateLabel(s)).arg(counts[s]);
    return parts.join(QStringLiteral(" · "));
}

void ProposalsPage::applyFilters()
{
    m_proxy->setFilters(m_stateFilterComboBox->currentData().toInt(), m_awardFilterComboBox->currentData().toLongLong(),
        m_unitFilterComboBox->currentData().toLongLong(), m_searchLineEdit->text());
}

qint64 ProposalsPage::selectedProposalId() const
{
    const ProposalRow* row = m_model->rowAt(m_proxy->mapToSource(m_tableView->currentIndex()).row());
    return row ? row->proposal.id : 0;
}

void ProposalsPage::selectProposal(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
    m_tableView->setCurrentIndex(index.isValid() ? index : m_proxy->index(0, 0));
}

void ProposalsPage::showSelected()
{
    const ProposalRow* row = m_model->rowAt(m_proxy->mapToSource(m_tableView->currentIndex()).row());
    m_historyListWidget->clear();
    m_earlierAwardsListWidget->clear();
    m_blockersLabel->clear();
    AwardLevel level = AwardLevel::Agency;
    if (row && m_db) {
        if (const auto found = m_formLevels.find(row->proposal.awardFormId); found != m_formLevels.end())
            level = found->second;
        ProposalRepository repository(*m_db);
        if (Result<std::vector<ProposalEvent>> history = repository.history(row->proposal.id); history)
            for (const ProposalEvent& e : history.value())
                m_historyListWidget->addItem(QStringLiteral("%1 — %2%3%4")
                                                 .arg(e.at.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                                     e.isVote() ? tr("Kết quả bỏ phiếu") : ProposalWorkflow::stateLabel(e.to),
                                                     e.actor.isEmpty() ? QString() : tr(" (%1)").arg(e.actor),
                                                     e.reason.isEmpty() ? QString() : tr(": %1").arg(e.reason)));
        if (Result<std::vector<GrantedAward>> awards = repository.awardsOf(row->proposal.nominee); awards)
            for (const GrantedAward& a : awards.value())
                m_earlierAwardsListWidget->addItem(QStringLiteral("%1 — %2 (%3)").arg(a.awardFormName, a.campaignName).arg(a.year));
        if (ProposalWorkflow::isOpen(row->proposal.state) && !row->blockers.isEmpty())
            m_blockersLabel->setText(row->blockers.join(QLatin1Char('\n')));
    }
    m_blockingCellButton->setVisible(row && ProposalWorkflow::isOpen(row->proposal.state) && row->blockingCriterion.has_value());
    const QList<S> allowed = row ? ProposalWorkflow::nextStates(row->proposal.state, level) : QList<S> {};
    for (auto& [state, button] : m_moveButtons) {
        button->setVisible(allowed.contains(state));
        button->setEnabled(true);
    }
    // A proposal goes to the council only when every rule holds; the reasons are shown above.
    if (row && !row->blockers.isEmpty())
        m_moveButtons[S::Submitted]->setEnabled(false);
    m_voteButton->setVisible(row && (row->proposal.state == S::Submitted || row->proposal.state == S::Reviewed));
    const std::optional<ProposalEvent> last = row && m_db ? ProposalRepository(*m_db).lastMove(row->proposal.id) : std::nullopt;
    m_undoButton->setVisible(last.has_value());
    if (last)
        m_undoButton->setToolTip(tr("Trở lại «%1» (%2); lịch sử ghi lại việc hoàn tác")
                                     .arg(ProposalWorkflow::stateLabel(*last->from), m_undoButton->shortcut().toString(QKeySequence::NativeText)));
    const bool final = row && !ProposalWorkflow::isOpen(row->proposal.state);
    m_finalLabel->setVisible(final);
    if (final)
        m_finalLabel->setText(tr("Đề nghị đã kết thúc ở bước «%1»; không còn bước nào. Nếu bước này nhầm, chọn «Hoàn tác bước vừa rồi».")
                                  .arg(ProposalWorkflow::stateLabel(row->proposal.state)));
}

void ProposalsPage::goToBlockingCell()
{
    const ProposalRow* row = m_model->rowAt(m_proxy->mapToSource(m_tableView->currentIndex()).row());
    if (row && row->blockingCriterion)
        Q_EMIT blockingCellRequested(row->proposal.campaignId, row->proposal.nominee, *row->blockingCriterion);
}

namespace {
// The moves after which the council no longer considers the proposal: asked before they are made.
bool leavesTheCouncil(S to) { return to == S::Decided || to == S::Awarded || to == S::Rejected; }
} // namespace

bool ProposalsPage::undoLastMove()
{
    const qint64 id = selectedProposalId();
    if (!m_db || id == 0)
        return false;
    ProposalRepository repository(*m_db);
    const std::optional<ProposalEvent> last = repository.lastMove(id);
    if (!last)
        return false;
    if (MessageBox::question(this, tr("Hoàn tác bước vừa rồi"),
            tr("Hoàn tác bước «%1»: đề nghị trở lại «%2»? Lịch sử vẫn giữ cả hai dòng.")
                .arg(ProposalWorkflow::stateLabel(last->to), ProposalWorkflow::stateLabel(*last->from)))
        != QMessageBox::Yes)
        return false;
    if (Status s = repository.undoLastMove(id, Settings::currentUserName()); !s) {
        MessageBox::warning(this, tr("Không hoàn tác được"), s.error().message, s.error().detail);
        return false;
    }
    reload(id);
    return true;
}

void ProposalsPage::addProposal()
{
    const qint64 campaignId = m_campaignPicker->currentCampaignId();
    if (!m_db || campaignId <= 0)
        return;
    ProposalDialog dialog(*m_db, campaignId, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(dialog.proposalId());
}

void ProposalsPage::recordVote()
{
    const qint64 id = selectedProposalId();
    if (!m_db || id == 0)
        return;
    VoteDialog dialog(*m_db, id, m_rule, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(id);
}

bool ProposalsPage::moveSelected(ProposalState to, QString reason)
{
    const qint64 id = selectedProposalId();
    if (!m_db || id == 0)
        return false;
    if ((to == S::Returned || to == S::Rejected) && reason.trimmed().isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(this, moveLabel(to), tr("Lý do:"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return false;
    }
    if (leavesTheCouncil(to)) {
        const ProposalRow* row = m_model->rowAt(m_proxy->mapToSource(m_tableView->currentIndex()).row());
        const QString who = row ? m_proxy->index(m_tableView->currentIndex().row(), ProposalTableModel::NomineeColumn).data().toString() : QString();
        if (MessageBox::question(this, moveLabel(to).remove(QStringLiteral("…")),
                tr("Chuyển đề nghị của %1 sang «%2»? Sau bước này Hội đồng không còn xét đề nghị; nếu nhầm, "
                   "«Hoàn tác bước vừa rồi» đưa nó trở lại.")
                    .arg(who, ProposalWorkflow::stateLabel(to)))
            != QMessageBox::Yes)
            return false;
    }
    if (Status s = ProposalRepository(*m_db).move(id, to, Settings::currentUserName(), reason); !s) {
        MessageBox::warning(this, tr("Không chuyển được đề nghị"), s.error().message, s.error().detail);
        return false;
    }
    reload(id);
    return true;
}

std::vector<qint64> ProposalsPage::selectedProposalIds() const
{
    std::vector<qint64> ids;
    for (const QModelIndex& index : m_tableView->selectionModel()->selectedRows())
        if (const ProposalRow* row = m_model->rowAt(m_proxy->mapToSource(index).row()))
            ids.push_back(row->proposal.id);
    return ids;
}

void ProposalsPage::showPaperwork(bool submission)
{
    const qint64 campaignId = m_campaignPicker->currentCampaignId();
    if (!m_db || campaignId <= 0)
        return;
    Result<std::vector<Paperwork::Input>> inputs = Paperwork::load(*m_db, campaignId, paperworkProposalIds());
    if (!inputs) {
        MessageBox::warning(this, tr("Hồ sơ đề nghị"), inputs.error().message, inputs.error().detail);
        return;
    }
    PaperworkDialog dialog(submission ? PaperworkDialog::Kind::Submission : PaperworkDialog::Kind::List, *m_db,
        std::move(inputs.value()), this);
    Q_EMIT paperworkShown(&dialog);
    dialog.exec();
}

std::vector<qint64> ProposalsPage::paperworkProposalIds() const
{
    std::vector<qint64> ids = selectedProposalIds();
    if (ids.size() == 1)
        ids.clear(); // one row is merely the current one: take every proposal past the council
    return ids;
}

bool ProposalsPage::exportDossier(const QString& folder)
{
    const qint64 campaignId = m_campaignPicker->currentCampaignId();
    return m_db && campaignId > 0 && DossierJob::exportTo(this, *m_db, campaignId, paperworkProposalIds(), folder);
}

std::vector<qint64> ProposalsPage::reportProposalIds() const
{
    std::vector<qint64> ids = selectedProposalIds();
    if (!ids.empty())
        return ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        if (const ProposalRow* proposal = m_model->rowAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()))
            ids.push_back(proposal->proposal.id);
    return ids;
}

Result<std::vector<AchievementReport::Input>> ProposalsPage::loadReports()
{
    const qint64 campaignId = m_campaignPicker->currentCampaignId();
    const std::vector<qint64> ids = reportProposalIds();
    if (!m_db || campaignId <= 0 || ids.empty()) {
        const Error empty { tr("Không có đề nghị nào để lập báo cáo thành tích: danh sách chọn đang trống."), {} };
        MessageBox::warning(this, tr("Báo cáo thành tích"), empty.message);
        return empty;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::vector<AchievementReport::Input>> loaded = AchievementReport::load(*m_db, campaignId, ids);
    QApplication::restoreOverrideCursor();
    if (!loaded)
        MessageBox::warning(this, tr("Báo cáo thành tích"), loaded.error().message, loaded.error().detail);
    return loaded;
}

void ProposalsPage::showReports()
{
    Result<std::vector<AchievementReport::Input>> loaded = loadReports();
    if (!loaded)
        return;
    if (loaded.value().size() > PreviewLimit) {
        MessageBox::information(this, tr("Báo cáo thành tích"),
            tr("Đã chọn %1 đề nghị: quá nhiều để xem trước. Hãy dùng «In phiếu đề nghị…» hoặc «Xuất PDF (một tệp)…», "
               "hoặc chọn ít hơn %2 đề nghị.")
                .arg(loaded.value().size())
                .arg(PreviewLimit + 1));
        return;
    }
    std::vector<AchievementReport::Input> reports = std::move(loaded.value());
    const doc::Document document = AchievementReport::batch(reports);
    const QString docxName = AchievementReport::suggestedFileName(reports, true);
    const QString pdfName = AchievementReport::suggestedFileName(reports, false);
    showDocumentDialog(this, tr("Báo cáo thành tích"), [document]() -> Result<doc::Document> { return document; },
        [docxName, pdfName](DocumentFormat format) { return format == DocumentFormat::Docx ? docxName : pdfName; });
}

bool ProposalsPage::exportNominationForms(DocumentFormat format, const QString& path)
{
    Result<std::vector<AchievementReport::Input>> loaded = loadReports();
    return loaded && NominationFormsJob::exportTo(this, loaded.value(), format, path);
}

void ProposalsPage::showMinutes()
{
    const qint64 campaignId = m_campaignPicker->currentCampaignId();
    if (!m_db || campaignId <= 0)
        return;
    MeetingDialog meeting(*m_db, campaignId, this);
    if (meeting.exec() != QDialog::Accepted)
        return;
    Database* db = m_db;
    showDocumentDialog(this, tr("Biên bản họp Hội đồng Thi đua - Khen thưởng"),
        [db, campaignId] { return Paperwork::loadMinutes(*db, campaignId); },
        [](DocumentFormat format) {
            return format == DocumentFormat::Docx ? QStringLiteral("Bien-ban-hop-Hoi-dong.docx") : QStringLiteral("Bien-ban-hop-Hoi-dong.pdf");
        });
}

void ProposalsPage::showDecision()
{
    const qint64 campaignId = m_campaignPicker->currentCampaignId();
    if (!m_db || campaignId <= 0)
        return;
    DecisionDialog dialog(*m_db, campaignId, this);
    connect(&dialog, &DecisionDialog::certificatesRequested, this, [this, &dialog, campaignId] {
        CertificatesDialog certificates(*m_db, campaignId, &dialog);
        Q_EMIT certificatesShown(&certificates);
        certificates.exec();
    });
    Q_EMIT decisionShown(&dialog);
    dialog.exec();
}
