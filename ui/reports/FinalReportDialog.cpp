#include "ui/reports/FinalReportDialog.h"

#include "ui/widgets/ScreenFit.h"
#include "core/storage/DocumentIssueRepository.h"
#include "core/storage/FinalReportRepository.h"
#include "ui/documents/DocumentView.h"
#include "ui/widgets/DocumentIssueEditor.h"
#include "ui/widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

FinalReportDialog::FinalReportDialog(Database& database, qint64 campaignId, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
{
    setWindowTitle(tr("Báo cáo tổng kết đợt thi đua"));
    m_saved.campaignId = campaignId;
    if (Result<FinalReport::Narrative> stored = FinalReportRepository(m_db).load(campaignId))
        m_saved = stored.value();
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(this);
    auto* left = new QWidget(splitter);
    auto* form = new QFormLayout(left);
    auto* intro = new QLabel(tr("Viết các phần nhận xét; số liệu và danh sách được tính lại từ báo cáo của các đơn vị và các đề nghị "
                                "mỗi khi xem, in hoặc xuất."),
        left);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_issueEditor = new DocumentIssueEditor(tr("Báo cáo &số:"), tr("&Ngày:"), left);
    if (Result<DocumentIssue> issue
        = DocumentIssueRepository(m_db).load(campaignId, DocumentIssueRepository::Kind::FinalReport, {}, QDate::currentDate()))
        m_issueEditor->setIssue(issue.value());
    form->addRow(m_issueEditor);
    auto editor = [&](const QString& text, const QString& placeholder) {
        auto* edit = new QPlainTextEdit(text, left);
        edit->setTabChangesFocus(true);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    Result<FinalReport::Input> input = FinalReport::load(m_db, campaignId);
    if (input)
        m_issueEditor->setPrintedSymbol(FinalReport::reportSymbol(input.value().agency));
    m_deployment = editor(m_saved.deployment, input ? FinalReport::defaultDeployment(input.value()) : QString());
    m_deployment->setToolTip(tr("Để trống: dùng câu mặc định (đang hiện mờ)"));
    m_strengths = editor(m_saved.strengths, tr("Mỗi ý một dòng"));
    m_shortcomings = editor(m_saved.shortcomings, tr("Mỗi ý một dòng"));
    m_recommendations = editor(m_saved.recommendations, tr("Mỗi ý một dòng"));
    form->addRow(tr("I. Công tác triển khai:"), m_deployment);
    form->addRow(tr("III.1. Ưu điểm:"), m_strengths);
    form->addRow(tr("III.2. Tồn tại, hạn chế:"), m_shortcomings);
    form->addRow(tr("IV. Đề xuất, kiến nghị:"), m_recommendations);
    m_view = new DocumentView(splitter);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 420, 700 });
    layout->addWidget(splitter, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &FinalReportDialog::reject);
    layout->addWidget(buttons);

    // What is typed is kept after a pause, then the preview follows.
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(700);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        if (saveNarrative())
            m_view->refreshNow();
    });
    connect(m_issueEditor, &DocumentIssueEditor::edited, this, [this, campaignId] {
        const Status saved
            = DocumentIssueRepository(m_db).save(campaignId, DocumentIssueRepository::Kind::FinalReport, {}, m_issueEditor->issue());
        if (!saved) {
            MessageBox::warning(this, tr("Báo cáo tổng kết"), saved.error().message, saved.error().detail);
            return; // what was typed stays in the field
        }
        m_view->refreshNow();
    });
    for (QPlainTextEdit* edit : { m_deployment, m_strengths, m_shortcomings, m_recommendations })
        connect(edit, &QPlainTextEdit::textChanged, m_saveTimer, qOverload<>(&QTimer::start));

    Database* db = &m_db;
    m_view->setSource(
        [db, campaignId]() -> Result<doc::Document> {
            Result<FinalReport::Input> loaded = FinalReport::load(*db, campaignId);
            if (!loaded)
                return loaded.error();
            return FinalReport::build(loaded.value());
        },
        [](DocumentFormat format) {
            return format == DocumentFormat::Docx ? QStringLiteral("BC-tong-ket-dot-thi-dua.docx") : QStringLiteral("BC-tong-ket-dot-thi-dua.pdf");
        });
    resizeForScreen(this, QSize(1200, 860));
}

FinalReportDialog::~FinalReportDialog() = default;

FinalReport::Narrative FinalReportDialog::narrativeFromForm() const
{
    FinalReport::Narrative n = m_saved;
    n.deployment = m_deployment->toPlainText().trimmed();
    n.strengths = m_strengths->toPlainText().trimmed();
    n.shortcomings = m_shortcomings->toPlainText().trimmed();
    n.recommendations = m_recommendations->toPlainText().trimmed();
    return n;
}

bool FinalReportDialog::saveNarrative()
{
    const FinalReport::Narrative edited = narrativeFromForm();
    if (edited == m_saved)
        return true;
    if (Status saved = FinalReportRepository(m_db).save(edited); !saved) {
        MessageBox::warning(this, tr("Báo cáo tổng kết"), saved.error().message, saved.error().detail);
        return false;
    }
    m_saved = edited;
    return true;
}

void FinalReportDialog::done(int result)
{
    m_saveTimer->stop();
    if (!saveNarrative())
        return;
    QDialog::done(result);
}
