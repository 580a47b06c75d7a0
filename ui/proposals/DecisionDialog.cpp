#include "ui/proposals/DecisionDialog.h"

#include "ui/widgets/ScreenFit.h"
#include "core/documents/Paperwork.h"
#include "core/storage/AwardDecisionRepository.h"
#include "ui/documents/DocumentView.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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
    m_numberLineEdit = new QLineEdit(m_decision.number, this);
    m_numberLineEdit->setObjectName(QStringLiteral("decisionNumberLineEdit"));
    m_numberLineEdit->setPlaceholderText(tr("để trống: ghi tay"));
    m_numberLineEdit->setMaximumWidth(140);
    auto* numberLabel = new QLabel(tr("&Số quyết định:"), this);
    numberLabel->setBuddy(m_numberLineEdit);
    m_signedCheckBox = new QCheckBox(tr("Đã &ký ngày:"), this);
    m_signedCheckBox->setChecked(m_decision.signedOn.has_value());
    m_signedOnEdit = new QDateEdit(m_decision.signedOn.value_or(QDate::currentDate()), this);
    m_signedOnEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_signedOnEdit->setCalendarPopup(true);
    m_signedOnEdit->setEnabled(m_signedCheckBox->isChecked());
    m_finalCheckBox = new QCheckBox(tr("&Bản chính thức"), this);
    m_finalCheckBox->setObjectName(QStringLiteral("decisionFinalCheckBox"));
    m_finalCheckBox->setToolTip(tr("Bản chính thức cần số và ngày ký; bản nháp để trống chỗ ghi tay."));
    auto* certificates = new QPushButton(tr("In &Giấy khen…"), this);
    certificates->setObjectName(QStringLiteral("certificatesButton"));
    certificates->setToolTip(tr("In họ tên, đơn vị, số và ngày quyết định lên phôi Giấy khen in sẵn"));
    row->addWidget(numberLabel);
    row->addWidget(m_numberLineEdit);
    row->addWidget(m_signedCheckBox);
    row->addWidget(m_signedOnEdit);
    row->addWidget(m_finalCheckBox);
    row->addStretch();
    row->addWidget(certificates);
    layout->addLayout(row);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("decisionProblemLabel"));
    m_problemLabel->setStyleSheet(QStringLiteral("color: #a40000"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);
    m_view = new DocumentView(this);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);
    layout->addWidget(buttons);

    connect(m_numberLineEdit, &QLineEdit::editingFinished, this, &DecisionDialog::saveAndRefresh);
    connect(m_signedCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_signedOnEdit->setEnabled(on);
        saveAndRefresh();
    });
    connect(m_signedOnEdit, &QDateEdit::dateChanged, this, &DecisionDialog::saveAndRefresh);
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
    m_numberLineEdit->setText(number);
    saveAndRefresh();
}

void DecisionDialog::setSignedOn(std::optional<QDate> day)
{
    if (day)
        m_signedOnEdit->setDate(*day);
    m_signedCheckBox->setChecked(day.has_value());
    saveAndRefresh();
}

void DecisionDialog::setFinal(bool final) { m_finalCheckBox->setChecked(final); }

void DecisionDialog::saveAndRefresh()
{
    AwardDecision edited = m_decision;
    edited.number = m_numberLineEdit->text().trimmed();
    edited.signedOn = m_signedCheckBox->isChecked() ? std::optional<QDate>(m_signedOnEdit->date()) : std::nullopt;
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
