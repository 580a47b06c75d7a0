#include "ui/campaigns/CampaignForm.h"

#include "ui/widgets/DateTyping.h"

#include "core/domain/Labels.h"
#include "core/domain/PlanOutlineEditing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLocale>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace {

constexpr int LevelCount = 4;

QSpinBox* blankableSpinBox(int max, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, max);
    box->setSpecialValueText(QStringLiteral("…")); // 0: left blank, written in by hand
    return box;
}

} // namespace

CampaignForm::CampaignForm(QWidget* parent)
    : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    m_nameLineEdit = new QLineEdit(this);
    m_nameLineEdit->setObjectName(QStringLiteral("campaignNameLineEdit"));
    m_summaryTextEdit = new QPlainTextEdit(this);
    m_summaryTextEdit->setObjectName(QStringLiteral("campaignSummaryTextEdit"));
    m_summaryTextEdit->setTabChangesFocus(true);
    m_summaryTextEdit->setMaximumHeight(80);
    m_summaryTextEdit->setPlaceholderText(tr("Ví dụ: Triển khai Đợt thi đua chào mừng kỷ niệm … năm Ngày thành lập …"));
    m_kindComboBox = new QComboBox(this);
    for (CampaignKind kind : { CampaignKind::Periodic, CampaignKind::Regular })
        m_kindComboBox->addItem(campaignKindLabel(kind), int(kind));
    form->addRow(tr("Tên đợt thi đua:"), m_nameLineEdit);
    form->addRow(tr("Trích yếu (dòng dưới chữ KẾ HOẠCH):"), m_summaryTextEdit);
    form->addRow(tr("Hình thức tổ chức:"), m_kindComboBox);

    auto* period = new QHBoxLayout;
    m_startDateEdit = new QDateEdit(this);
    m_startDateEdit->setObjectName(QStringLiteral("startDateEdit"));
    m_startDateEdit->setCalendarPopup(true);
    m_startDateEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_hasEndCheckBox = new QCheckBox(tr("đến ngày"), this);
    m_endDateEdit = new QDateEdit(this);
    acceptTypedDates(m_startDateEdit);
    acceptTypedDates(m_endDateEdit);
    m_endDateEdit->setCalendarPopup(true);
    m_endDateEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    period->addWidget(m_startDateEdit);
    period->addWidget(m_hasEndCheckBox);
    period->addWidget(m_endDateEdit);
    period->addStretch();
    form->addRow(tr("Thời gian: từ ngày"), period);

    auto* issue = new QHBoxLayout;
    m_numberLineEdit = new QLineEdit(this);
    m_numberLineEdit->setPlaceholderText(tr("để trống, ghi tay khi vào sổ"));
    m_daySpinBox = blankableSpinBox(31, this);
    m_monthSpinBox = blankableSpinBox(12, this);
    m_yearSpinBox = new QSpinBox(this);
    m_yearSpinBox->setRange(2000, 2100);
    issue->addWidget(m_numberLineEdit, 1);
    issue->addWidget(new QLabel(tr("ngày"), this));
    issue->addWidget(m_daySpinBox);
    issue->addWidget(new QLabel(tr("tháng"), this));
    issue->addWidget(m_monthSpinBox);
    issue->addWidget(new QLabel(tr("năm"), this));
    issue->addWidget(m_yearSpinBox);
    form->addRow(tr("Số văn bản:"), issue);

    m_signerComboBox = new QComboBox(this);
    form->addRow(tr("Người ký:"), m_signerComboBox);
    m_recipientsTextEdit = new QPlainTextEdit(this);
    m_recipientsTextEdit->setTabChangesFocus(true);
    m_recipientsTextEdit->setPlaceholderText(tr("Mỗi nơi nhận một dòng, không cần gạch đầu dòng và dấu chấm phẩy"));
    m_recipientsTextEdit->setMaximumHeight(110);
    form->addRow(tr("Nơi nhận:"), m_recipientsTextEdit);

    m_thresholdSpinBox = new QDoubleSpinBox(this);
    m_thresholdSpinBox->setObjectName(QStringLiteral("councilThresholdSpinBox"));
    m_thresholdSpinBox->setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam)); // "50,0 %", as Vietnamese writes it
    m_thresholdSpinBox->setRange(0, 99.9);
    m_thresholdSpinBox->setDecimals(1);
    m_thresholdSpinBox->setPrefix(tr("trên "));
    m_thresholdSpinBox->setSuffix(tr(" %"));
    m_thresholdSpinBox->setToolTip(tr("Đề nghị được hội đồng thông qua khi số phiếu đồng ý nhiều hơn tỷ lệ này. "
                                      "Theo quy chế thi đua, khen thưởng của cơ quan (mặc định: trên 50 %)."));
    m_voteBaseComboBox = new QComboBox(this);
    m_voteBaseComboBox->setObjectName(QStringLiteral("councilVoteBaseComboBox"));
    m_voteBaseComboBox->addItem(tr("số thành viên có mặt"), int(CouncilBase::Present));
    m_voteBaseComboBox->addItem(tr("tổng số thành viên Hội đồng"), int(CouncilBase::Members));
    m_voteBaseComboBox->setToolTip(tr("Tỷ lệ phiếu đồng ý tính trên số thành viên có mặt hay trên tổng số thành viên "
                                      "Hội đồng, theo quy chế của cơ quan."));
    m_secretBallotCheckBox = new QCheckBox(tr("Bỏ phiếu kín"), this);
    m_secretBallotCheckBox->setObjectName(QStringLiteral("councilSecretBallotCheckBox"));
    // Narrow: the form sits beside the plan's outline on a small screen.
    m_voteBaseComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_voteBaseComboBox->setMinimumContentsLength(12);
    auto* councilRow = new QHBoxLayout;
    councilRow->addWidget(m_thresholdSpinBox);
    councilRow->addWidget(m_voteBaseComboBox, 1);
    form->addRow(tr("Hội đồng thông qua khi:"), councilRow);
    form->addRow(QString(), m_secretBallotCheckBox);
    for (int level = 0; level < LevelCount; ++level) {
        m_levelStyleComboBoxes.push_back(styleComboBox(this));
        form->addRow(tr("Đánh số tiêu đề cấp %1:").arg(level + 1), m_levelStyleComboBoxes.back());
    }

    auto notify = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    connect(m_nameLineEdit, &QLineEdit::textEdited, this, notify);
    connect(m_summaryTextEdit, &QPlainTextEdit::textChanged, this, notify);
    connect(m_kindComboBox, &QComboBox::currentIndexChanged, this, notify);
    connect(m_startDateEdit, &QDateEdit::dateChanged, this, notify);
    connect(m_hasEndCheckBox, &QCheckBox::toggled, this, notify);
    connect(m_hasEndCheckBox, &QCheckBox::toggled, m_endDateEdit, &QDateEdit::setEnabled);
    connect(m_endDateEdit, &QDateEdit::dateChanged, this, notify);
    connect(m_numberLineEdit, &QLineEdit::textEdited, this, notify);
    for (QSpinBox* box : { m_daySpinBox, m_monthSpinBox, m_yearSpinBox })
        connect(box, &QSpinBox::valueChanged, this, notify);
    connect(m_signerComboBox, &QComboBox::currentIndexChanged, this, notify);
    connect(m_recipientsTextEdit, &QPlainTextEdit::textChanged, this, notify);
    connect(m_thresholdSpinBox, &QDoubleSpinBox::valueChanged, this, notify);
    connect(m_voteBaseComboBox, &QComboBox::currentIndexChanged, this, notify);
    connect(m_secretBallotCheckBox, &QCheckBox::toggled, this, notify);
    for (QComboBox* box : m_levelStyleComboBoxes)
        connect(box, &QComboBox::currentIndexChanged, this, [this, notify] {
            notify();
            if (!m_loading)
                Q_EMIT headingStylesChanged();
        });
}

QComboBox* CampaignForm::styleComboBox(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    for (NumberingStyle style : { NumberingStyle::Roman, NumberingStyle::Arabic, NumberingStyle::Alpha,
             NumberingStyle::Decimal, NumberingStyle::Dash, NumberingStyle::Plus, NumberingStyle::None })
        box->addItem(numberingStyleLabel(style), int(style));
    return box;
}

void CampaignForm::setSigners(const std::vector<Signer>& signers)
{
    const QSignalBlocker blocker(m_signerComboBox);
    const QVariant current = m_signerComboBox->currentData();
    m_signerComboBox->clear();
    m_signerComboBox->addItem(tr("(chưa chọn)"), 0);
    for (const Signer& s : signers) {
        const QString role = s.signingPrefix.isEmpty() ? s.position : s.signingPrefix + QStringLiteral(" / ") + s.position;
        m_signerComboBox->addItem(QStringLiteral("%1 — %2").arg(s.fullName, role), s.id);
    }
    m_signerComboBox->setCurrentIndex(qMax(0, m_signerComboBox->findData(current)));
}

void CampaignForm::setCampaign(const Campaign& c)
{
    m_loading = true;
    m_nameLineEdit->setText(c.name);
    m_summaryTextEdit->setPlainText(c.summary);
    m_kindComboBox->setCurrentIndex(m_kindComboBox->findData(int(c.kind)));
    m_startDateEdit->setDate(c.startDate.isValid() ? c.startDate : QDate::currentDate());
    m_hasEndCheckBox->setChecked(c.endDate.has_value());
    m_endDateEdit->setEnabled(c.endDate.has_value());
    m_endDateEdit->setDate(c.endDate.value_or(m_startDateEdit->date()));
    m_numberLineEdit->setText(c.documentNumber);
    m_daySpinBox->setValue(c.issueDay.value_or(0));
    m_monthSpinBox->setValue(c.issueMonth.value_or(0));
    m_yearSpinBox->setValue(c.issueYear > 0 ? c.issueYear : QDate::currentDate().year());
    m_signerComboBox->setCurrentIndex(qMax(0, m_signerComboBox->findData(c.signerId)));
    m_recipientsTextEdit->setPlainText(c.recipients.join(QLatin1Char('\n')));
    m_thresholdSpinBox->setValue(c.councilThresholdPercent);
    m_voteBaseComboBox->setCurrentIndex(qMax(0, m_voteBaseComboBox->findData(int(c.councilVoteBase))));
    m_secretBallotCheckBox->setChecked(c.councilSecretBallot);
    showStyles(c.headingStyles);
    m_loading = false;
}

void CampaignForm::showStyles(const HeadingStyles& styles)
{
    for (int level = 0; level < LevelCount; ++level) {
        const NumberingStyle style = headingStyleForDepth(styles, level + 1);
        m_levelStyleComboBoxes[size_t(level)]->setCurrentIndex(m_levelStyleComboBoxes[size_t(level)]->findData(int(style)));
    }
}

void CampaignForm::setHeadingStyles(const HeadingStyles& styles)
{
    m_loading = true; // the plan editor has them already
    showStyles(styles);
    m_loading = false;
    Q_EMIT edited();
}

HeadingStyles CampaignForm::headingStyles() const
{
    HeadingStyles styles;
    for (QComboBox* box : m_levelStyleComboBoxes)
        styles << static_cast<NumberingStyle>(box->currentData().toInt());
    return styles;
}

void CampaignForm::applyTo(Campaign& c) const
{
    c.name = m_nameLineEdit->text().trimmed();
    c.summary = m_summaryTextEdit->toPlainText().simplified();
    c.kind = static_cast<CampaignKind>(m_kindComboBox->currentData().toInt());
    c.startDate = m_startDateEdit->date();
    c.endDate = m_hasEndCheckBox->isChecked() ? std::optional<QDate>(m_endDateEdit->date()) : std::nullopt;
    c.documentNumber = m_numberLineEdit->text().trimmed();
    c.issueDay = m_daySpinBox->value() > 0 ? std::optional<int>(m_daySpinBox->value()) : std::nullopt;
    c.issueMonth = m_monthSpinBox->value() > 0 ? std::optional<int>(m_monthSpinBox->value()) : std::nullopt;
    c.issueYear = m_yearSpinBox->value();
    c.signerId = m_signerComboBox->currentData().toLongLong();
    c.recipients.clear();
    for (const QString& line : m_recipientsTextEdit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QString recipient = line.trimmed();
        // Clerks paste "- Sở Nội vụ;" from old documents: keep only the name.
        while (recipient.startsWith(QLatin1Char('-')) || recipient.startsWith(QLatin1Char('+')))
            recipient = recipient.mid(1).trimmed();
        while (recipient.endsWith(QLatin1Char(';')) || recipient.endsWith(QLatin1Char('.')))
            recipient.chop(1);
        if (!recipient.isEmpty())
            c.recipients << recipient;
    }
    c.headingStyles = headingStyles();
    c.councilThresholdPercent = m_thresholdSpinBox->value();
    c.councilVoteBase = CouncilBase(m_voteBaseComboBox->currentData().toInt());
    c.councilSecretBallot = m_secretBallotCheckBox->isChecked();
}
