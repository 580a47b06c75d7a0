#include "ui/campaigns/SectionEditor.h"

#include "core/domain/Labels.h"
#include "core/domain/PlanText.h"
#include "ui/widgets/MultiLineTextDelegate.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum BlockColumn { KindColumn, TextColumn, RequiredColumn, BlockColumnCount };
constexpr int BlockIdRole = Qt::UserRole + 1;

bool holdsCriteria(SectionBinding binding)
{
    return binding == SectionBinding::UnitCriteria || binding == SectionBinding::IndividualCriteria;
}

} // namespace

SectionEditor::SectionEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_numberLabel = new QLabel(this);
    m_headingLineEdit = new QLineEdit(this);
    m_headingLineEdit->setObjectName(QStringLiteral("sectionHeadingLineEdit"));
    m_headingLineEdit->setPlaceholderText(tr("Để trống nếu mục không có tiêu đề (phần căn cứ, đoạn kết)"));
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(m_numberLabel);
    headingRow->addWidget(m_headingLineEdit, 1);
    form->addRow(tr("Tiêu đề:"), headingRow);
    m_numberedCheckBox = new QCheckBox(tr("Đánh số tiêu đề"), this);
    m_itemStyleComboBox = new QComboBox(this);
    for (NumberingStyle style : { NumberingStyle::Arabic, NumberingStyle::Alpha, NumberingStyle::Dash,
             NumberingStyle::Plus, NumberingStyle::None, NumberingStyle::Roman, NumberingStyle::Decimal })
        m_itemStyleComboBox->addItem(numberingStyleLabel(style), int(style));
    form->addRow(QString(), m_numberedCheckBox);
    form->addRow(tr("Mục liệt kê:"), m_itemStyleComboBox);
    m_bindingComboBox = new QComboBox(this);
    m_bindingComboBox->setObjectName(QStringLiteral("sectionBindingComboBox"));
    for (SectionBinding b : { SectionBinding::Text, SectionBinding::UnitCriteria, SectionBinding::IndividualCriteria,
             SectionBinding::AwardForms, SectionBinding::Annex })
        m_bindingComboBox->addItem(sectionBindingLabel(b), int(b));
    m_bindingComboBox->setToolTip(tr("Mục chứa tiêu chí hoặc hình thức khen thưởng được dùng cho bảng đánh giá "
                                     "và đề nghị khen thưởng. Một mục cấp cao nhất có thể là phụ lục: in sau chữ ký, "
                                     "trên trang riêng, đánh số trang riêng."));
    form->addRow(tr("Nội dung mục:"), m_bindingComboBox);
    layout->addLayout(form);

    m_contentStack = new QStackedWidget(this);
    m_contentStack->addWidget(buildBlocksPage());
    m_awardsListWidget = new QListWidget(this);
    m_awardsListWidget->setObjectName(QStringLiteral("awardFormsListWidget"));
    m_contentStack->addWidget(m_awardsListWidget);
    layout->addWidget(m_contentStack, 1);

    connect(m_headingLineEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_headingLineEdit->text().trimmed() != m_section.heading)
            emitSection();
    });
    connect(m_numberedCheckBox, &QCheckBox::toggled, this, &SectionEditor::emitSection);
    connect(m_itemStyleComboBox, &QComboBox::currentIndexChanged, this, &SectionEditor::emitSection);
    connect(m_bindingComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateBindingPage();
        emitSection();
    });
    connect(m_awardsListWidget, &QListWidget::itemChanged, this, &SectionEditor::emitAwards);
    setEnabled(false);
}

QWidget* SectionEditor::buildBlocksPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_blocksTableWidget = new QTableWidget(0, BlockColumnCount, page);
    m_blocksTableWidget->setObjectName(QStringLiteral("blocksTableWidget"));
    m_blocksTableWidget->setHorizontalHeaderLabels({ tr("Loại"), tr("Nội dung"), tr("Bắt buộc") });
    m_blocksTableWidget->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_blocksTableWidget->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_blocksTableWidget->horizontalHeader()->setSectionResizeMode(RequiredColumn, QHeaderView::ResizeToContents);
    m_blocksTableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_blocksTableWidget->setWordWrap(true);
    m_blocksTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_blocksTableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* paragraphs = new MultiLineTextDelegate(m_blocksTableWidget);
    paragraphs->setParagraphsPasted([this](const QString& text) { pasteBlocks(text); });
    m_blocksTableWidget->setItemDelegateForColumn(TextColumn, paragraphs);
    // Tab confirms a paragraph and leaves the rows where the clerk sees them, never wrapping to row 1.
    m_blocksTableWidget->setTabKeyNavigation(false);
    auto* paste = new QShortcut(QKeySequence::Paste, m_blocksTableWidget, this, &SectionEditor::pasteFromClipboard);
    paste->setContext(Qt::WidgetShortcut); // inside a cell being edited, the editor pastes its own way
    connect(m_blocksTableWidget, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            emitSection();
    });
    layout->addWidget(m_blocksTableWidget, 1);

    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text, const QString& name, auto slot, const QKeySequence& key = {}) {
        auto* b = new QPushButton(text, page);
        b->setObjectName(name);
        b->setShortcut(key);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(tr("Thêm đoạn"), QStringLiteral("addBlockButton"), [this] { addBlock(); });
    button(tr("Dán đoạn"), QStringLiteral("pasteBlocksButton"), [this] { pasteFromClipboard(); });
    button(tr("Xóa đoạn"), QStringLiteral("removeBlockButton"), [this] { removeBlock(); });
    // The paragraph moves with Ctrl and an arrow (the section itself with Alt+Shift and an arrow).
    button(tr("Lên"), QStringLiteral("blockUpButton"), [this] { moveBlock(-1); }, QKeySequence(Qt::CTRL | Qt::Key_Up));
    button(tr("Xuống"), QStringLiteral("blockDownButton"), [this] { moveBlock(+1); }, QKeySequence(Qt::CTRL | Qt::Key_Down));
    buttons->addStretch();
    layout->addLayout(buttons);
    return page;
}

void SectionEditor::setAwardForms(const std::vector<AwardForm>& forms)
{
    m_awardForms = forms;
}

void SectionEditor::showSection(const SectionPath& path, const PlanSection* section, const QString& number,
    const std::vector<CampaignAward>& awards)
{
    m_loading = true;
    const QSignalBlocker b1(m_headingLineEdit), b2(m_numberedCheckBox), b3(m_itemStyleComboBox), b4(m_bindingComboBox),
        b5(m_awardsListWidget);
    setEnabled(section != nullptr);
    m_path = path;
    m_section = section ? *section : PlanSection {};
    m_section.children.clear(); // the editor never touches sub-sections
    m_awards = awards;
    m_numberLabel->setText(number);
    m_headingLineEdit->setText(m_section.heading);
    m_numberedCheckBox->setChecked(m_section.numbered);
    m_itemStyleComboBox->setCurrentIndex(m_itemStyleComboBox->findData(int(m_section.itemStyle)));
    m_bindingComboBox->setCurrentIndex(m_bindingComboBox->findData(int(m_section.binding)));
    // Only a top-level section can be an annex: it prints after the signature.
    if (auto* bindings = qobject_cast<QStandardItemModel*>(m_bindingComboBox->model()))
        bindings->item(m_bindingComboBox->findData(int(SectionBinding::Annex)))->setEnabled(path.size() == 1);
    m_numberedCheckBox->setEnabled(m_section.binding != SectionBinding::Annex); // "Phụ lục I" numbers it
    m_headingLineEdit->setPlaceholderText(m_section.binding == SectionBinding::Annex
            ? tr("Tên phụ lục, ví dụ: Mẫu đăng ký thi đua (in hoa khi in)")
            : tr("Để trống nếu mục không có tiêu đề (phần căn cứ, đoạn kết)"));
    fillBlocks(m_section.blocks);

    m_awardsListWidget->clear();
    for (const AwardForm& form : m_awardForms) {
        auto* item
            = new QListWidgetItem(tr("%1 — do %2 quyết định").arg(form.name, form.decidedBy), m_awardsListWidget);
        item->setData(Qt::UserRole, form.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool chosen = std::any_of(
            awards.begin(), awards.end(), [&](const CampaignAward& a) { return a.awardFormId == form.id; });
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    updateBindingPage();
    m_loading = false;
}

void SectionEditor::updateBindingPage()
{
    const auto binding = static_cast<SectionBinding>(m_bindingComboBox->currentData().toInt());
    m_contentStack->setCurrentIndex(binding == SectionBinding::AwardForms ? 1 : 0);
    m_blocksTableWidget->setColumnHidden(RequiredColumn, !holdsCriteria(binding));
}

void SectionEditor::fillBlocks(const std::vector<PlanBlock>& blocks)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_blocksTableWidget->setRowCount(0);
    m_blocksTableWidget->setRowCount(int(blocks.size()));
    for (int row = 0; row < int(blocks.size()); ++row) {
        const PlanBlock& block = blocks[size_t(row)];
        auto* kind = new QComboBox(m_blocksTableWidget);
        for (BlockKind k : { BlockKind::Paragraph, BlockKind::Item, BlockKind::Citation, BlockKind::TableRow })
            kind->addItem(blockKindLabel(k), int(k));
        kind->setCurrentIndex(kind->findData(int(block.kind)));
        kind->setToolTip(tr("Dòng bảng: các ô cách nhau bởi « | »; dòng đầu của bảng là dòng tiêu đề. "
                            "Dán bảng chép từ Word hoặc Excel (Ctrl+V) để có sẵn các dòng."));
        connect(kind, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                emitSection();
        });
        m_blocksTableWidget->setCellWidget(row, KindColumn, kind);
        auto* text = new QTableWidgetItem(block.text);
        text->setData(BlockIdRole, block.id);
        m_blocksTableWidget->setItem(row, TextColumn, text);
        auto* required = new QTableWidgetItem;
        required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        required->setCheckState(block.required ? Qt::Checked : Qt::Unchecked);
        m_blocksTableWidget->setItem(row, RequiredColumn, required);
    }
    m_loading = wasLoading;
}

std::vector<PlanBlock> SectionEditor::blocksFromTable() const
{
    std::vector<PlanBlock> blocks;
    for (int row = 0; row < m_blocksTableWidget->rowCount(); ++row) {
        const auto* kind = qobject_cast<QComboBox*>(m_blocksTableWidget->cellWidget(row, KindColumn));
        const QTableWidgetItem* text = m_blocksTableWidget->item(row, TextColumn);
        const QTableWidgetItem* required = m_blocksTableWidget->item(row, RequiredColumn);
        blocks.push_back({ text ? text->data(BlockIdRole).toLongLong() : 0,
            kind ? static_cast<BlockKind>(kind->currentData().toInt()) : BlockKind::Paragraph,
            text ? text->text() : QString(), required && required->checkState() == Qt::Checked });
    }
    return blocks;
}

void SectionEditor::emitSection()
{
    if (m_loading || !isEnabled())
        return;
    m_section.heading = m_headingLineEdit->text().trimmed();
    m_section.numbered = m_numberedCheckBox->isChecked();
    m_section.itemStyle = static_cast<NumberingStyle>(m_itemStyleComboBox->currentData().toInt());
    m_section.binding = static_cast<SectionBinding>(m_bindingComboBox->currentData().toInt());
    m_section.blocks = blocksFromTable();
    Q_EMIT sectionEdited(m_path, m_section);
}

void SectionEditor::emitAwards()
{
    if (m_loading)
        return;
    std::vector<CampaignAward> chosen;
    for (int row = 0; row < m_awardsListWidget->count(); ++row) {
        const QListWidgetItem* item = m_awardsListWidget->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const auto kept = std::find_if(
            m_awards.begin(), m_awards.end(), [&](const CampaignAward& a) { return a.awardFormId == id; });
        chosen.push_back(kept != m_awards.end() ? *kept : CampaignAward { id, {} });
    }
    m_awards = chosen;
    Q_EMIT awardsEdited(chosen);
}

void SectionEditor::addBlock()
{
    std::vector<PlanBlock> blocks = blocksFromTable();
    const bool criteria = holdsCriteria(m_section.binding);
    const int at = m_blocksTableWidget->currentRow() < 0 ? int(blocks.size()) : m_blocksTableWidget->currentRow() + 1;
    blocks.insert(blocks.begin() + at,
        { 0, criteria || m_section.itemStyle != NumberingStyle::None ? BlockKind::Item : BlockKind::Paragraph,
            tr("Nội dung mới"), criteria });
    fillBlocks(blocks);
    emitSection();
    m_blocksTableWidget->setCurrentCell(at, TextColumn);
    m_blocksTableWidget->editItem(m_blocksTableWidget->item(at, TextColumn));
}

void SectionEditor::focusHeading()
{
    m_headingLineEdit->setFocus(Qt::OtherFocusReason);
    m_headingLineEdit->selectAll();
}

void SectionEditor::pasteFromClipboard()
{
    pasteBlocks(QGuiApplication::clipboard()->text());
}

void SectionEditor::pasteBlocks(const QString& text)
{
    if (!isEnabled())
        return;
    std::vector<PlanBlock> pasted = PlanText::blocksFrom(text);
    if (pasted.empty())
        return;
    const bool criteria = holdsCriteria(m_section.binding);
    for (PlanBlock& block : pasted)
        if (criteria) { // every line of a criteria section is a criterion
            block.kind = BlockKind::Item;
            block.required = true;
        }
    std::vector<PlanBlock> blocks = blocksFromTable();
    const int at = m_blocksTableWidget->currentRow() < 0 ? int(blocks.size()) : m_blocksTableWidget->currentRow() + 1;
    blocks.insert(blocks.begin() + at, pasted.begin(), pasted.end());
    fillBlocks(blocks);
    emitSection(); // one change: one undo step
    m_blocksTableWidget->setCurrentCell(at + int(pasted.size()) - 1, TextColumn);
}

void SectionEditor::removeBlock()
{
    const int row = m_blocksTableWidget->currentRow();
    std::vector<PlanBlock> blocks = blocksFromTable();
    if (row < 0 || row >= int(blocks.size()))
        return;
    blocks.erase(blocks.begin() + row);
    fillBlocks(blocks);
    emitSection();
}

void SectionEditor::moveBlock(int delta)
{
    const int row = m_blocksTableWidget->currentRow();
    std::vector<PlanBlock> blocks = blocksFromTable();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= int(blocks.size()))
        return;
    std::swap(blocks[size_t(row)], blocks[size_t(target)]);
    fillBlocks(blocks);
    emitSection();
    m_blocksTableWidget->setCurrentCell(target, TextColumn);
}
