#include "ui/proposals/MeetingDialog.h"

#include "ui/widgets/DateTyping.h"

#include "core/storage/CouncilMeetingRepository.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ScreenFit.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace {
QStringList nonEmptyLines(const QString& text)
{
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}
} // namespace

MeetingDialog::MeetingDialog(Database& database, qint64 campaignId, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
{
    setWindowTitle(tr("Cuộc họp Hội đồng Thi đua - Khen thưởng"));
    auto* form = new QFormLayout(this);
    m_heldAtEdit = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_heldAtEdit->setDisplayFormat(QStringLiteral("HH:mm dd/MM/yyyy"));
    m_heldAtEdit->setCalendarPopup(true);
    m_endedCheckBox = new QCheckBox(tr("&Kết thúc lúc:"), this);
    m_endedCheckBox->setObjectName(QStringLiteral("meetingEndedCheckBox"));
    m_endedCheckBox->setToolTip(tr("Bỏ chọn để để trống giờ kết thúc trong biên bản (ghi tay)"));
    m_endedAtEdit = new QTimeEdit(QTime(11, 0), this);
    acceptTypedDates(m_heldAtEdit);
    acceptTypedDates(m_endedAtEdit);
    m_endedAtEdit->setObjectName(QStringLiteral("meetingEndedAtEdit"));
    m_endedAtEdit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_endedAtEdit->setEnabled(false);
    connect(m_endedCheckBox, &QCheckBox::toggled, m_endedAtEdit, &QWidget::setEnabled);
    m_placeLineEdit = new QLineEdit(this);
    m_chairLineEdit = new QLineEdit(this);
    m_chairLineEdit->setObjectName(QStringLiteral("meetingChairLineEdit"));
    m_chairLineEdit->setPlaceholderText(tr("Đ/c …, chức vụ, Chủ tịch Hội đồng"));
    m_secretaryLineEdit = new QLineEdit(this);
    m_secretaryLineEdit->setPlaceholderText(tr("Đ/c …, chức vụ, Ủy viên thư ký"));
    m_attendeesTextEdit = new QPlainTextEdit(this);
    m_attendeesTextEdit->setTabChangesFocus(true);
    m_attendeesTextEdit->setPlaceholderText(
        tr("Mỗi thành viên có mặt một dòng: Đ/c họ tên, chức vụ, vai trò trong Hội đồng"));
    m_absenteesTextEdit = new QPlainTextEdit(this);
    m_absenteesTextEdit->setTabChangesFocus(true);
    m_absenteesTextEdit->setMaximumHeight(70);
    form->addRow(tr("Thời gian họp:"), m_heldAtEdit);
    form->addRow(m_endedCheckBox, m_endedAtEdit);
    form->addRow(tr("Địa điểm:"), m_placeLineEdit);
    form->addRow(tr("Chủ trì cuộc họp:"), m_chairLineEdit);
    form->addRow(tr("Thư ký cuộc họp:"), m_secretaryLineEdit);
    form->addRow(tr("Thành viên có mặt:"), m_attendeesTextEdit);
    form->addRow(tr("Vắng mặt (lý do):"), m_absenteesTextEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);
    form->addRow(buttons);
    m_meeting.campaignId = campaignId;
    if (Result<std::optional<CouncilMeeting>> latest = CouncilMeetingRepository(m_db).latest(campaignId);
        latest && latest.value())
        setMeeting(*latest.value());
    resizeForScreen(this, QSize(640, 520));
}

MeetingDialog::~MeetingDialog() = default;

void MeetingDialog::setMeeting(const CouncilMeeting& meeting)
{
    const qint64 campaignId = m_meeting.campaignId; // the dialog's campaign, whatever the record says
    m_meeting = meeting;
    m_meeting.campaignId = campaignId;
    m_heldAtEdit->setDateTime(meeting.heldAt.isValid() ? meeting.heldAt : QDateTime::currentDateTime());
    m_endedCheckBox->setChecked(meeting.endedAt.has_value());
    if (meeting.endedAt)
        m_endedAtEdit->setTime(*meeting.endedAt);
    m_placeLineEdit->setText(meeting.place);
    m_chairLineEdit->setText(meeting.chair);
    m_secretaryLineEdit->setText(meeting.secretary);
    m_attendeesTextEdit->setPlainText(meeting.attendees.join(QLatin1Char('\n')));
    m_absenteesTextEdit->setPlainText(meeting.absentees.join(QLatin1Char('\n')));
}

void MeetingDialog::accept()
{
    CouncilMeeting meeting = m_meeting;
    meeting.heldAt = m_heldAtEdit->dateTime();
    meeting.endedAt = m_endedCheckBox->isChecked() ? std::optional<QTime>(m_endedAtEdit->time()) : std::nullopt;
    meeting.place = m_placeLineEdit->text().trimmed();
    meeting.chair = m_chairLineEdit->text().trimmed();
    meeting.secretary = m_secretaryLineEdit->text().trimmed();
    meeting.attendees = nonEmptyLines(m_attendeesTextEdit->toPlainText());
    meeting.absentees = nonEmptyLines(m_absenteesTextEdit->toPlainText());
    if (Status s = CouncilMeetingRepository(m_db).save(meeting); !s) {
        MessageBox::warning(this, tr("Không lưu được cuộc họp"), s.error().message, s.error().detail);
        return;
    }
    m_meeting = meeting;
    QDialog::accept();
}
