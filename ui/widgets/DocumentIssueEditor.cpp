#include "ui/widgets/DocumentIssueEditor.h"

#include "ui/widgets/DateTyping.h"
#include "ui/widgets/ProblemLabel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

DocumentIssueEditor::DocumentIssueEditor(const QString& numberLabel, const QString& dateLabel, QWidget* parent)
    : QWidget(parent)
{
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    column->addLayout(row);
    m_symbolWarningLabel = makeProblemLabel(this, QStringLiteral("symbolWarningLabel"));
    column->addWidget(m_symbolWarningLabel);
    m_numberEdit = new QLineEdit(this);
    m_numberEdit->setObjectName(QStringLiteral("issueNumberLineEdit"));
    m_numberEdit->setPlaceholderText(tr("để trống: ghi tay"));
    m_numberEdit->setToolTip(tr("Số đăng ký của văn bản, ví dụ 15 hoặc 15/QĐ-SKHCN (phần ký hiệu sau dấu «/» do chương trình in)"));
    m_numberEdit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0")) * 18);
    auto* label = new QLabel(numberLabel, this);
    label->setBuddy(m_numberEdit);
    m_dateCheckBox = new QCheckBox(dateLabel, this);
    m_dateCheckBox->setObjectName(QStringLiteral("issueDateCheckBox"));
    m_dateCheckBox->setToolTip(tr("Bỏ chọn để để trống ngày, tháng (ghi tay khi đăng ký văn bản)"));
    m_dateEdit = new QDateEdit(QDate::currentDate(), this);
    acceptTypedDates(m_dateEdit);
    m_dateEdit->setObjectName(QStringLiteral("issueDateEdit"));
    m_dateEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setEnabled(false);
    row->addWidget(label);
    row->addWidget(m_numberEdit);
    row->addWidget(m_dateCheckBox);
    row->addWidget(m_dateEdit);
    auto emitEdited = [this] {
        if (!m_showing)
            Q_EMIT edited();
    };
    connect(m_numberEdit, &QLineEdit::editingFinished, this, emitEdited);
    connect(m_numberEdit, &QLineEdit::textChanged, this, &DocumentIssueEditor::checkSymbol);
    connect(m_dateCheckBox, &QCheckBox::toggled, this, [this, emitEdited](bool on) {
        m_dateEdit->setEnabled(on);
        emitEdited();
    });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, emitEdited);
}

void DocumentIssueEditor::setIssue(const DocumentIssue& issue)
{
    m_showing = true;
    m_blankYear = issue.year;
    m_numberEdit->setText(issue.number);
    m_dateEdit->setDate(issue.date.value_or(QDate::currentDate()));
    m_dateCheckBox->setChecked(issue.date.has_value());
    m_dateEdit->setEnabled(issue.date.has_value());
    m_showing = false;
}

void DocumentIssueEditor::setPrintedSymbol(const QString& symbol)
{
    m_printedSymbol = symbol;
    checkSymbol();
}

QString DocumentIssueEditor::symbolWarning() const
{
    const QString typed = DocumentIssue::typedSymbol(m_numberEdit->text());
    if (typed.isEmpty() || m_printedSymbol.isEmpty() || DocumentIssue::sameSymbol(typed, m_printedSymbol))
        return {};
    return tr("Ký hiệu «%1» khác ký hiệu của văn bản này («%2»). Văn bản sẽ in «%3/%2»; hãy kiểm tra lại số đã lấy ở sổ văn bản.")
        .arg(typed, m_printedSymbol, DocumentIssue::ownNumber(m_numberEdit->text()));
}

void DocumentIssueEditor::checkSymbol()
{
    const QString warning = symbolWarning();
    m_symbolWarningLabel->setText(warning);
    m_symbolWarningLabel->setVisible(!warning.isEmpty());
}

DocumentIssue DocumentIssueEditor::issue() const
{
    return DocumentIssue { m_numberEdit->text().trimmed(),
        m_dateCheckBox->isChecked() ? std::optional<QDate>(m_dateEdit->date()) : std::nullopt, m_blankYear };
}
