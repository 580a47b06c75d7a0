#include "ui/campaigns/CampaignsPage.h"

#include "core/common/DateText.h"
#include "core/documents/PlanExport.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/CampaignRepository.h"
#include "core/templates/BuiltInTemplate.h"
#include "ui/campaigns/CampaignForm.h"
#include "ui/campaigns/PlanEditor.h"
#include "ui/campaigns/PlanImportDialog.h"
#include "ui/widgets/DialogFolder.h"

#include <QClipboard>
#include <QMenu>
#include <QGuiApplication>
#include "ui/documents/DocumentView.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/NextStepBanner.h"
#include "ui/widgets/UnsavedMark.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

CampaignsPage::CampaignsPage(QWidget* parent)
    : Page(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Đợt thi đua và kế hoạch</h2>"), this));
    m_nextStep = new NextStepBanner(this);
    layout->addWidget(m_nextStep);
    auto* splitter = new QSplitter(Qt::Horizontal, this);

    auto* listBox = new QWidget(splitter);
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_campaignsListWidget = new QListWidget(listBox);
    m_campaignsListWidget->setObjectName(QStringLiteral("campaignsListWidget"));
    m_campaignsListWidget->setWordWrap(true);
    listLayout->addWidget(m_campaignsListWidget, 1);
    auto button = [&](QBoxLayout* row, const QString& text, const QString& name, auto slot) {
        auto* b = new QPushButton(text, row->parentWidget() ? row->parentWidget() : this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    auto* listButtons = new QHBoxLayout;
    // Ctrl+Insert adds and Ctrl+Shift+Delete removes, as on the proposals and agency pages.
    button(listButtons, tr("Đợt mới"), QStringLiteral("newCampaignButton"), [this] { newCampaign(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    button(listButtons, tr("Tạo từ đợt này"), QStringLiteral("duplicateCampaignButton"), [this] { duplicateCampaign(); });
    // A plan from elsewhere: a Word file, or a whole plan copied from Word, a PDF or a web page.
    auto* importButton = new QPushButton(tr("Nhập kế hoạch"), listBox);
    importButton->setObjectName(QStringLiteral("importPlanButton"));
    auto* importMenu = new QMenu(importButton);
    importMenu->addAction(tr("Từ tệp Word (.docx)…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Nhập kế hoạch từ Word"), DialogFolder::suggest({}),
            tr("Văn bản Word (*.docx)"));
        if (path.isEmpty())
            return;
        DialogFolder::remember(path);
        importPlan(path);
    });
    importMenu->addAction(tr("Dán cả kế hoạch đã chép (Ctrl+C) từ Word, PDF, trang web"), this,
        [this] { importPlanText(QGuiApplication::clipboard()->text()); });
    importButton->setMenu(importMenu);
    listButtons->addWidget(importButton);
    button(listButtons, tr("Xóa"), QStringLiteral("removeCampaignButton"), [this] { removeCampaign(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    listLayout->addLayout(listButtons);
    splitter->addWidget(listBox);

    auto* editorBox = new QWidget(splitter);
    auto* editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_tabWidget = new QTabWidget(editorBox);
    m_campaignForm = new CampaignForm(m_tabWidget);
    m_planEditor = new PlanEditor(m_tabWidget);
    m_tabWidget->addTab(m_planEditor, tr("Đề cương kế hoạch"));
    m_tabWidget->addTab(m_campaignForm, tr("Thông tin chung, ban hành"));
    m_documentView = new DocumentView(m_tabWidget);
    m_tabWidget->addTab(m_documentView, tr("Kế hoạch (xem trước, in, xuất)"));
    editorLayout->addWidget(m_tabWidget, 1);
    auto* saveRow = new QHBoxLayout;
    m_statusLabel = new QLabel(editorBox);
    saveRow->addWidget(m_statusLabel, 1);
    m_revertButton = button(saveRow, tr("Hủy thay đổi"), QStringLiteral("revertCampaignButton"), [this] { revert(); });
    m_saveButton = button(saveRow, tr("&Lưu đợt thi đua"), QStringLiteral("saveCampaignButton"), [this] { save(); });
    m_saveButton->setToolTip(tr("Lưu (Ctrl+S)"));
    m_saveMark = new UnsavedMark(m_saveButton, [this] { return m_modified; });
    editorLayout->addLayout(saveRow);
    splitter->addWidget(editorBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({ 260, 1000 });
    layout->addWidget(splitter, 1);

    connect(m_campaignsListWidget, &QListWidget::currentRowChanged, this, &CampaignsPage::onListSelection);
    connect(m_campaignForm, &CampaignForm::edited, this, [this] {
        setModified(true);
        m_documentView->refreshSoon();
    });
    connect(m_campaignForm, &CampaignForm::headingStylesChanged, this,
        [this] { m_planEditor->setHeadingStyles(m_campaignForm->headingStyles()); });
    connect(m_planEditor, &PlanEditor::headingStylesApplied, m_campaignForm, &CampaignForm::setHeadingStyles);
    connect(m_planEditor, &PlanEditor::planChanged, this, [this] {
        setModified(m_modified || !m_planEditor->undoStack()->isClean());
        m_documentView->refreshSoon();
    });
    connect(m_planEditor->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (!clean)
            setModified(true);
    });
    setModified(false);
    setEnabled(false);
}

QUndoStack* CampaignsPage::undoStack() { return m_planEditor->undoStack(); }

void CampaignsPage::setDatabase(Database* database)
{
    m_db = database;
    setEnabled(m_db != nullptr);
    m_campaign = {};
    reloadReferenceData();
    reloadList(0);
}

void CampaignsPage::reloadReferenceData()
{
    if (!m_db)
        return;
    m_documentView->refreshSoon(); // the agency or a signer may have changed
    if (Result<std::vector<Signer>> signers = AgencyRepository(*m_db).signers(); signers)
        m_campaignForm->setSigners(signers.value());
    if (Result<std::vector<AwardForm>> forms = AwardFormRepository(*m_db).all(); forms)
        m_planEditor->setAwardForms(forms.value());
}

void CampaignsPage::reloadList(qint64 selectId)
{
    const QSignalBlocker blocker(m_campaignsListWidget);
    m_campaignsListWidget->clear();
    if (!m_db) {
        loadCampaign(0);
        return;
    }
    Result<std::vector<CampaignSummary>> list = CampaignRepository(*m_db).list();
    if (!list) {
        MessageBox::warning(this, tr("Đợt thi đua"), list.error().message, list.error().detail);
        return;
    }
    int selectRow = list.value().empty() ? -1 : 0;
    for (const CampaignSummary& summary : list.value()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(summary.name,
                                             tr("từ %1").arg(dateText(summary.startDate))),
            m_campaignsListWidget);
        item->setData(Qt::UserRole, summary.id);
        if (summary.id == selectId)
            selectRow = m_campaignsListWidget->count() - 1;
    }
    m_campaignsListWidget->setCurrentRow(selectRow);
    loadCampaign(selectRow >= 0 ? m_campaignsListWidget->item(selectRow)->data(Qt::UserRole).toLongLong() : 0);
    if (list.value().empty())
        m_nextStep->showStep(tr("Chưa có đợt thi đua nào. Lập kế hoạch mới theo mẫu Nghị định 30 (Đợt mới), hoặc nhập kế hoạch "
                                "đã viết bằng Word (Nhập kế hoạch)."),
            tr("Đợt mới"), [this] { newCampaign(); });
    else
        m_nextStep->hide();
}

void CampaignsPage::selectCampaign(qint64 id)
{
    for (int row = 0; row < m_campaignsListWidget->count(); ++row)
        if (m_campaignsListWidget->item(row)->data(Qt::UserRole).toLongLong() == id)
            m_campaignsListWidget->setCurrentRow(row);
}

void CampaignsPage::onListSelection()
{
    QListWidgetItem* item = m_campaignsListWidget->currentItem();
    const qint64 id = item ? item->data(Qt::UserRole).toLongLong() : 0;
    if (id == m_campaign.id)
        return;
    if (!confirmLeave()) {
        const QSignalBlocker blocker(m_campaignsListWidget);
        selectCampaign(m_campaign.id);
        return;
    }
    loadCampaign(id);
}

void CampaignsPage::loadCampaign(qint64 id)
{
    m_campaign = {};
    if (m_db && id > 0) {
        Result<Campaign> loaded = CampaignRepository(*m_db).load(id);
        if (loaded)
            m_campaign = loaded.value();
        else
            MessageBox::warning(this, tr("Đợt thi đua"), loaded.error().message, loaded.error().detail);
    }
    m_tabWidget->setEnabled(m_campaign.id > 0);
    if (m_campaign.id > 0)
        Q_EMIT campaignOpened(m_campaign.id);
    m_campaignForm->setCampaign(m_campaign);
    m_planEditor->setPlan({ m_campaign.sections, m_campaign.awards }, m_campaign.headingStyles);
    setModified(false);
    if (!m_db || m_campaign.id == 0) {
        m_documentView->setSource({}, {});
        return;
    }
    m_documentView->setSource(
        [this]() -> Result<doc::Document> {
            if (!m_db)
                return Error { tr("Chưa mở cơ sở dữ liệu."), {} };
            return PlanExport::buildPlanDocument(*m_db, editedCampaign());
        },
        [this](DocumentFormat format) {
            Result<Agency> agency = AgencyRepository(*m_db).load();
            return PlanExport::suggestedFileName(editedCampaign(), agency ? agency.value() : Agency {}, format);
        });
}

void CampaignsPage::setModified(bool modified)
{
    m_modified = modified;
    if (!modified)
        m_planEditor->undoStack()->setClean();
    m_saveButton->setEnabled(modified);
    m_saveMark->update();
    m_revertButton->setEnabled(modified);
    m_statusLabel->setText(modified ? tr("Có thay đổi chưa lưu.") : QString());
}

Campaign CampaignsPage::editedCampaign() const
{
    Campaign edited = m_campaign;
    m_campaignForm->applyTo(edited);
    edited.sections = m_planEditor->plan().sections;
    edited.awards = m_planEditor->plan().awards;
    return edited;
}

bool CampaignsPage::save()
{
    if (!m_db || m_campaign.id == 0)
        return false;
    Campaign edited = editedCampaign();
    if (Status s = CampaignRepository(*m_db).update(edited); !s) {
        MessageBox::warning(this, tr("Không lưu được đợt thi đua"), s.error().message, s.error().detail);
        return false;
    }
    // Reload so the editor holds the ids the store gave to new sections and paragraphs.
    const SectionPath path = m_planEditor->currentPath();
    reloadList(edited.id);
    m_planEditor->selectPath(path);
    Q_EMIT dataChanged(); // criteria and names other pages show
    return true;
}

void CampaignsPage::revert()
{
    if (m_campaign.id == 0)
        return;
    if (MessageBox::question(this, tr("Hủy thay đổi"), tr("Bỏ mọi thay đổi chưa lưu của đợt thi đua này?"))
        != QMessageBox::Yes)
        return;
    loadCampaign(m_campaign.id);
}

bool CampaignsPage::confirmLeave()
{
    if (!m_modified)
        return true;
    switch (MessageBox::question(this, tr("Đợt thi đua"),
        tr("Đợt thi đua «%1» có thay đổi chưa lưu. Lưu lại không?").arg(m_campaign.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save)) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        loadCampaign(m_campaign.id);
        return true;
    default:
        return false;
    }
}

void CampaignsPage::newCampaign()
{
    if (!m_db || !confirmLeave())
        return;
    Result<Agency> agency = AgencyRepository(*m_db).load();
    Campaign campaign = BuiltInTemplate::blankCampaign(QDate::currentDate(), agency ? agency.value() : Agency {});
    if (Result<std::vector<Signer>> signers = AgencyRepository(*m_db).signers(); signers && !signers.value().empty())
        campaign.signerId = signers.value().front().id;
    Result<qint64> id = CampaignRepository(*m_db).add(campaign);
    if (!id) {
        MessageBox::warning(this, tr("Không tạo được đợt thi đua"), id.error().message, id.error().detail);
        return;
    }
    reloadList(id.value());
    m_tabWidget->setCurrentWidget(m_campaignForm);
    Q_EMIT dataChanged();
}

void CampaignsPage::importPlan(const QString& path)
{
    if (!m_db || !confirmLeave())
        return;
    reviewImport(PlanImport::fromDocx(path));
}

void CampaignsPage::importPlanText(const QString& text)
{
    if (!m_db || !confirmLeave())
        return;
    if (text.trimmed().isEmpty()) {
        MessageBox::information(this, tr("Dán kế hoạch"), tr("Bộ nhớ tạm không có chữ: hãy chép (Ctrl+C) cả kế hoạch trước."));
        return;
    }
    reviewImport(PlanImport::fromText(text));
}

void CampaignsPage::reviewImport(Result<PlanImport::Recognised> read)
{
    if (read)
        if (Status prepared = PlanImport::prepareFor(*m_db, read.value()); !prepared)
            read = prepared.error();
    if (!read) {
        MessageBox::warning(this, tr("Không nhập được kế hoạch"), read.error().message, read.error().detail);
        return;
    }
    PlanImportDialog dialog(*m_db, std::move(read.value()), { m_campaign.id, m_campaign.name, m_campaign.startDate }, this);
    Q_EMIT planImportShown(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.addedCampaignId() == 0) { // the open campaign's outline replaced: an edit, undone by Ctrl+Z
        const Campaign& imported = dialog.recognised().campaign;
        m_planEditor->replaceOutline(imported.sections, imported.headingStyles);
        m_tabWidget->setCurrentWidget(m_planEditor);
        return;
    }
    reloadList(dialog.addedCampaignId());
    m_tabWidget->setCurrentWidget(m_planEditor);
    Q_EMIT dataChanged();
}

void CampaignsPage::duplicateCampaign()
{
    if (!m_db || m_campaign.id == 0 || !confirmLeave())
        return;
    Result<qint64> id = CampaignRepository(*m_db).duplicate(m_campaign.id);
    if (!id) {
        MessageBox::warning(this, tr("Không sao chép được đợt thi đua"), id.error().message, id.error().detail);
        return;
    }
    reloadList(id.value());
    m_tabWidget->setCurrentWidget(m_campaignForm);
    Q_EMIT dataChanged();
}

void CampaignsPage::removeCampaign()
{
    if (!m_db || m_campaign.id == 0)
        return;
    if (MessageBox::question(this, tr("Xóa đợt thi đua"),
            tr("Xóa hẳn đợt thi đua «%1» cùng toàn bộ kế hoạch của nó? Không thể hoàn tác.").arg(m_campaign.name))
        != QMessageBox::Yes)
        return;
    if (Status s = CampaignRepository(*m_db).remove(m_campaign.id); !s) {
        MessageBox::warning(this, tr("Không xóa được đợt thi đua"), s.error().message, s.error().detail);
        return;
    }
    m_modified = false;
    reloadList(0);
    Q_EMIT dataChanged();
}
