#include "ui/proposals/VoteDialog.h"

#include "core/rules/CouncilRules.h"
#include "core/storage/CouncilMeetingRepository.h"
#include "core/storage/ProposalRepository.h"
#include "core/common/Settings.h"
#include "ui/widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

VoteDialog::VoteDialog(Database& database, qint64 proposalId, const CouncilRules::Rule& rule, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
    , m_proposalId(proposalId)
    , m_rule(rule)
{
    setWindowTitle(tr("Kết quả bỏ phiếu của hội đồng"));
    auto* form = new QFormLayout(this);
    auto spin = [&](const QString& label) {
        auto* box = new QSpinBox(this);
        box->setRange(0, 999); // negative numbers cannot be typed
        form->addRow(label, box);
        connect(box, &QSpinBox::valueChanged, this, &VoteDialog::showResult);
        return box;
    };
    m_membersSpinBox = spin(tr("Số thành viên hội đồng:"));
    m_presentSpinBox = spin(tr("Số thành viên có mặt:"));
    m_votesForSpinBox = spin(tr("Số phiếu đồng ý:"));
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("voteResultLabel"));
    m_resultLabel->setWordWrap(true);
    // Wide enough for the result and its note on a few lines: a word-wrapped label alone would
    // make the dialog as narrow as its spin boxes and cut the note off.
    m_resultLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    form->addRow(tr("Kết quả:"), m_resultLabel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &VoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VoteDialog::reject);
    form->addRow(buttons);
    Result<Proposal> p = ProposalRepository(m_db).load(m_proposalId);
    if (p)
        if (Result<std::optional<CouncilMeeting>> latest = CouncilMeetingRepository(m_db).latest(p.value().campaignId);
            latest)
            m_meeting = latest.value();
    if (p && p.value().vote)
        setVote(p.value().vote->members, p.value().vote->present, p.value().vote->votesFor);
    else if (m_meeting) // a new ballot: those the meeting lists as present, and its absentees, make the council
        setVote(int(m_meeting->attendees.size() + m_meeting->absentees.size()), int(m_meeting->attendees.size()), 0);
    showResult();
}

VoteDialog::~VoteDialog() = default;

void VoteDialog::setVote(int members, int present, int votesFor)
{
    m_membersSpinBox->setValue(members);
    m_presentSpinBox->setValue(present);
    m_votesForSpinBox->setValue(votesFor);
}

QString VoteDialog::resultText() const
{
    return m_resultLabel->text();
}

void VoteDialog::showResult()
{
    const CouncilVote vote { m_membersSpinBox->value(), m_presentSpinBox->value(), m_votesForSpinBox->value() };
    const Status valid = CouncilRules::validate(vote);
    QString text = valid ? CouncilRules::describe(vote, m_rule) : valid.error().message;
    if (m_meeting)
        if (const QString why = CouncilRules::disagreement(vote, *m_meeting); !why.isEmpty())
            text += QLatin1Char('\n')
                + tr("Lưu ý: %1 — Biên bản chỉ lập được khi số có mặt đúng với cuộc họp.").arg(why);
    m_resultLabel->setText(text);
    // A longer result (a note added) grows the dialog rather than being cut off.
    if (const QSize needed = sizeHint(); needed.height() > height() || needed.width() > width())
        resize(size().expandedTo(needed));
}

void VoteDialog::accept()
{
    const CouncilVote vote { m_membersSpinBox->value(), m_presentSpinBox->value(), m_votesForSpinBox->value() };
    if (Status s = ProposalRepository(m_db).recordVote(m_proposalId, vote, Settings::currentUserName()); !s) {
        MessageBox::warning(this, tr("Không ghi được kết quả"), s.error().message, s.error().detail);
        return;
    }
    QDialog::accept();
}
