#pragma once
// "Thêm đề nghị khen thưởng": who is proposed, for which award, by which unit, and why. The
// proposal is stored as a draft when the dialog is accepted; a refusal keeps the dialog open.

#include "core/domain/Proposal.h"

#include <QDialog>

class Database;
class QComboBox;
class QPlainTextEdit;
class QRadioButton;

class ProposalDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalDialog)
public:
    ProposalDialog(Database& database, qint64 campaignId, QWidget* parent = nullptr);
    ~ProposalDialog() override;

    void accept() override;
    qint64 proposalId() const { return m_proposalId; }

    // For tests and for "propose this person" shortcuts.
    void choose(const Nominee& nominee, qint64 awardFormId, const QString& summary);

private:
    void fillNominees();

    Database& m_db;
    qint64 m_campaignId;
    qint64 m_proposalId = 0;
    QRadioButton* m_personRadioButton = nullptr;
    QRadioButton* m_unitRadioButton = nullptr;
    QComboBox* m_nomineeComboBox = nullptr;
    QComboBox* m_awardFormComboBox = nullptr;
    QComboBox* m_proposingUnitComboBox = nullptr;
    QPlainTextEdit* m_summaryTextEdit = nullptr;
};
