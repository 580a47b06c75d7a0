#include "ui/proposals/ProposalDialog.h"
#include "ui/widgets/FoldedSearch.h"

#include "ui/widgets/ScreenFit.h"

#include "core/common/Settings.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/UnitRepository.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QRadioButton>

namespace {
constexpr int UnitIdRole = Qt::UserRole + 1;

} // namespace

ProposalDialog::ProposalDialog(Database& database, qint64 campaignId, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
    , m_campaignId(campaignId)
{
    setWindowTitle(tr("Thêm đề nghị khen thưởng"));
    auto* form = new QFormLayout(this);
    auto* kinds = new QHBoxLayout;
    m_personRadioButton = new QRadioButton(tr("Cá nhân"), this);
    m_unitRadioButton = new QRadioButton(tr("Tập thể (phòng, đơn vị)"), this);
    m_personRadioButton->setChecked(true);
    kinds->addWidget(m_personRadioButton);
    kinds->addWidget(m_unitRadioButton);
    form->addRow(tr("Đề nghị cho:"), kinds);
    m_nomineeComboBox = new QComboBox(this);
    m_nomineeComboBox->setObjectName(QStringLiteral("nomineeComboBox"));
    FoldedSearch::install(m_nomineeComboBox); // type any part of a name, diacritics or not
    form->addRow(tr("Đối tượng:"), m_nomineeComboBox);
    m_awardFormComboBox = new QComboBox(this);
    m_awardFormComboBox->setObjectName(QStringLiteral("awardFormComboBox"));
    if (Result<std::vector<AwardForm>> forms = AwardFormRepository(m_db).all(); forms) {
        // A new proposal starts at the form this agency proposes most; before any, at its own
        // award (Giấy khen), never at the highest one.
        const Result<qint64> proposed = ProposalRepository(m_db).mostProposedForm();
        const qint64 mostUsed = proposed ? proposed.value() : 0;
        int everyday = -1;
        for (const AwardForm& f : forms.value()) {
            if ((f.id == mostUsed || (mostUsed == 0 && f.level == AwardLevel::Agency)) && everyday < 0)
                everyday = m_awardFormComboBox->count();
            m_awardFormComboBox->addItem(f.name, f.id);
        }
        if (everyday >= 0)
            m_awardFormComboBox->setCurrentIndex(everyday);
    }
    form->addRow(tr("Hình thức khen thưởng:"), m_awardFormComboBox);
    m_proposingUnitComboBox = new QComboBox(this);
    if (Result<std::vector<Unit>> units = UnitRepository(m_db).all(); units)
        for (const Unit& u : units.value())
            m_proposingUnitComboBox->addItem(u.name, u.id);
    form->addRow(tr("Đơn vị đề nghị:"), m_proposingUnitComboBox);
    m_summaryTextEdit = new QPlainTextEdit(this);
    m_summaryTextEdit->setObjectName(QStringLiteral("summaryTextEdit"));
    m_summaryTextEdit->setTabChangesFocus(true);
    m_summaryTextEdit->setPlaceholderText(tr("Tóm tắt thành tích trong đợt thi đua (một, hai câu)"));
    form->addRow(tr("Tóm tắt thành tích:"), m_summaryTextEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProposalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProposalDialog::reject);
    form->addRow(buttons);

    connect(m_personRadioButton, &QRadioButton::toggled, this, &ProposalDialog::fillNominees);
    // The proposing unit follows the nominee's unit unless the clerk changes it.
    connect(m_nomineeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const int unit = m_proposingUnitComboBox->findData(m_nomineeComboBox->currentData(UnitIdRole));
        if (unit >= 0)
            m_proposingUnitComboBox->setCurrentIndex(unit);
    });
    fillNominees();
    resizeForScreen(this, QSize(620, 360));
}

ProposalDialog::~ProposalDialog() = default;

void ProposalDialog::fillNominees()
{
    m_nomineeComboBox->clear();
    if (m_personRadioButton->isChecked()) {
        Result<std::vector<Unit>> units = UnitRepository(m_db).all();
        std::map<qint64, QString> unitNames;
        if (units)
            for (const Unit& u : units.value())
                unitNames[u.id] = u.name;
        if (Result<std::vector<Person>> people = PersonRepository(m_db).all(); people)
            for (const Person& p : people.value()) {
                m_nomineeComboBox->addItem(QStringLiteral("%1 — %2").arg(p.fullName, unitNames[p.unitId]), p.id);
                m_nomineeComboBox->setItemData(m_nomineeComboBox->count() - 1, p.unitId, UnitIdRole);
            }
    } else if (Result<std::vector<Unit>> units = UnitRepository(m_db).all(); units) {
        for (const Unit& u : units.value()) {
            m_nomineeComboBox->addItem(u.name, u.id);
            m_nomineeComboBox->setItemData(m_nomineeComboBox->count() - 1, u.id, UnitIdRole);
        }
    }
}

void ProposalDialog::choose(const Nominee& nominee, qint64 awardFormId, const QString& summary)
{
    (nominee.kind == Nominee::Kind::Unit ? m_unitRadioButton : m_personRadioButton)->setChecked(true);
    m_nomineeComboBox->setCurrentIndex(m_nomineeComboBox->findData(nominee.id));
    m_awardFormComboBox->setCurrentIndex(m_awardFormComboBox->findData(awardFormId));
    m_summaryTextEdit->setPlainText(summary);
}

void ProposalDialog::accept()
{
    Proposal proposal;
    proposal.campaignId = m_campaignId;
    proposal.nominee = { m_unitRadioButton->isChecked() ? Nominee::Kind::Unit : Nominee::Kind::Person,
        m_nomineeComboBox->currentData().toLongLong() };
    proposal.awardFormId = m_awardFormComboBox->currentData().toLongLong();
    proposal.proposingUnitId = m_proposingUnitComboBox->currentData().toLongLong();
    proposal.summary = m_summaryTextEdit->toPlainText().simplified();
    Result<qint64> added = ProposalRepository(m_db).add(proposal, Settings::currentUserName());
    if (!added) {
        MessageBox::warning(this, tr("Không thêm được đề nghị"), added.error().message, added.error().detail);
        return;
    }
    m_proposalId = added.value();
    QDialog::accept();
}
