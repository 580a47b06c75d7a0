#include "ui/proposals/DecisionDialog.h"

#include "ui/widgets/ScreenFit.h"
#include "core/documents/Paperwork.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AwardDecisionRepository.h"
#include "ui/documents/DocumentView.h"
#include "ui/widgets/ProblemLabel.h"
#include "ui/widgets/DocumentIssueEditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DecisionDialog::DecisionDialog(Database& database, qint64 campaignId, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
{
    setWindowTitle(tr("Quyết định khen thưởng"));
    m_decision.campaignId = campaignId;
    if (Result<AwardDecision> stored = AwardDecisionRepository(m_db).load(campaignId))
        m_decision = stored.value();

    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_issueEditor = new DocumentIssueEditor(tr("&Số quyết định:"), tr("Đã &ký ngày:"), this);
    m_issueEditor->setObjectName(QStringLiteral("decisionIssueEditor"));
    m_issueEditor->setIssue({ m_decision.number, m_decision.signedOn, QDate::currentDate().year() });
    if (Result<Agency> agency = AgencyRepository(m_db).load())
        m_issueEditor->setPrintedSymbol(Paperwork::decisionSymbol(agency.value()));
    m_finalCheckBox = new QCheckBox(tr("&Bản chính thức"), this);
    m_finalCheckBox->setObjectName(QStringLiteral("decisionFinalCheckBox"));
    m_finalCheckBox->setToolTip(tr("Bản chính thức cần số và ngày ký; bản nháp để trống chỗ ghi tay."));
    auto* certificates = new QPushButton(tr("In &Giấy khen…"), this);
    certificates->setObjectName(QStringLiteral("certificatesButton"));
    certificates->setToolTip(tr("In họ tên, đơn vị, số và ngày quyết định lên phôi Giấy khen in sẵn"));
    row->addWidget(m_issueEditor);
    row->addWidget(m_finalCheckBox);
    row->addStretch();
    row->addWidget(certificates);
    layout->addLayout(row);
    m_problemLabel = makeProblemLabel(this, QStringLiteral("decisionProblemLabel"));
    layout->addWidget(m_problemLabel);
    m_view = new DocumentView(this);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);
    layout->addWidget(buttons);

    connect(m_issueEditor, &DocumentIssueEditor::edited, this, &DecisionDialog::saveAndRefresh);
    connect(m_finalCheckBox, &QCheckBox::toggled, this, [this] { m_view->refreshNow(); });
    connect(certificates, &QPushButton::clicked, this, &DecisionDialog::certificatesRequested);

    Database* db = &m_db;
    m_view->setSource(
        [db, campaignId, this]() -> Result<doc::Document> {
            Result<Paperwork::Input> decided = Paperwork::loadDecided(*db, campaignId);
            if (!decided)
                return decided.error();
            return m_finalCheckBox->isChecked() ? Paperwork::finalDecision(decided.value()) : Paperwork::decision(decided.value());
        },
        [](DocumentFormat format) {
            return format == DocumentFormat::Docx ? QStringLiteral("QD-khen-thuong.docx") : QStringLiteral("QD-khen-thuong.pdf");
        });
    resizeForScreen(this, QSize(960, 860));
}

DecisionDialog::~DecisionDialog() = default;

void DecisionDialog::setNumber(const QString& number)
{
    DocumentIssue issue = m_issueEditor->issue();
    issue.number = number;
    m_issueEditor->setIssue(issue);
    saveAndRefresh();
}

void DecisionDialog::setSignedOn(std::optional<QDate> day)
{
    DocumentIssue issue = m_issueEditor->issue();
    issue.date = day;
    m_issueEditor->setIssue(issue);
    saveAndRefresh();
}

void DecisionDialog::setFinal(bool final) { m_finalCheckBox->setChecked(final); }

void DecisionDialog::saveAndRefresh()
{
    AwardDecision edited = m_decision;
    const DocumentIssue typed = m_issueEditor->issue();
    edited.number = DocumentIssue::ownNumber(typed.number);
    edited.signedOn = typed.date;
    if (edited == m_decision)
        return;
    if (Status saved = AwardDecisionRepository(m_db).save(edited); !saved) {
        m_problemLabel->setText(saved.error().message);
        m_problemLabel->show();
        return;
    }
    m_problemLabel->hide();
    m_decision = edited;
    m_view->refreshNow();
}
