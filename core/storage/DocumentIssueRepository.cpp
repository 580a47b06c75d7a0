#include "core/storage/DocumentIssueRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct DocumentIssueRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(DocumentIssueRepository)
};

QString kindKey(DocumentIssueRepository::Kind kind)
{
    return kind == DocumentIssueRepository::Kind::Submission ? QStringLiteral("submission")
                                                             : QStringLiteral("final_report");
}

QString numberField(DocumentIssueRepository::Kind kind)
{
    return kind == DocumentIssueRepository::Kind::Submission ? DocumentIssueRepositoryText::tr("Số tờ trình")
                                                             : DocumentIssueRepositoryText::tr("Số báo cáo");
}
} // namespace

Result<DocumentIssue> DocumentIssueRepository::load(
    qint64 campaignId, Kind kind, const QString& authority, QDate today) const
{
    SqlQuery query(m_db,
        QStringLiteral(
            "SELECT number, issued_on FROM document_issue WHERE campaign_id = ? AND kind = ? AND authority = ?"));
    if (Status s
        = query.exec(DocumentIssueRepositoryText::tr("đọc số, ngày văn bản"), { campaignId, kindKey(kind), authority });
        !s)
        return s.error();
    DocumentIssue issue = DocumentIssue::blankOn(today);
    if (query.next()) {
        issue.number = query.value(0).toString();
        const QDate day = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        if (day.isValid())
            issue.date = day;
    }
    return issue;
}

Status DocumentIssueRepository::save(qint64 campaignId, Kind kind, const QString& authority, const DocumentIssue& issue)
{
    const QString number = DocumentIssue::ownNumber(issue.number);
    static const QRegularExpression registryNumber(QStringLiteral("^[0-9]{1,6}[A-Za-z]?$"));
    if (!number.isEmpty() && !registryNumber.match(number).hasMatch())
        return Error { DocumentIssueRepositoryText::tr(
                           "Trường «%1»: ghi số đăng ký của văn bản (ví dụ 15 hoặc 15/TTr-VP), "
                           "không phải «%2».")
                           .arg(numberField(kind), issue.number.trimmed()),
            {} };
    if (issue.date && (!issue.date->isValid() || issue.date->year() < 2000 || issue.date->year() > 2100))
        return Error { DocumentIssueRepositoryText::tr("Trường «Ngày» của văn bản không hợp lệ."), {} };
    return writeRow(m_db,
        QStringLiteral(
            "INSERT INTO document_issue (campaign_id, kind, authority, number, issued_on) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (campaign_id, kind, authority) DO UPDATE SET number = excluded.number, "
            "issued_on = excluded.issued_on"),
        DocumentIssueRepositoryText::tr("lưu số, ngày văn bản"),
        { campaignId, kindKey(kind), authority, number,
            issue.date ? QVariant(issue.date->toString(Qt::ISODate)) : QVariant() });
}
