#include "core/storage/CouncilMeetingRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace {
struct CouncilMeetingRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(CouncilMeetingRepository)
};

QStringList lines(const QString& text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
} // namespace

Result<std::optional<CouncilMeeting>> CouncilMeetingRepository::latest(qint64 campaignId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, held_at, place, chair, secretary, attendees, absentees, ended_at FROM council_meeting "
                                        "WHERE campaign_id = ? ORDER BY held_at DESC, id DESC LIMIT 1"));
    if (Status s = query.exec(CouncilMeetingRepositoryText::tr("đọc cuộc họp Hội đồng"), { campaignId }); !s)
        return s.error();
    if (!query.next())
        return std::optional<CouncilMeeting>();
    CouncilMeeting m;
    m.id = query.value(0).toLongLong();
    m.campaignId = campaignId;
    m.heldAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
    m.place = query.value(2).toString();
    m.chair = query.value(3).toString();
    m.secretary = query.value(4).toString();
    m.attendees = lines(query.value(5).toString());
    m.absentees = lines(query.value(6).toString());
    if (const QTime ended = QTime::fromString(query.value(7).toString(), QStringLiteral("HH:mm")); ended.isValid())
        m.endedAt = ended;
    return std::optional<CouncilMeeting>(m);
}

Status CouncilMeetingRepository::save(CouncilMeeting& m)
{
    if (!m.heldAt.isValid())
        return Error { CouncilMeetingRepositoryText::tr("Trường «Thời gian họp»: chưa nhập hoặc không hợp lệ."), {} };
    if (m.chair.trimmed().isEmpty())
        return Error { CouncilMeetingRepositoryText::tr("Trường «Chủ trì cuộc họp»: không được để trống."), {} };
    if (m.secretary.trimmed().isEmpty())
        return Error { CouncilMeetingRepositoryText::tr("Trường «Thư ký cuộc họp»: không được để trống."), {} };
    if (m.endedAt && (!m.endedAt->isValid() || *m.endedAt <= m.heldAt.time()))
        return Error { CouncilMeetingRepositoryText::tr("Trường «Kết thúc lúc»: phải sau giờ bắt đầu họp (%1).")
                           .arg(m.heldAt.time().toString(QStringLiteral("HH:mm"))),
            {} };
    if (m.attendees.isEmpty())
        return Error { CouncilMeetingRepositoryText::tr("Trường «Thành viên có mặt»: chưa có ai."), {} };
    for (const QString& text : { m.place, m.chair, m.secretary })
        if (text.size() > Limits::ShortText * 2)
            return Error { CouncilMeetingRepositoryText::tr("Một trường của cuộc họp dài quá %1 ký tự.").arg(Limits::ShortText * 2), {} };
    const QVariantList values = { m.heldAt.toString(Qt::ISODate), m.place.trimmed(), m.chair.trimmed(), m.secretary.trimmed(),
        m.attendees.join(QLatin1Char('\n')), m.absentees.join(QLatin1Char('\n')),
        m.endedAt ? QVariant(m.endedAt->toString(QStringLiteral("HH:mm"))) : QVariant() };
    if (m.id > 0)
        return writeRow(m_db,
            QStringLiteral("UPDATE council_meeting SET held_at = ?, place = ?, chair = ?, secretary = ?, attendees = ?, "
                           "absentees = ?, ended_at = ? WHERE id = ?"),
            CouncilMeetingRepositoryText::tr("lưu cuộc họp Hội đồng"), QVariantList(values) << m.id);
    Result<qint64> id = insertRow(m_db,
        QStringLiteral("INSERT INTO council_meeting (held_at, place, chair, secretary, attendees, absentees, ended_at, campaign_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        CouncilMeetingRepositoryText::tr("lưu cuộc họp Hội đồng"), QVariantList(values) << m.campaignId);
    if (!id)
        return id.error();
    m.id = id.value();
    return {};
}
