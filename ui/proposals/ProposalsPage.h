#pragma once
// "Đề nghị khen thưởng": the proposals of a campaign, filterable, with counts per state, the
// moves allowed in the selected one's state only, its history and the nominee's earlier awards.

#include "core/documents/AchievementReport.h"
#include "core/domain/AwardForm.h"
#include "core/domain/Proposal.h"
#include "core/rules/CouncilRules.h"
#include "ui/widgets/Page.h"

#include <map>
#include <optional>

class CampaignPicker;
class CertificatesDialog;
class DecisionDialog;
class NextStepBanner;
class PaperworkDialog;
class ProposalFilterProxyModel;
class ProposalTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

class ProposalsPage final : public Page {
    Q_OBJECT
public:
    explicit ProposalsPage(QWidget* parent = nullptr);

    void setDatabase(Database* database) override;
    void reload(qint64 selectProposalId = 0);

    void addProposal(); // opens the dialog
    void recordVote(); // opens the dialog
    // Moves the selected proposal; asks for a reason when one is needed and none is given.
    // Moves that take the proposal out of the council's hands (decided, awarded, not awarded) are
    // confirmed first.
    bool moveSelected(ProposalState to, QString reason = {});
    bool undoLastMove(); // asks, then takes the selected proposal's last move back
    void goToBlockingCell(); // the selected proposal's first required criterion not yet "đạt"
    qint64 selectedProposalId() const;
    // The proposals selected in the table (several with Ctrl or Shift).
    std::vector<qint64> selectedProposalIds() const;
    // Opens the paperwork of the selection, or of every proposal past the council when at
    // most one row is selected.
    void showPaperwork(bool submission);
    // "Hồ sơ đề nghị…": every document of each deciding authority's dossier into `folder`.
    bool exportDossier(const QString& folder);
    // Records the council's meeting, then previews its minutes (print, export).
    void showMinutes();
    void showDecision(); // the Director's decision for the proposals decided within the agency
    // Achievement reports of the selected proposals, or of every row shown when none is selected:
    // a preview (up to PreviewLimit), or one file / one print job for any number.
    static constexpr size_t PreviewLimit = 30;
    void showReports();
    bool exportNominationForms(DocumentFormat format, const QString& path);

Q_SIGNALS:
    void paperworkShown(PaperworkDialog* dialog); // lets tests act on the modal dialog
    void decisionShown(DecisionDialog* dialog);
    void certificatesShown(CertificatesDialog* dialog);
    // "Đến ô tiêu chí còn vướng": the checklist cell that keeps the selected proposal back.
    void blockingCellRequested(qint64 campaignId, const Nominee& nominee, qint64 criterionId);

public:
    void selectProposal(qint64 id);
    QTableView* view() const { return m_tableView; }
    QString countsText() const;
    CampaignPicker* campaignPicker() const { return m_campaignPicker; }

private:
    QWidget* buildActions();
    std::vector<qint64> reportProposalIds() const;
    std::vector<qint64> paperworkProposalIds() const; // the selection, or none (all past the council) for one row
    Result<std::vector<AchievementReport::Input>> loadReports(); // shows why when it cannot
    void applyFilters();
    void fitColumns();
    void showSelected();

    Database* m_db = nullptr;
    CouncilRules::Rule m_rule;
    std::map<qint64, AwardLevel> m_formLevels; // read with the proposals, used on each selection
    ProposalTableModel* m_model = nullptr;
    ProposalFilterProxyModel* m_proxy = nullptr;
    CampaignPicker* m_campaignPicker = nullptr;
    QComboBox* m_stateFilterComboBox = nullptr;
    QComboBox* m_awardFilterComboBox = nullptr;
    QComboBox* m_unitFilterComboBox = nullptr;
    QLineEdit* m_searchLineEdit = nullptr;
    QLabel* m_countsLabel = nullptr;
    NextStepBanner* m_nextStep = nullptr;
    QTableView* m_tableView = nullptr;
    QPushButton* m_voteButton = nullptr;
    std::map<ProposalState, QPushButton*> m_moveButtons;
    QPushButton* m_undoButton = nullptr;
    QLabel* m_finalLabel = nullptr; // "the proposal has ended" in place of moves
    QLabel* m_blockersLabel = nullptr;
    QPushButton* m_blockingCellButton = nullptr;
    QListWidget* m_historyListWidget = nullptr;
    QListWidget* m_earlierAwardsListWidget = nullptr;
};
