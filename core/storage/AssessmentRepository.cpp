#include "core/storage/AssessmentRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/EnumCodes.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace {
struct AssessmentRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(AssessmentRepository)
};

QVariant unitOf(const Nominee& n) { return n.kind == Nominee::Kind::Unit ? QVariant(n.id) : QVariant(); }
QVariant personOf(const Nominee& n) { return n.kind == Nominee::Kind::Person ? QVariant(n.id) : QVariant(); }
} // namespace

Result<std::vector<Assessment>> AssessmentRepository::forCampaign(qint64 campaignId) const
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT a.id, a.criterion_id, a.unit_id, a.person_id, a.self_state, a.conclusion, a.note, "
                       "a.evidence FROM assessment a JOIN plan_block b ON b.id = a.criterion_id "
                       "JOIN plan_section s ON s.id = b.section_id WHERE s.campaign_id = ?"));
    if (Status s = query.exec(AssessmentRepositoryText::tr("đọc bảng đánh giá tiêu chí"), { campaignId }); !s)
        return s.error();
    std::vector<Assessment> out;
    while (query.next()) {
        Assessment a;
        a.id = query.value(0).toLongLong();
        a.criterionId = query.value(1).toLongLong();
        a.nominee = query.value(2).isNull() ? Nominee { Nominee::Kind::Person, query.value(3).toLongLong() }
                                            : Nominee { Nominee::Kind::Unit, query.value(2).toLongLong() };
        a.selfAssessment = enumFromCode(query.value(4).toString(), AssessmentState::Pending);
        a.conclusion = enumFromCode(query.value(5).toString(), AssessmentState::Pending);
        a.note = query.value(6).toString();
        a.evidence = query.value(7).toString();
        out.push_back(std::move(a));
    }
    return out;
}

Status AssessmentRepository::save(Assessment& a)
{
    if (a.note.size() > Limits::LongText || a.evidence.size() > Limits::ShortText * 2)
        return Error { AssessmentRepositoryText::tr("Trường «%1»: quá dài.").arg(a.note.size() > Limits::LongText ? AssessmentRepositoryText::tr("Ghi chú") : AssessmentRepositoryText::tr("Minh chứng")),
            {} };
    // The criterion must be of the nominee's kind: unit criteria for units, individual ones for people.
    SqlQuery kind(m_db, QStringLiteral("SELECT s.binding FROM plan_block b JOIN plan_section s ON s.id = b.section_id "
                                       "WHERE b.id = ?"));
    if (Status s = kind.exec(AssessmentRepositoryText::tr("kiểm tra tiêu chí"), { a.criterionId }); !s)
        return s;
    const QString expected = a.nominee.kind == Nominee::Kind::Unit ? QStringLiteral("unit_criteria")
                                                                   : QStringLiteral("individual_criteria");
    if (!kind.next() || kind.value(0).toString() != expected)
        return Error { AssessmentRepositoryText::tr("Tiêu chí này không dùng để đánh giá %1.")
                           .arg(a.nominee.kind == Nominee::Kind::Unit ? AssessmentRepositoryText::tr("tập thể") : AssessmentRepositoryText::tr("cá nhân")),
            {} };
    return m_db.transact([&]() -> Status {
        SqlQuery existing(m_db, a.nominee.kind == Nominee::Kind::Unit
                ? QStringLiteral("SELECT id FROM assessment WHERE criterion_id = ? AND unit_id = ?")
                : QStringLiteral("SELECT id FROM assessment WHERE criterion_id = ? AND person_id = ?"));
        if (Status s = existing.exec(AssessmentRepositoryText::tr("lưu đánh giá"), { a.criterionId, a.nominee.id }); !s)
            return s;
        a.id = existing.next() ? existing.value(0).toLongLong() : 0;
        const QVariantList values = { enumCode(a.selfAssessment), enumCode(a.conclusion), a.note.trimmed(),
            a.evidence.trimmed() };
        if (a.id) {
            SqlQuery update(m_db, QStringLiteral("UPDATE assessment SET self_state = ?, conclusion = ?, note = ?, "
                                                 "evidence = ? WHERE id = ?"));
            return update.exec(AssessmentRepositoryText::tr("lưu đánh giá"), QVariantList(values) << a.id);
        }
        SqlQuery insert(m_db, QStringLiteral("INSERT INTO assessment (self_state, conclusion, note, evidence, "
                                             "criterion_id, unit_id, person_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        Status done = insert.exec(AssessmentRepositoryText::tr("lưu đánh giá"),
            QVariantList(values) << a.criterionId << unitOf(a.nominee) << personOf(a.nominee));
        a.id = insert.lastInsertId();
        return done;
    });
}
