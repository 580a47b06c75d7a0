#pragma once
// Every dialog of ThiDua, made on a file where each has something to show (a decided proposal,
// the province's decisions cited, a plan written to Word and read back): the screen and keyboard
// tests open each of them.

#include "tests/support/Season.h"
#include "tests/support/TestDatabase.h"

#include "core/common/Settings.h"
#include "core/documents/Paperwork.h"
#include "core/documents/PlanExport.h"
#include "core/importing/PlanImport.h"
#include "core/storage/CampaignRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "ui/ListExportDialog.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/RestoreDialog.h"
#include "ui/agency/RewardMoneyDialog.h"
#include "ui/agency/SubmissionRoutesDialog.h"
#include "ui/agency/WordingDialog.h"
#include "ui/annual/AnnualRulesDialog.h"
#include "ui/annual/PersonHistoryDialog.h"
#include "ui/annual/ReviewAdditionDialog.h"
#include "ui/annual/StatisticsDialog.h"
#include "ui/help/GuideDialog.h"
#include "ui/help/SeasonStepsDialog.h"
#include "ui/campaigns/PlanImportDialog.h"
#include "ui/certificates/CertificatesDialog.h"
#include "ui/lists/ListImportDialog.h"
#include "ui/lists/UnitTemplateDialog.h"
#include "ui/proposals/DecisionDialog.h"
#include "ui/proposals/MeetingDialog.h"
#include "ui/proposals/PaperworkDialog.h"
#include "ui/proposals/ProposalDialog.h"
#include "ui/proposals/VoteDialog.h"
#include "ui/reports/FinalReportDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QScreen>


#include <QDialog>

#include <functional>
#include <memory>
#include <vector>

using DialogMakers = std::vector<std::pair<QString, std::function<std::unique_ptr<QDialog>()>>>;

// The makers refer to `window`'s open database and to files in `folder`: both outlive them.
inline DialogMakers everyDialog(MainWindow& window, TestFolder& folder)
{
    Database& db = *window.database();
    const qint64 campaignId = CampaignRepository(db).list().value().front().id;
    // A decided proposal, so the decision, the certificates and the paperwork have something to show.
    const Person person = PersonRepository(db).all().value().front();
    concludeAllMet(db, campaignId, { Nominee::Kind::Person, person.id });
    citeProvinceDecisions(db);
    const qint64 proposal = proposeThrough(db, campaignId, { Nominee::Kind::Person, person.id },
        awardFormOf(db, AwardLevel::Agency), person.unitId, QStringLiteral("Hoàn thành xuất sắc nhiệm vụ."),
        ProposalState::Decided);
    const std::vector<Paperwork::Input> inputs = Paperwork::load(db, campaignId).value();
    const QString plan = folder.file(QStringLiteral("kế hoạch.docx"));
    REQUIRE_OK(PlanExport::writeDocument(PlanExport::buildPlanDocument(db, campaignId).value(), DocumentFormat::Docx, plan));
    PlanImport::Recognised recognised = PlanImport::fromDocx(plan).value();

    return DialogMakers {
        { QStringLiteral("ProposalDialog"), [&db = db, &window = window, campaignId, proposal, inputs, recognised] { return std::make_unique<ProposalDialog>(db, campaignId, &window); } },
        { QStringLiteral("MeetingDialog"), [&db = db, &window = window, campaignId, proposal, inputs, recognised] { return std::make_unique<MeetingDialog>(db, campaignId, &window); } },
        { QStringLiteral("VoteDialog"), [&db = db, &window = window, campaignId, proposal, inputs, recognised] { return std::make_unique<VoteDialog>(db, proposal, 50, &window); } },
        { QStringLiteral("DecisionDialog"), [&db = db, &window = window, campaignId, proposal, inputs, recognised] { return std::make_unique<DecisionDialog>(db, campaignId, &window); } },
        { QStringLiteral("CertificatesDialog"),
            [&db = db, &window = window, campaignId, proposal, inputs, recognised] { return std::make_unique<CertificatesDialog>(db, campaignId, &window); } },
        { QStringLiteral("PaperworkDialog (Tờ trình)"),
            [&db = db, &window = window, campaignId, proposal, inputs, recognised] {
                return std::make_unique<PaperworkDialog>(PaperworkDialog::Kind::Submission, db, inputs, &window);
            } },
        { QStringLiteral("PaperworkDialog (Danh sách)"),
            [&db = db, &window = window, campaignId, proposal, inputs, recognised] { return std::make_unique<PaperworkDialog>(PaperworkDialog::Kind::List, db, inputs, &window); } },
        { QStringLiteral("FinalReportDialog"),
            [&db = db, &window = window, campaignId, proposal, inputs, recognised] { return std::make_unique<FinalReportDialog>(db, campaignId, &window); } },
        { QStringLiteral("PlanImportDialog"),
            [&db = db, &window = window, campaignId, proposal, inputs, recognised] {
                return std::make_unique<PlanImportDialog>(db, recognised, CampaignSummary { campaignId, {}, {} }, &window);
            } },
        { QStringLiteral("ListImportDialog"), [&db = db, &window = window] { return std::make_unique<ListImportDialog>(db, &window); } },
        { QStringLiteral("ListExportDialog"), [&db = db, &window = window, campaignId, proposal, inputs, recognised] { return std::make_unique<ListExportDialog>(db, &window); } },
        { QStringLiteral("UnitTemplateDialog"), [&db = db, &window = window, campaignId, proposal, inputs, recognised] { return std::make_unique<UnitTemplateDialog>(db, &window); } },
        { QStringLiteral("RestoreDialog"), [&db = db, &window = window, campaignId, proposal, inputs, recognised] { return std::make_unique<RestoreDialog>(db.path(), &window); } },
        { QStringLiteral("RewardMoneyDialog"), [&db = db, &window = window, campaignId, proposal, inputs, recognised] { return std::make_unique<RewardMoneyDialog>(db, &window); } },
        { QStringLiteral("SubmissionRoutesDialog"),
            [&db = db, &window = window, campaignId, proposal, inputs, recognised] { return std::make_unique<SubmissionRoutesDialog>(db, &window); } },
        { QStringLiteral("WordingDialog"), [&db = db, &window = window, campaignId, proposal, inputs, recognised] { return std::make_unique<WordingDialog>(db, &window); } },
        { QStringLiteral("AnnualRulesDialog"), [&db = db, &window = window] { return std::make_unique<AnnualRulesDialog>(db, &window); } },
        { QStringLiteral("StatisticsDialog"), [&db = db, &window = window] { return std::make_unique<StatisticsDialog>(db, 2026, &window); } },
        { QStringLiteral("PersonHistoryDialog"),
            [&db = db, &window = window, person] { return std::make_unique<PersonHistoryDialog>(db, person.id, person.fullName, 2026, &window); } },
        { QStringLiteral("ReviewAdditionDialog"),
            [&db = db, &window = window, person] {
                return std::make_unique<ReviewAdditionDialog>(db, 2026, Nominee { Nominee::Kind::Person, person.id }, person.fullName, &window);
            } },
        { QStringLiteral("PreferencesDialog"), [&db = db, &window = window, campaignId, proposal, inputs, recognised] { return std::make_unique<PreferencesDialog>(&window); } },
        { QStringLiteral("GuideDialog"), [&db = db, &window = window, campaignId, proposal, inputs, recognised] { return std::make_unique<GuideDialog>(&window); } },
        { QStringLiteral("SeasonStepsDialog"),
            [&db = db, &window = window, campaignId, proposal, inputs, recognised] {
                auto steps = std::make_unique<SeasonStepsDialog>(&window);
                steps->setDatabase(&db);
                return steps;
            } },
    };
}
