#pragma once
// A meeting of the emulation and commendation council (Hội đồng Thi đua – Khen thưởng) that
// reviewed a campaign's proposals; its minutes list each proposal with its vote.

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

struct CouncilMeeting {
    qint64 id = 0;
    qint64 campaignId = 0;
    QDateTime heldAt;
    std::optional<QTime> endedAt; // the same day; empty: written in by hand
    QString place;
    QString chair; // "Đ/c Trần Văn Tuấn, Phó Giám đốc Sở, Chủ tịch Hội đồng"
    QString secretary;
    QStringList attendees; // one line each: name, position, role in the council
    QStringList absentees;
};
