#include "ui/campaigns/PlanEditor.h"

#include "ui/campaigns/PlanOutlineModel.h"
#include "ui/campaigns/SectionEditor.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

class PlanSnapshotCommand final : public QUndoCommand {
public:
    PlanSnapshotCommand(PlanEditor* editor, const QString& text, PlanState before, SectionPath beforePath,
        PlanState after, SectionPath afterPath, bool refreshEditorOnFirstRedo)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_beforePath(std::move(beforePath))
        , m_afterPath(std::move(afterPath))
        , m_refreshEditor(refreshEditorOnFirstRedo)
    {
    }

    // A change that also sets the headings' numbering (an imported outline) undoes it too.
    void setHeadingStyles(HeadingStyles before, HeadingStyles after)
    {
        m_styles = std::pair { std::move(before), std::move(after) };
    }

    void undo() override
    {
        if (m_styles)
            m_editor->applyHeadingStyles(m_styles->first);
        m_editor->applyState(m_before, m_beforePath, true);
    }
    void redo() override
    {
        if (m_styles)
            m_editor->applyHeadingStyles(m_styles->second);
        m_editor->applyState(m_after, m_afterPath, m_refreshEditor);
        m_refreshEditor = true; // later redos come from the undo stack, not from the editor
    }

private:
    PlanEditor* m_editor;
    PlanState m_before, m_after;
    SectionPath m_beforePath, m_afterPath;
    bool m_refreshEditor;
    std::optional<std::pair<HeadingStyles, HeadingStyles>> m_styles;
};

void clearIds(PlanSection& section)
{
    section.id = 0;
    for (PlanBlock& block : section.blocks)
        block.id = 0;
    for (PlanSection& child : section.children)
        clearIds(child);
}

bool hasContent(const PlanSection& section)
{
    return !section.blocks.empty() || !section.children.empty();
}

} // namespace

PlanEditor::PlanEditor(QWidget* parent)
    : QWidget(parent)
    , m_model(new PlanOutlineModel(this))
    , m_undoStack(new QUndoStack(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto action = [&](const QString& text, const QKeySequence& key, auto slot) {
        QAction* a = toolbar->addAction(text, this, slot);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        addAction(a);
        return a;
    };
    action(tr("Thêm mục"), QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { addSection(); });
    action(tr("Thêm mục con"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), [this] { addSubsection(); });
    action(tr("Thêm phụ lục"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Return), [this] { addAnnex(); });
    action(tr("Xóa mục"), QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] { removeSection(); });
    toolbar->addSeparator();
    action(tr("Lên"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up), [this] { moveCurrent(-1); });
    action(tr("Xuống"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down), [this] { moveCurrent(+1); });
    action(tr("Thụt vào"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right), [this] { indentCurrent(); });
    action(tr("Lùi ra"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left), [this] { outdentCurrent(); });
    toolbar->addSeparator();
    // Ctrl+Z / Ctrl+Y belong to the main window's Edit menu, which follows this stack.
    toolbar->addAction(m_undoStack->createUndoAction(this, tr("Hoàn tác")));
    toolbar->addAction(m_undoStack->createRedoAction(this, tr("Làm lại")));
    layout->addWidget(toolbar);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_treeView = new QTreeView(splitter);
    m_treeView->setObjectName(QStringLiteral("planOutlineTreeView"));
    m_treeView->setModel(m_model);
    m_treeView->header()->hide();
    m_treeView->setWordWrap(true);
    m_sectionEditor = new SectionEditor(splitter);
    splitter->addWidget(m_treeView);
    splitter->addWidget(m_sectionEditor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanEditor::showCurrentSection);
    // Queued: the editor's table must finish its own edit before the plan is re-applied.
    connect(m_sectionEditor, &SectionEditor::sectionEdited, this,
        [this](const SectionPath& path, const PlanSection& edited) {
            change(
                tr("Sửa mục"),
                [&](PlanState& state) -> std::optional<SectionPath> {
                    PlanSection* section = sectionAt(state.sections, path);
                    if (!section)
                        return std::nullopt;
                    std::vector<PlanSection> children = std::move(section->children);
                    *section = edited;
                    section->children = std::move(children);
                    return currentPath();
                },
                false);
        },
        Qt::QueuedConnection);
    connect(m_sectionEditor, &SectionEditor::awardsEdited, this,
        [this](const std::vector<CampaignAward>& awards) {
            change(
                tr("Chọn hình thức khen thưởng"),
                [&](PlanState& state) -> std::optional<SectionPath> {
                    state.awards = awards;
                    return currentPath();
                },
                false);
        },
        Qt::QueuedConnection);
}

PlanEditor::~PlanEditor() = default;

void PlanEditor::setAwardForms(const std::vector<AwardForm>& forms) { m_sectionEditor->setAwardForms(forms); }

void PlanEditor::setPlan(const PlanState& plan, const HeadingStyles& styles)
{
    m_undoStack->clear();
    m_styles = styles;
    applyState(plan, plan.sections.empty() ? SectionPath {} : SectionPath { 0 }, true);
}

void PlanEditor::setHeadingStyles(const HeadingStyles& styles)
{
    const SectionPath path = currentPath();
    m_styles = styles;
    applyState(m_plan, path, true);
}

SectionPath PlanEditor::currentPath() const { return m_model->pathFromIndex(m_treeView->currentIndex()); }

void PlanEditor::selectPath(const SectionPath& path)
{
    const QModelIndex index = m_model->indexFromPath(path);
    m_treeView->setCurrentIndex(index);
    m_treeView->scrollTo(index);
}

void PlanEditor::applyState(const PlanState& state, const SectionPath& select, bool refreshEditor)
{
    m_plan = state;
    {
        const QSignalBlocker blocker(m_treeView->selectionModel());
        m_model->setOutline(m_plan.sections, m_styles);
        m_treeView->expandAll();
        selectPath(select);
    }
    if (refreshEditor)
        showCurrentSection();
    Q_EMIT planChanged();
}

void PlanEditor::showCurrentSection()
{
    const SectionPath path = currentPath();
    m_sectionEditor->showSection(
        path, sectionAt(m_plan.sections, path), sectionNumber(m_plan.sections, path, m_styles), m_plan.awards);
}

void PlanEditor::change(
    const QString& text, const std::function<std::optional<SectionPath>(PlanState&)>& operation, bool refreshEditor)
{
    PlanState after = m_plan;
    const std::optional<SectionPath> selected = operation(after);
    if (!selected)
        return;
    m_undoStack->push(new PlanSnapshotCommand(this, text, m_plan, currentPath(), std::move(after), *selected, refreshEditor));
}

void PlanEditor::addSection()
{
    change(tr("Thêm mục"), [&](PlanState& state) {
        const SectionPath path = currentPath();
        PlanSection section;
        section.heading = tr("Mục mới");
        const SectionPath parent = path.isEmpty() ? SectionPath {} : path.mid(0, path.size() - 1);
        const int row = path.isEmpty() ? int(state.sections.size()) : path.last() + 1;
        return insertSection(state.sections, parent, row, section);
    });
    m_sectionEditor->focusHeading(); // the new section's title, selected: typing replaces it
}

void PlanEditor::addSubsection()
{
    change(tr("Thêm mục con"), [&](PlanState& state) -> std::optional<SectionPath> {
        const SectionPath path = currentPath();
        const PlanSection* parent = sectionAt(state.sections, path);
        if (!parent)
            return std::nullopt;
        PlanSection section;
        section.heading = tr("Mục mới");
        return insertSection(state.sections, path, int(parent->children.size()), section);
    });
    m_sectionEditor->focusHeading(); // the new section's title, selected: typing replaces it
}

void PlanEditor::replaceOutline(const std::vector<PlanSection>& sections, const HeadingStyles& styles)
{
    PlanState after = m_plan;
    after.sections = sections;
    for (PlanSection& section : after.sections) // new sections: the old ones' rows are deleted on saving
        clearIds(section);
    auto* command = new PlanSnapshotCommand(this, tr("Nhập đề cương từ Word"), m_plan, currentPath(), std::move(after),
        sections.empty() ? SectionPath {} : SectionPath { 0 }, true);
    command->setHeadingStyles(m_styles, styles);
    m_undoStack->push(command);
}

void PlanEditor::applyHeadingStyles(const HeadingStyles& styles)
{
    m_styles = styles;
    Q_EMIT headingStylesApplied(styles);
}

void PlanEditor::addAnnex()
{
    change(tr("Thêm phụ lục"), [&](PlanState& state) {
        // A form to fill in, as annexes usually are: its unit, a table with a heading row and blank rows
        // (document text: always Vietnamese).
        PlanSection annex;
        annex.heading = QStringLiteral("Mẫu đăng ký thi đua");
        annex.binding = SectionBinding::Annex;
        annex.numbered = false;
        annex.itemStyle = NumberingStyle::Dash;
        annex.blocks.push_back({ 0, BlockKind::Paragraph, QStringLiteral("Đơn vị: ...................................."), false });
        annex.blocks.push_back(
            { 0, BlockKind::TableRow, QStringLiteral("STT | Họ và tên | Chức vụ | Danh hiệu đăng ký | Ghi chú"), false });
        for (int row = 1; row <= 3; ++row)
            annex.blocks.push_back({ 0, BlockKind::TableRow, QStringLiteral("%1 |  |  |  | ").arg(row), false });
        return insertSection(state.sections, {}, int(state.sections.size()), annex);
    });
    m_sectionEditor->focusHeading(); // the new section's title, selected: typing replaces it
}

void PlanEditor::removeSection()
{
    const SectionPath path = currentPath();
    const PlanSection* section = sectionAt(m_plan.sections, path);
    if (!section)
        return;
    if (hasContent(*section)
        && MessageBox::question(this, tr("Xóa mục"),
               tr("Xóa mục «%1» cùng toàn bộ nội dung và các mục con của nó? Có thể hoàn tác bằng Ctrl+Z.")
                   .arg(section->heading.isEmpty() ? tr("(không tiêu đề)") : section->heading))
            != QMessageBox::Yes)
        return;
    change(tr("Xóa mục"), [&](PlanState& state) -> std::optional<SectionPath> {
        if (!::removeSection(state.sections, path))
            return std::nullopt;
        SectionPath next = path;
        const std::vector<PlanSection>* siblings
            = path.size() == 1 ? &state.sections : &sectionAt(state.sections, path.mid(0, path.size() - 1))->children;
        if (next.last() >= int(siblings->size()))
            --next.last();
        if (next.last() < 0)
            next.removeLast();
        return next;
    });
}

void PlanEditor::moveCurrent(int delta)
{
    change(delta < 0 ? tr("Chuyển mục lên") : tr("Chuyển mục xuống"),
        [&](PlanState& state) { return moveSection(state.sections, currentPath(), delta); });
}

void PlanEditor::indentCurrent()
{
    change(tr("Thụt mục vào"), [&](PlanState& state) { return indentSection(state.sections, currentPath()); });
}

void PlanEditor::outdentCurrent()
{
    change(tr("Lùi mục ra"), [&](PlanState& state) { return outdentSection(state.sections, currentPath()); });
}
