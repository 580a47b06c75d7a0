#pragma once
// "Cuộc họp Hội đồng": when and where the council met, who chaired, who took the minutes, who
// was there. Saved when accepted; a refusal names the missing field and keeps the dialog open.

#include "core/domain/CouncilMeeting.h"

#include <QDialog>

class Database;
class QCheckBox;
class QDateTimeEdit;
class QTimeEdit;
class QLineEdit;
class QPlainTextEdit;

class MeetingDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingDialog)
public:
    MeetingDialog(Database& database, qint64 campaignId, QWidget* parent = nullptr);
    ~MeetingDialog() override;

    void setMeeting(const CouncilMeeting& meeting);
    void accept() override;

private:
    Database& m_db;
    CouncilMeeting m_meeting;
    QDateTimeEdit* m_heldAtEdit = nullptr;
    QCheckBox* m_endedCheckBox = nullptr;
    QTimeEdit* m_endedAtEdit = nullptr;
    QLineEdit* m_placeLineEdit = nullptr;
    QLineEdit* m_chairLineEdit = nullptr;
    QLineEdit* m_secretaryLineEdit = nullptr;
    QPlainTextEdit* m_attendeesTextEdit = nullptr;
    QPlainTextEdit* m_absenteesTextEdit = nullptr;
};
