#pragma once
// The plan outline editor: the sections as a tree beside an editor for the selected one.
// Every change goes through the undo stack as a before/after snapshot of the plan.

#include "core/domain/AwardForm.h"
#include "core/domain/Campaign.h"
#include "core/domain/PlanOutlineEditing.h"

#include <QWidget>

#include <functional>

class PlanOutlineModel;
class QTreeView;
class QUndoStack;
class SectionEditor;

struct PlanState {
    std::vector<PlanSection> sections;
    std::vector<CampaignAward> awards;
};

class PlanEditor final : public QWidget {
    Q_OBJECT
public:
    explicit PlanEditor(QWidget* parent = nullptr);
    ~PlanEditor() override;

    void setAwardForms(const std::vector<AwardForm>& forms);
    // Starts editing a plan; clears the undo history.
    void setPlan(const PlanState& plan, const HeadingStyles& styles);
    void setHeadingStyles(const HeadingStyles& styles);
    const PlanState& plan() const { return m_plan; }
    QUndoStack* undoStack() const { return m_undoStack; }
    SectionEditor* sectionEditor() const { return m_sectionEditor; }

    SectionPath currentPath() const;
    void selectPath(const SectionPath& path);

    // The outline operations of the toolbar, also used by tests.
    void addSection(); // after the current one, same level
    void addSubsection(); // as last child of the current one
    void addAnnex(); // a form after the signature: "Phụ lục", at the end
    // The whole outline replaced (an imported plan) and its headings' numbering, as one undo step.
    void replaceOutline(const std::vector<PlanSection>& sections, const HeadingStyles& styles);
    void removeSection(); // asks for confirmation when it has content
    void moveCurrent(int delta);
    void indentCurrent();
    void outdentCurrent();

    // Applies a snapshot (used by the undo commands).
    void applyState(const PlanState& state, const SectionPath& select, bool refreshEditor);
    void applyHeadingStyles(const HeadingStyles& styles);

Q_SIGNALS:
    void planChanged();
    // The numbering changed by undo or redo of a replaced outline: the campaign's form shows it.
    void headingStylesApplied(const HeadingStyles& styles);

private:
    void change(const QString& text, const std::function<std::optional<SectionPath>(PlanState&)>& operation,
        bool refreshEditor = true);
    void showCurrentSection();

    PlanState m_plan;
    HeadingStyles m_styles;
    PlanOutlineModel* m_model = nullptr;
    QTreeView* m_treeView = nullptr;
    SectionEditor* m_sectionEditor = nullptr;
    QUndoStack* m_undoStack = nullptr;
};
