#include "ui/annual/ReviewAdditionDialog.h"

#include "core/common/Settings.h"
#include "core/domain/Labels.h"
#include "core/season/AnnualReview.h"
#include "core/storage/AnnualCatalogueRepository.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

ReviewAdditionDialog::ReviewAdditionDialog(Database& database, int year, const Nominee& nominee, const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
    , m_year(year)
    , m_nominee(nominee)
{
    setWindowTitle(tr("Đề nghị ngoài tiêu chuẩn"));
    auto* form = new QFormLayout(this);
    const Result<EvaluationPeriod> period = AnnualCatalogueRepository(database).period();
    const QString when = period ? period.value().label(year) : QString::number(year); // "năm 2026", "năm học 2025 - 2026"
    auto* who = new QLabel(tr("<b>%1</b> — %2").arg(name.toHtmlEscaped(), when), this);
    form->addRow(tr("Đề nghị cho:"), who);
    m_titleComboBox = new QComboBox(this);
    m_titleComboBox->setObjectName(QStringLiteral("reviewTitleComboBox"));
    for (AnnualTitle title : AllAnnualTitles)
        if (annualTitleSubject(title) == nominee.kind)
            m_titleComboBox->addItem(annualTitleLabel(title), int(title));
    form->addRow(tr("&Danh hiệu:"), m_titleComboBox);
    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reviewReasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(tr("Vì sao đề nghị dù chưa đủ tiêu chuẩn tính được (Hội đồng sẽ đọc lý do này)"));
    form->addRow(tr("&Lý do:"), m_reasonEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Thêm vào danh sách"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void ReviewAdditionDialog::accept()
{
    Result<qint64> added = AnnualReview::addByHand(m_db, m_year, m_nominee, AnnualTitle(m_titleComboBox->currentData().toInt()),
        m_reasonEdit->toPlainText(), Settings::currentUserName());
    if (!added) {
        MessageBox::warning(this, tr("Chưa thêm được đề nghị"), added.error().message);
        m_reasonEdit->setFocus();
        return;
    }
    m_added = added.value();
    QDialog::accept();
}
