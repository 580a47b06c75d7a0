#include "core/storage/SubmissionRouteRepository.h"

#include "core/storage/Database.h"
#include "core/storage/EnumCodes.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

namespace {
struct SubmissionRouteRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(SubmissionRouteRepository)
};

QString senderCode(SubmissionRoute::Sender sender)
{
    return sender == SubmissionRoute::Sender::Office ? QStringLiteral("office") : QStringLiteral("agency");
}
} // namespace

Result<std::vector<SubmissionRoute>> SubmissionRouteRepository::all() const
{
    std::vector<SubmissionRoute> routes;
    for (AwardLevel level : SubmissionRoute::levels())
        routes.push_back(SubmissionRoute::defaultFor(level));
    SqlQuery query(m_db, QStringLiteral("SELECT level, sender, signer_id FROM submission_route"));
    if (Status s = query.exec(SubmissionRouteRepositoryText::tr("đọc quy định trình khen theo cấp")); !s)
        return s.error();
    while (query.next()) {
        const std::optional<AwardLevel> level = enumFromCode<AwardLevel>(query.value(0).toString());
        if (!level)
            continue; // a level this version does not know
        for (SubmissionRoute& route : routes)
            if (route.level == *level) {
                route.sender = query.value(1).toString() == QLatin1String("office") ? SubmissionRoute::Sender::Office
                                                                                    : SubmissionRoute::Sender::Agency;
                route.signerId = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
            }
    }
    return routes;
}

Status SubmissionRouteRepository::save(const SubmissionRoute& route)
{
    if (route.signerId != 0) {
        SqlQuery signer(m_db, QStringLiteral("SELECT 1 FROM signer WHERE id = ?"));
        if (Status s = signer.exec(SubmissionRouteRepositoryText::tr("đọc người ký"), { route.signerId }); !s)
            return s;
        if (!signer.next())
            return Error { SubmissionRouteRepositoryText::tr(
                               "Trường «Người ký»: người này không còn trong danh sách người ký của cơ quan."),
                {} };
    }
    return writeRow(m_db,
        QStringLiteral("INSERT INTO submission_route (level, sender, signer_id) VALUES (?, ?, ?) "
                       "ON CONFLICT (level) DO UPDATE SET sender = excluded.sender, signer_id = excluded.signer_id"),
        SubmissionRouteRepositoryText::tr("lưu quy định trình khen theo cấp"),
        { enumCode(route.level), senderCode(route.sender),
            route.signerId != 0 ? QVariant(route.signerId) : QVariant() });
}
