#pragma once
// "Trình khen theo cấp": for each award level, who submits the proposal (the Office, standing body
// of the emulation council, or the agency itself) and who signs its Tờ trình. Saved all together
// when accepted; a refusal names the field and keeps everything as it was.

#include "core/domain/Agency.h"
#include "core/domain/SubmissionRoute.h"

#include <QDialog>
#include <map>
#include <vector>

class Database;
class QComboBox;

class SubmissionRoutesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionRoutesDialog)
public:
    SubmissionRoutesDialog(Database& database, QWidget* parent = nullptr);
    ~SubmissionRoutesDialog() override;

    void setRoute(const SubmissionRoute& route); // shows it in its level's row
    SubmissionRoute route(AwardLevel level) const; // as the row shows it
    void accept() override;

private:
    struct Row {
        QComboBox* sender = nullptr;
        QComboBox* signer = nullptr;
    };

    Database& m_db;
    std::map<AwardLevel, Row> m_rows;
    std::vector<SubmissionRoute> m_stored;
};
