#pragma once
// Edits one section of the plan: heading, numbering, what it is bound to, and its paragraphs
// and list items (criteria when the section holds criteria; award forms when it lists them).

#include "core/domain/AwardForm.h"
#include "core/domain/Campaign.h"
#include "core/domain/PlanOutlineEditing.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTableWidget;

class SectionEditor final : public QWidget {
    Q_OBJECT
public:
    explicit SectionEditor(QWidget* parent = nullptr);

    void setAwardForms(const std::vector<AwardForm>& forms); // reference data to choose from
    // Pastes several paragraphs after the current row (at the end when none), one block each, in
    // order, their own numbers and dashes taken as the list's numbering (PlanText). Ctrl+V on the
    // rows, or "Dán đoạn".
    void pasteBlocks(const QString& text);
    void pasteFromClipboard();
    void focusHeading(); // the title field focused and selected, as after adding a section
    // Shows the section at path (nullptr: nothing selected) and the campaign's chosen award forms.
    void showSection(const SectionPath& path, const PlanSection* section, const QString& number,
        const std::vector<CampaignAward>& awards);

Q_SIGNALS:
    // The user finished a change to the section at path; carries the whole edited section
    // (children untouched). The path travels with it: the tree's selection may move before
    // the change is applied.
    void sectionEdited(const SectionPath& path, const PlanSection& section);
    void awardsEdited(const std::vector<CampaignAward>& awards);

private:
    QWidget* buildBlocksPage();
    void fillBlocks(const std::vector<PlanBlock>& blocks);
    std::vector<PlanBlock> blocksFromTable() const;
    void emitSection();
    void emitAwards();
    void addBlock();
    void removeBlock();
    void moveBlock(int delta);
    void updateBindingPage();

    SectionPath m_path;
    PlanSection m_section;
    std::vector<AwardForm> m_awardForms;
    std::vector<CampaignAward> m_awards;
    bool m_loading = false;
    QLabel* m_numberLabel = nullptr;
    QLineEdit* m_headingLineEdit = nullptr;
    QCheckBox* m_numberedCheckBox = nullptr;
    QComboBox* m_itemStyleComboBox = nullptr;
    QComboBox* m_bindingComboBox = nullptr;
    QStackedWidget* m_contentStack = nullptr;
    QTableWidget* m_blocksTableWidget = nullptr;
    QListWidget* m_awardsListWidget = nullptr;
};
