#include "ui/campaigns/PlanImportDialog.h"

#include "core/documents/PlanBuilder.h"
#include "core/domain/PlanOutlineEditing.h"
#include "core/storage/AgencyRepository.h"
#include "ui/documents/DocumentView.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

void addSections(QTreeWidget* tree, QTreeWidgetItem* parent, const Campaign& campaign,
    const std::vector<PlanSection>& sections, const SectionPath& parentPath)
{
    for (int row = 0; row < int(sections.size()); ++row) {
        const SectionPath path = SectionPath(parentPath) << row;
        const PlanSection& section = sections[size_t(row)];
        const QString number = sectionNumber(campaign.sections, path, campaign.headingStyles);
        const QString title = section.heading.isEmpty()
            ? PlanImportDialog::tr("(căn cứ, lời dẫn)")
            : QStringLiteral("%1 %2").arg(number, section.heading).trimmed();
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(0, title);
        item->setText(1, PlanImportDialog::tr("%n đoạn", nullptr, int(section.blocks.size())));
        addSections(tree, item, campaign, section.children, path);
    }
}

} // namespace

PlanImportDialog::PlanImportDialog(
    Database& database, PlanImport::Recognised recognised, const CampaignSummary& openCampaign, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
    , m_recognised(std::move(recognised))
    , m_open(openCampaign)
{
    setWindowTitle(tr("Nhập kế hoạch từ Word"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Kiểm tra các mục chương trình đã nhận ra và bản in dưới đây. «Nhập thành đợt mới»: kế hoạch thành một đợt "
           "thi đua mới, sửa tiếp được ở «Đề cương kế hoạch». «Thay đề cương đợt đang mở»: chỉ đề cương và cách đánh "
           "số được thay, hoàn tác được (Ctrl+Z), ghi khi lưu đợt. Hủy: không ghi gì."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* splitter = new QSplitter(this);
    auto* left = new QSplitter(Qt::Vertical, splitter);
    m_outline = new QTreeWidget(left);
    m_outline->setObjectName(QStringLiteral("importOutlineTree"));
    m_outline->setHeaderLabels({ tr("Mục"), tr("Nội dung") });
    addSections(m_outline, nullptr, m_recognised.campaign, m_recognised.campaign.sections, {});
    m_outline->expandAll();
    m_outline->header()->setStretchLastSection(false);
    m_outline->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_outline->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_notes = new QListWidget(left);
    m_notes->setObjectName(QStringLiteral("importNotesList"));
    m_notes->setWordWrap(true);
    m_notes->addItems(m_recognised.notes);
    m_view = new DocumentView(splitter);
    splitter->setStretchFactor(0, 2); // the outline and its notes beside the page, readable
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 400, 600 });
    left->setSizes({ 500, 160 });
    layout->addWidget(splitter, 1);

    // The plan as it will print: the header read from the file, else this agency's.
    Agency agency = m_recognised.agency;
    if (agency.name.isEmpty())
        if (Result<Agency> own = AgencyRepository(m_db).load())
            agency = own.value();
    const Signer signer { 0, m_recognised.signerName, m_recognised.signerPosition, m_recognised.signingPrefix };
    const Campaign campaign = m_recognised.campaign;
    m_view->setSource(
        [campaign, agency, signer]() -> Result<doc::Document> {
            return PlanBuilder::build(campaign, agency, signer, {});
        },
        [](DocumentFormat format) {
            return format == DocumentFormat::Docx ? QStringLiteral("ke-hoach-nhap.docx")
                                                  : QStringLiteral("ke-hoach-nhap.pdf");
        });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Nhập thành đợt mới"));
    if (m_open.id > 0) {
        m_replaceButton = buttons->addButton(tr("Thay đề cương đợt đang mở"), QDialogButtonBox::ActionRole);
        m_replaceButton->setObjectName(QStringLiteral("replaceOutlineButton"));
        m_replaceButton->setToolTip(tr("Thay đề cương của «%1» bằng đề cương nhập; tên, số, ngày, người ký và nơi "
                                       "nhận của đợt giữ nguyên.")
                                        .arg(m_open.name));
        connect(m_replaceButton, &QPushButton::clicked, this, &PlanImportDialog::acceptAsOutline);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanImportDialog::reject);
    layout->addWidget(buttons);
    resizeForScreen(this, QSize(1200, 820));
}

PlanImportDialog::~PlanImportDialog() = default;

void PlanImportDialog::accept()
{
    Result<qint64> added = PlanImport::addCampaign(m_db, m_recognised);
    if (!added) {
        MessageBox::warning(this, tr("Không nhập được kế hoạch"), added.error().message, added.error().detail);
        return;
    }
    m_added = added.value();
    QDialog::accept();
}

void PlanImportDialog::acceptAsOutline()
{
    if (Status replaceable = PlanImport::outlineReplaceable(m_db, m_open.id); !replaceable) {
        MessageBox::warning(this, tr("Không thay được đề cương"), replaceable.error().message, replaceable.error().detail);
        return;
    }
    m_added = 0;
    QDialog::accept();
}
