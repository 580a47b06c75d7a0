#include "ui/proposals/PaperworkDialog.h"

#include "ui/widgets/ScreenFit.h"
#include "core/common/TextFolding.h"
#include "ui/documents/DocumentView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

PaperworkDialog::PaperworkDialog(Kind kind, std::vector<Paperwork::Input> inputs, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
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
    layout->addLayout(bar);
    m_view = new DocumentView(this);
    layout->addWidget(m_view, 1);
    connect(m_groupComboBox, &QComboBox::currentIndexChanged, this, &PaperworkDialog::showGroup);
    showGroup(0);
    resizeForScreen(this, QSize(900, 820));
}

PaperworkDialog::~PaperworkDialog() = default;

void PaperworkDialog::showGroup(int index)
{
    if (index < 0 || index >= int(m_inputs.size()))
        return;
    const Paperwork::Input input = m_inputs[size_t(index)];
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
