#include "core/storage/CampaignRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/EnumCodes.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>

#include <map>

namespace {

// Gives lupdate and QCoreApplication the context "CampaignRepository" for this file's strings.
struct CampaignRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(CampaignRepository)
};

QString headingStylesCode(const HeadingStyles& styles)
{
    QStringList codes;
    for (NumberingStyle style : styles)
        codes << enumCode(style);
    return codes.join(QLatin1Char(','));
}

HeadingStyles headingStylesFromCode(const QString& code)
{
    HeadingStyles styles;
    for (const QString& part : code.split(QLatin1Char(','), Qt::SkipEmptyParts))
        styles << enumFromCode(part, NumberingStyle::Arabic);
    return styles.isEmpty() ? defaultHeadingStyles() : styles;
}

QString dateCode(const std::optional<QDate>& date)
{
    return date && date->isValid() ? date->toString(Qt::ISODate) : QString();
}

void clearIds(std::vector<PlanSection>& sections)
{
    for (PlanSection& section : sections) {
        section.id = 0;
        for (PlanBlock& block : section.blocks)
            block.id = 0;
        clearIds(section.children);
    }
}

// Ids currently stored for a campaign, to delete what the new outline no longer has.
Result<QList<qint64>> storedIds(Database& db, const QString& sql, qint64 campaignId)
{
    SqlQuery query(db, sql);
    if (Status s = query.exec(CampaignRepositoryText::tr("đọc đề cương kế hoạch"), { campaignId }); !s)
        return s.error();
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

Status deleteMissing(Database& db, const QString& table, const QList<qint64>& stored, const QList<qint64>& kept)
{
    for (qint64 id : stored) {
        if (kept.contains(id))
            continue;
        SqlQuery query(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
        if (Status s = query.exec(CampaignRepositoryText::tr("xóa mục khỏi đề cương"), { id }); !s)
            return s;
    }
    return {};
}

} // namespace

Result<std::vector<CampaignSummary>> CampaignRepository::list() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT id, name, start_date FROM campaign ORDER BY start_date DESC, id DESC"));
    if (Status s = query.exec(CampaignRepositoryText::tr("đọc danh sách đợt thi đua")); !s)
        return s.error();
    std::vector<CampaignSummary> out;
    while (query.next())
        out.push_back({ query.value(0).toLongLong(), query.value(1).toString(),
            QDate::fromString(query.value(2).toString(), Qt::ISODate) });
    return out;
}

Result<Campaign> CampaignRepository::load(qint64 id) const
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT name, summary, kind, start_date, end_date, document_number, issue_day, issue_month, "
                       "issue_year, signer_id, recipients, heading_styles, council_threshold_percent, row_version, council_vote_base, council_secret_ballot FROM campaign WHERE id = ?"));
    if (Status s = query.exec(CampaignRepositoryText::tr("đọc đợt thi đua"), { id }); !s)
        return s.error();
    if (!query.next())
        return Error { CampaignRepositoryText::tr("Không tìm thấy đợt thi đua số %1.").arg(id), {} };
    Campaign c;
    c.id = id;
    c.name = query.value(0).toString();
    c.summary = query.value(1).toString();
    c.kind = enumFromCode(query.value(2).toString(), CampaignKind::Periodic);
    c.startDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    if (!query.value(4).toString().isEmpty())
        c.endDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    c.documentNumber = query.value(5).toString();
    if (!query.value(6).isNull())
        c.issueDay = query.value(6).toInt();
    if (!query.value(7).isNull())
        c.issueMonth = query.value(7).toInt();
    c.issueYear = query.value(8).toInt();
    c.signerId = query.value(9).toLongLong();
    c.recipients = query.value(10).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    c.headingStyles = headingStylesFromCode(query.value(11).toString());
    c.councilThresholdPercent = query.value(12).toDouble();
    c.rowVersion = query.value(13).toLongLong();
    c.councilVoteBase = enumFromCode(query.value(14).toString(), CouncilBase::Present);
    c.councilSecretBallot = query.value(15).toBool();

    Result<std::vector<PlanSection>> sections = loadSections(id);
    if (!sections)
        return sections.error();
    c.sections = std::move(sections.value());

    SqlQuery awards(m_db, QStringLiteral("SELECT award_form_id, standard FROM campaign_award_form "
                                         "WHERE campaign_id = ? ORDER BY sort_order"));
    if (Status s = awards.exec(CampaignRepositoryText::tr("đọc hình thức khen thưởng của đợt"), { id }); !s)
        return s.error();
    while (awards.next())
        c.awards.push_back({ awards.value(0).toLongLong(), awards.value(1).toString() });
    return c;
}

Result<std::vector<PlanSection>> CampaignRepository::loadSections(qint64 campaignId) const
{
    struct Row {
        qint64 parentId;
        PlanSection section;
    };
    std::vector<Row> rows; // in sort order within each parent
    SqlQuery query(m_db, QStringLiteral("SELECT id, parent_id, heading, numbered, item_style, binding, annex FROM plan_section "
                                        "WHERE campaign_id = ? ORDER BY sort_order, id"));
    if (Status s = query.exec(CampaignRepositoryText::tr("đọc đề cương kế hoạch"), { campaignId }); !s)
        return s.error();
    std::map<qint64, size_t> rowOfId;
    while (query.next()) {
        PlanSection section;
        section.id = query.value(0).toLongLong();
        section.heading = query.value(2).toString();
        section.numbered = query.value(3).toBool();
        section.itemStyle = enumFromCode(query.value(4).toString(), NumberingStyle::Dash);
        section.binding = query.value(6).toBool() ? SectionBinding::Annex
                                                  : enumFromCode(query.value(5).toString(), SectionBinding::Text);
        rowOfId[section.id] = rows.size();
        rows.push_back({ query.value(1).toLongLong(), std::move(section) });
    }

    SqlQuery blocks(m_db,
        QStringLiteral("SELECT b.id, b.section_id, b.kind, b.text, b.required, b.table_row FROM plan_block b "
                       "JOIN plan_section s ON s.id = b.section_id WHERE s.campaign_id = ? ORDER BY b.sort_order, b.id"));
    if (Status s = blocks.exec(CampaignRepositoryText::tr("đọc nội dung kế hoạch"), { campaignId }); !s)
        return s.error();
    while (blocks.next()) {
        const auto found = rowOfId.find(blocks.value(1).toLongLong());
        if (found == rowOfId.end())
            continue;
        rows[found->second].section.blocks.push_back({ blocks.value(0).toLongLong(),
            blocks.value(5).toBool() ? BlockKind::TableRow : enumFromCode(blocks.value(2).toString(), BlockKind::Paragraph),
            blocks.value(3).toString(), blocks.value(4).toBool() });
    }

    // Assemble the tree bottom-up: a child is moved into its parent before the parent moves.
    std::map<qint64, std::vector<size_t>> childrenOf;
    for (size_t i = 0; i < rows.size(); ++i)
        childrenOf[rows[i].parentId].push_back(i);
    std::function<PlanSection(size_t)> build = [&](size_t index) {
        PlanSection section = std::move(rows[index].section);
        for (size_t child : childrenOf[section.id])
            section.children.push_back(build(child));
        return section;
    };
    std::vector<PlanSection> top;
    for (size_t index : childrenOf[0])
        top.push_back(build(index));
    return top;
}

Status CampaignRepository::writeRow(Campaign& c)
{
    const QVariant signer = c.signerId > 0 ? QVariant(c.signerId) : QVariant();
    const QVariantList values = { c.name.trimmed(), c.summary.trimmed(), enumCode(c.kind),
        c.startDate.toString(Qt::ISODate), dateCode(c.endDate), c.documentNumber.trimmed(), nullable(c.issueDay),
        nullable(c.issueMonth), c.issueYear, signer, c.recipients.join(QLatin1Char('\n')),
        headingStylesCode(c.headingStyles), c.councilThresholdPercent, enumCode(c.councilVoteBase),
        c.councilSecretBallot ? 1 : 0 };
    Result<qint64> version = updateVersionedRow(m_db,
        { QStringLiteral("campaign"), c.id, c.rowVersion, CampaignRepositoryText::tr("đợt thi đua «%1»").arg(c.name.trimmed()) },
        QStringLiteral("name = ?, summary = ?, kind = ?, start_date = ?, end_date = nullif(?, ''), document_number = ?, "
                       "issue_day = ?, issue_month = ?, issue_year = ?, signer_id = ?, recipients = ?, heading_styles = ?, "
                       "council_threshold_percent = ?, council_vote_base = ?, council_secret_ballot = ?"),
        CampaignRepositoryText::tr("lưu đợt thi đua"), values);
    if (!version)
        return version.error();
    c.rowVersion = version.value();
    return {};
}

Result<qint64> CampaignRepository::add(Campaign& campaign)
{
    if (Status s = validateCampaign(campaign); !s)
        return s.error();
    Status s = m_db.transact([&]() -> Status {
        SqlQuery insert(m_db, QStringLiteral("INSERT INTO campaign (name, summary, kind, start_date, issue_year) "
                                             "VALUES ('', '', 'periodic', '', 0)"));
        if (Status done = insert.exec(CampaignRepositoryText::tr("thêm đợt thi đua")); !done)
            return done;
        campaign.id = insert.lastInsertId();
        campaign.rowVersion = 1; // the column's default
        if (Status done = writeRow(campaign); !done)
            return done;
        if (Status done = writeOutline(campaign); !done)
            return done;
        return writeAwards(campaign);
    });
    if (!s) {
        campaign.id = 0;
        campaign.rowVersion = 0;
        return s.error();
    }
    return campaign.id;
}

Status CampaignRepository::update(Campaign& campaign)
{
    if (Status s = validateCampaign(campaign); !s)
        return s;
    const qint64 readVersion = campaign.rowVersion;
    Status saved = m_db.transact([&]() -> Status {
        if (Status done = writeRow(campaign); !done)
            return done;
        if (Status done = writeOutline(campaign); !done)
            return done;
        return writeAwards(campaign);
    });
    if (!saved)
        campaign.rowVersion = readVersion; // rolled back: the stored version is still the one read
    return saved;
}

Status CampaignRepository::writeOutline(Campaign& campaign)
{
    Result<QList<qint64>> storedSections
        = storedIds(m_db, QStringLiteral("SELECT id FROM plan_section WHERE campaign_id = ?"), campaign.id);
    Result<QList<qint64>> storedBlocks = storedIds(m_db,
        QStringLiteral("SELECT b.id FROM plan_block b JOIN plan_section s ON s.id = b.section_id "
                       "WHERE s.campaign_id = ?"),
        campaign.id);
    if (!storedSections)
        return storedSections.error();
    if (!storedBlocks)
        return storedBlocks.error();
    QList<qint64> keptSections, keptBlocks;
    // Ids that belong to another campaign (a copy made in memory) are treated as new.
    std::function<void(std::vector<PlanSection>&)> forgetForeign = [&](std::vector<PlanSection>& sections) {
        for (PlanSection& section : sections) {
            if (!storedSections.value().contains(section.id))
                section.id = 0;
            for (PlanBlock& block : section.blocks)
                if (!storedBlocks.value().contains(block.id))
                    block.id = 0;
            forgetForeign(section.children);
        }
    };
    forgetForeign(campaign.sections);
    if (Status s = writeSections(campaign.id, campaign.sections, QVariant(), keptSections, keptBlocks); !s)
        return s;
    if (Status s = deleteMissing(m_db, QStringLiteral("plan_block"), storedBlocks.value(), keptBlocks); !s)
        return s;
    return deleteMissing(m_db, QStringLiteral("plan_section"), storedSections.value(), keptSections);
}

Status CampaignRepository::writeSections(qint64 campaignId, std::vector<PlanSection>& sections,
    const QVariant& parentId, QList<qint64>& keptSections, QList<qint64>& keptBlocks)
{
    int order = 0;
    for (PlanSection& section : sections) {
        ++order;
        const bool annex = section.binding == SectionBinding::Annex; // stored as a flag: see schema 11
        QVariantList values = { campaignId, parentId, order, section.heading.trimmed(), section.numbered,
            enumCode(section.itemStyle), enumCode(annex ? SectionBinding::Text : section.binding), annex };
        if (section.id > 0) {
            SqlQuery update(m_db,
                QStringLiteral("UPDATE plan_section SET campaign_id = ?, parent_id = ?, sort_order = ?, heading = ?, "
                               "numbered = ?, item_style = ?, binding = ?, annex = ? WHERE id = ?"));
            if (Status s = update.exec(CampaignRepositoryText::tr("lưu mục của kế hoạch"), values << section.id); !s)
                return s;
        } else {
            SqlQuery insert(m_db,
                QStringLiteral("INSERT INTO plan_section (campaign_id, parent_id, sort_order, heading, numbered, "
                               "item_style, binding, annex) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            if (Status s = insert.exec(CampaignRepositoryText::tr("thêm mục vào kế hoạch"), values); !s)
                return s;
            section.id = insert.lastInsertId();
        }
        keptSections << section.id;

        int blockOrder = 0;
        for (PlanBlock& block : section.blocks) {
            ++blockOrder;
            const bool tableRow = block.kind == BlockKind::TableRow; // stored as a flag: see schema 11
            const QString kind = enumCode(tableRow ? BlockKind::Paragraph : block.kind);
            if (block.id > 0) {
                SqlQuery update(m_db, QStringLiteral("UPDATE plan_block SET section_id = ?, sort_order = ?, kind = ?, "
                                                     "text = ?, required = ?, table_row = ? WHERE id = ?"));
                if (Status s = update.exec(CampaignRepositoryText::tr("lưu nội dung kế hoạch"),
                        { section.id, blockOrder, kind, block.text.trimmed(), block.required, tableRow, block.id });
                    !s)
                    return s;
            } else {
                SqlQuery insert(m_db, QStringLiteral("INSERT INTO plan_block (section_id, sort_order, kind, text, "
                                                     "required, table_row) VALUES (?, ?, ?, ?, ?, ?)"));
                if (Status s = insert.exec(CampaignRepositoryText::tr("thêm nội dung vào kế hoạch"),
                        { section.id, blockOrder, kind, block.text.trimmed(), block.required, tableRow });
                    !s)
                    return s;
                block.id = insert.lastInsertId();
            }
            keptBlocks << block.id;
        }
        if (Status s = writeSections(campaignId, section.children, section.id, keptSections, keptBlocks); !s)
            return s;
    }
    return {};
}

Status CampaignRepository::writeAwards(const Campaign& campaign)
{
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM campaign_award_form WHERE campaign_id = ?"));
    if (Status s = clear.exec(CampaignRepositoryText::tr("lưu hình thức khen thưởng của đợt"), { campaign.id }); !s)
        return s;
    int order = 0;
    for (const CampaignAward& award : campaign.awards) {
        SqlQuery insert(m_db, QStringLiteral("INSERT INTO campaign_award_form (campaign_id, award_form_id, sort_order, "
                                             "standard) VALUES (?, ?, ?, ?)"));
        if (Status s = insert.exec(CampaignRepositoryText::tr("lưu hình thức khen thưởng của đợt"),
                { campaign.id, award.awardFormId, ++order, award.standard.trimmed() });
            !s)
            return s;
    }
    return {};
}

Status CampaignRepository::remove(qint64 id)
{
    return ::writeRow(m_db, QStringLiteral("DELETE FROM campaign WHERE id = ?"), CampaignRepositoryText::tr("xóa đợt thi đua"), { id });
}

Result<qint64> CampaignRepository::duplicate(qint64 id)
{
    Result<Campaign> source = load(id);
    if (!source)
        return source.error();
    Campaign copy = std::move(source.value());
    copy.id = 0;
    copy.name = CampaignRepositoryText::tr("%1 (bản sao)").arg(copy.name);
    copy.documentNumber.clear();
    copy.issueDay.reset();
    clearIds(copy.sections);
    return add(copy);
}

Result<std::vector<PlanBlock>> CampaignRepository::criteria(qint64 campaignId, SectionBinding binding) const
{
    Result<Campaign> campaign = load(campaignId);
    if (!campaign)
        return campaign.error();
    std::vector<PlanBlock> out;
    std::function<void(const std::vector<PlanSection>&)> collect = [&](const std::vector<PlanSection>& sections) {
        for (const PlanSection& section : sections) {
            if (section.binding == binding)
                out.insert(out.end(), section.blocks.begin(), section.blocks.end());
            collect(section.children);
        }
    };
    collect(campaign.value().sections);
    return out;
}
