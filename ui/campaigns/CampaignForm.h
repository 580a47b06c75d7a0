#pragma once
// The general fields of a campaign: names, period, issuance (number, date, signer), recipients
// and how headings are numbered.

#include "core/domain/Agency.h"
#include "core/domain/Campaign.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

class CampaignForm final : public QWidget {
    Q_OBJECT
public:
    explicit CampaignForm(QWidget* parent = nullptr);

    void setSigners(const std::vector<Signer>& signers);
    void setCampaign(const Campaign& campaign);
    // Writes the form's fields into campaign (the plan itself is left alone).
    void applyTo(Campaign& campaign) const;
    HeadingStyles headingStyles() const;
    // Shows numbering set elsewhere (an imported outline, its undo) as an edit of the campaign.
    void setHeadingStyles(const HeadingStyles& styles);

Q_SIGNALS:
    void edited();
    void headingStylesChanged();

private:
    QComboBox* styleComboBox(QWidget* parent);
    void showStyles(const HeadingStyles& styles);

    bool m_loading = false;
    QLineEdit* m_nameLineEdit = nullptr;
    QPlainTextEdit* m_summaryTextEdit = nullptr;
    QComboBox* m_kindComboBox = nullptr;
    QDateEdit* m_startDateEdit = nullptr;
    QCheckBox* m_hasEndCheckBox = nullptr;
    QDateEdit* m_endDateEdit = nullptr;
    QLineEdit* m_numberLineEdit = nullptr;
    QSpinBox* m_daySpinBox = nullptr;
    QSpinBox* m_monthSpinBox = nullptr;
    QSpinBox* m_yearSpinBox = nullptr;
    QComboBox* m_signerComboBox = nullptr;
    QPlainTextEdit* m_recipientsTextEdit = nullptr;
    QDoubleSpinBox* m_thresholdSpinBox = nullptr;
    QComboBox* m_voteBaseComboBox = nullptr;
    QCheckBox* m_secretBallotCheckBox = nullptr;
    std::vector<QComboBox*> m_levelStyleComboBoxes;
};
