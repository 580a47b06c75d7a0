#pragma once
// "Cơ quan": the agency profile used in every document header, and the people who sign.

#include "core/domain/Agency.h"
#include "ui/widgets/Page.h"

#include <vector>

class QLineEdit;
class QPushButton;
class QTableWidget;
class UnsavedMark;

class AgencyPage final : public Page {
    Q_OBJECT
public:
    explicit AgencyPage(QWidget* parent = nullptr);

    void setDatabase(Database* database) override;
    bool confirmLeave() override;
    bool saveEdits() override { return !profileModified() || saveAgency(); }

    bool saveAgency(); // validates and stores the profile; false with a message shown otherwise

private:
    QWidget* buildProfileBox();
    QWidget* buildSignersBox();
    void reloadSigners();
    void showSigner(int row);
    void addSigner();
    void saveSigner();
    void removeSigner();
    Agency agencyFromForm() const;
    bool profileModified() const;

    Database* m_db = nullptr;
    Agency m_saved;
    std::vector<Signer> m_signers;
    QLineEdit* m_parentAuthorityLineEdit = nullptr;
    QLineEdit* m_agencyNameLineEdit = nullptr;
    QLineEdit* m_abbreviationLineEdit = nullptr;
    QLineEdit* m_placeNameLineEdit = nullptr;
    QLineEdit* m_nameInTextLineEdit = nullptr;
    QPushButton* m_saveAgencyButton = nullptr;
    UnsavedMark* m_agencyMark = nullptr;
    QTableWidget* m_signersTableWidget = nullptr;
    QLineEdit* m_signerNameLineEdit = nullptr;
    QLineEdit* m_signerPositionLineEdit = nullptr;
    QLineEdit* m_signingPrefixLineEdit = nullptr;
};
