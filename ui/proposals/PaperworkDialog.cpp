#include "ui/proposals/PaperworkDialog.h"

#include "ui/widgets/ScreenFit.h"
#include "core/common/TextFolding.h"
#include "core/storage/DocumentIssueRepository.h"
#include "ui/documents/DocumentView.h"
#include "ui/widgets/ProblemLabel.h"
#include "ui/widgets/DocumentIssueEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

PaperworkDialog::PaperworkDialog(Kind kind, Database& database, std::vector<Paperwork::Input> inputs, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_db(database)
    , m_inputs(std::move(inputs))
{
    setWindowTitle(kind == Kind::Submission ? tr("Tờ trình đề nghị khen thưởng") : tr("Danh sách đề nghị khen thưởng"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Cấp quyết định:"), this));
    m_groupComboBox = new QComboBox(this);
    for (const Paperwork::Input& input : m_inputs)
        m_groupComboBox->addItem(tr("%1 (%2 đề nghị)").arg(input.nominations.front().form.decidedBy).arg(input.nominations.size()));
    bar->addWidget(m_groupComboBox, 1);
    m_issueEditor = new DocumentIssueEditor(tr("Tờ trình &số:"), tr("&Ngày:"), this);
    bar->addWidget(m_issueEditor);
    layout->addLayout(bar);
    m_problemLabel = makeProblemLabel(this, QStringLiteral("paperworkProblemLabel"));
    layout->addWidget(m_problemLabel);
    m_view = new DocumentView(this);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this); // as on the decision's window
    connect(buttons, &QDialogButtonBox::rejected, this, &PaperworkDialog::reject);
    layout->addWidget(buttons);
    connect(m_groupComboBox, &QComboBox::currentIndexChanged, this, &PaperworkDialog::showGroup);
    connect(m_issueEditor, &DocumentIssueEditor::edited, this, &PaperworkDialog::saveIssue);
    showGroup(0);
    resizeForScreen(this, QSize(900, 820));
}

PaperworkDialog::~PaperworkDialog() = default;

void PaperworkDialog::showGroup(int index)
{
    if (index < 0 || index >= int(m_inputs.size()))
        return;
    const Paperwork::Input input = m_inputs[size_t(index)];
    m_issueEditor->setIssue(input.issue);
    m_issueEditor->setPrintedSymbol(Paperwork::submissionSymbol(input));
    m_problemLabel->hide();
    const Kind kind = m_kind;
    m_view->setSource(
        [input, kind]() -> Result<doc::Document> {
            return kind == Kind::Submission ? Paperwork::submission(input) : Paperwork::list(input);
        },
        [input, kind](DocumentFormat format) {
            const QString decider = fileNameWords(input.nominations.front().form.decidedBy);
            return QStringLiteral("%1-%2-%3.%4")
                .arg(kind == Kind::Submission ? QStringLiteral("TTr") : QStringLiteral("Danh-sach"), decider)
                .arg(input.issue.printedYear())
                .arg(format == DocumentFormat::Docx ? QStringLiteral("docx") : QStringLiteral("pdf"));
        });
}

void PaperworkDialog::saveIssue()
{
    const int index = m_groupComboBox->currentIndex();
    if (index < 0 || index >= int(m_inputs.size()))
        return;
    Paperwork::Input& input = m_inputs[size_t(index)];
    DocumentIssue typed = m_issueEditor->issue();
    const QString authority = input.nominations.front().form.decidedBy;
    if (Status saved = DocumentIssueRepository(m_db).save(input.campaign.id, DocumentIssueRepository::Kind::Submission, authority, typed); !saved) {
        m_problemLabel->setText(saved.error().message);
        m_problemLabel->show();
        return; // what was typed stays in the field
    }
    m_problemLabel->hide();
    typed.number = DocumentIssue::ownNumber(typed.number);
    if (typed == input.issue)
        return;
    input.issue = typed;
    showGroup(index);
}
