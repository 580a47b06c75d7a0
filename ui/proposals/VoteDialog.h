#pragma once
// "Kết quả bỏ phiếu": the council's members, those present and the votes for; the result is
// computed and shown as it is typed, never typed itself. A new ballot starts from the latest
// meeting's attendance, and one that counts other members present than the meeting is flagged.

#include "core/domain/CouncilMeeting.h"
#include "core/rules/CouncilRules.h"

#include <QDialog>
#include <optional>

class Database;
class QLabel;
class QSpinBox;

class VoteDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoteDialog)
public:
    VoteDialog(Database& database, qint64 proposalId, const CouncilRules::Rule& rule, QWidget* parent = nullptr);
    ~VoteDialog() override;

    void setVote(int members, int present, int votesFor);
    QString resultText() const;
    void accept() override;

private:
    void showResult();

    Database& m_db;
    qint64 m_proposalId;
    CouncilRules::Rule m_rule;
    QSpinBox* m_membersSpinBox = nullptr;
    QSpinBox* m_presentSpinBox = nullptr;
    QSpinBox* m_votesForSpinBox = nullptr;
    QLabel* m_resultLabel = nullptr;
    std::optional<CouncilMeeting> m_meeting; // the campaign's latest
};
