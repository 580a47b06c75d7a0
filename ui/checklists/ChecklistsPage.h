#pragma once
// "Đánh giá tiêu chí": the checklist grid of a campaign for units or for people, ticked from the
// keyboard, with the details of the current cell (self-assessment, note, evidence) beside it.

#include "core/domain/Assessment.h"
#include "ui/widgets/Page.h"

class CampaignPicker;
class UnitFilterProxyModel;
class ChecklistModel;
class NextStepBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableView;

class ChecklistsPage final : public Page {
    Q_OBJECT
public:
    explicit ChecklistsPage(QWidget* parent = nullptr);

    void setDatabase(Database* database) override;
    void reload();
    void showPeople(bool people); // false: units
    // Stores a cell and shows it; shows the reason and returns false when it cannot.
    bool saveCell(Assessment assessment);
    void setCurrentConclusion(AssessmentState state);
    void cycleCurrentConclusion(); // chưa đánh giá → đạt → chưa đạt → chưa đánh giá
    void printUnitChecklist(); // the current row's unit: preview, print, export
    // Shows the campaign's grid of the nominee's kind with the cell of (nominee, criterion)
    // current and the focus in the grid; false when the cell is not in the grid.
    bool showCell(qint64 campaignId, const Nominee& nominee, qint64 criterionId);
    ChecklistModel* model() const { return m_model; }
    NextStepBanner* nextStep() const { return m_nextStep; }
    QTableView* view() const { return m_tableView; }
    CampaignPicker* campaignPicker() const { return m_campaignPicker; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildDetails();
    void showCurrentCell();
    void showNextStep(); // an empty grid says what to do first
    void saveDetails();
    std::optional<Assessment> detailsOf(const QModelIndex& proxyIndex) const; // the cell as the panel shows it
    void keepDetailsOf(const QModelIndex& proxyIndex); // stores it when the panel holds a change

    Database* m_db = nullptr;
    Database* m_shownDatabase = nullptr; // the file the grid was last read from
    ChecklistModel* m_model = nullptr;
    UnitFilterProxyModel* m_proxy = nullptr;
    CampaignPicker* m_campaignPicker = nullptr;
    QRadioButton* m_unitsRadioButton = nullptr;
    QRadioButton* m_peopleRadioButton = nullptr;
    QComboBox* m_unitFilterComboBox = nullptr;
    NextStepBanner* m_nextStep = nullptr;
    QTableView* m_tableView = nullptr;
    QLabel* m_cellTitleLabel = nullptr;
    QComboBox* m_selfComboBox = nullptr;
    QComboBox* m_conclusionComboBox = nullptr;
    QLineEdit* m_noteLineEdit = nullptr;
    QLineEdit* m_evidenceLineEdit = nullptr;
};
