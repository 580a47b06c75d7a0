#include "ui/agency/AgencyPage.h"

#include "core/storage/AgencyRepository.h"
#include "ui/agency/RewardMoneyDialog.h"
#include "ui/agency/SubmissionRoutesDialog.h"
#include "ui/agency/WordingDialog.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/UnsavedMark.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

AgencyPage::AgencyPage(QWidget* parent)
    : Page(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Thông tin cơ quan</h2>"
                                "<p>Dùng cho phần đầu và phần ký của mọi văn bản ThiDua soạn ra.</p>"),
        this);
    layout->addWidget(title);
    layout->addWidget(buildProfileBox());
    layout->addWidget(buildSignersBox(), 1);
    setEnabled(false);
}

namespace {
// Two governing bodies, one a line in the documents, typed on one line: "BỘ X / CỤC Y".
const QString AuthoritySeparator = QStringLiteral(" / ");
} // namespace

QWidget* AgencyPage::buildProfileBox()
{
    auto* box = new QGroupBox(tr("Cơ quan ban hành"), this);
    auto* form = new QFormLayout(box);
    m_parentAuthorityLineEdit = new QLineEdit(box);
    m_parentAuthorityLineEdit->setPlaceholderText(tr("Ví dụ: UBND TỈNH LAI CHÂU"));
    m_parentAuthorityLineEdit->setToolTip(tr("Hai cấp chủ quản (cơ quan trực thuộc một cơ quan khác): viết cách nhau "
                                             "bởi « / », mỗi cấp in một dòng ở góc trái văn bản."));
    m_agencyNameLineEdit = new QLineEdit(box);
    m_agencyNameLineEdit->setPlaceholderText(tr("Ví dụ: SỞ KHOA HỌC VÀ CÔNG NGHỆ"));
    m_abbreviationLineEdit = new QLineEdit(box);
    m_abbreviationLineEdit->setPlaceholderText(tr("Ví dụ: SKHCN (dùng trong số, ký hiệu văn bản)"));
    m_placeNameLineEdit = new QLineEdit(box);
    m_placeNameLineEdit->setObjectName(QStringLiteral("placeNameLineEdit"));
    m_placeNameLineEdit->setPlaceholderText(tr("Ví dụ: Lai Châu"));
    form->addRow(tr("Cơ quan &chủ quản:"), m_parentAuthorityLineEdit);
    form->addRow(tr("&Tên cơ quan:"), m_agencyNameLineEdit);
    form->addRow(tr("Chữ &viết tắt:"), m_abbreviationLineEdit);
    form->addRow(tr("Đị&a danh:"), m_placeNameLineEdit);
    m_nameInTextLineEdit = new QLineEdit(box);
    m_nameInTextLineEdit->setPlaceholderText(tr("Ví dụ: Sở Khoa học và Công nghệ (cách viết tên trong câu văn)"));
    form->addRow(tr("Tên viết trong &câu:"), m_nameInTextLineEdit);
    m_saveAgencyButton = new QPushButton(tr("&Lưu thông tin cơ quan"), box);
    m_saveAgencyButton->setObjectName(QStringLiteral("saveAgencyButton"));
    m_saveAgencyButton->setToolTip(tr("Lưu (Ctrl+S)"));
    connect(m_saveAgencyButton, &QPushButton::clicked, this, &AgencyPage::saveAgency);
    m_agencyMark = new UnsavedMark(m_saveAgencyButton, [this] { return m_db && profileModified(); });
    m_agencyMark->watch(box);
    for (QLineEdit* field : box->findChildren<QLineEdit*>())
        connect(field, &QLineEdit::returnPressed, this, &AgencyPage::saveAgency); // Enter saves, as on every form
    auto* row = new QHBoxLayout;
    row->addWidget(m_saveAgencyButton);
    // The agency's rules for its paperwork, each in a dialog of its own.
    auto dialogButton = [&](const QString& text, const QString& name, const QString& tip, auto open) {
        auto* button = new QPushButton(text, box);
        button->setObjectName(name);
        button->setToolTip(tip);
        connect(button, &QPushButton::clicked, this, [this, open] {
            if (m_db)
                open(*m_db);
        });
        row->addWidget(button);
    };
    dialogButton(tr("Câu chữ hồ sơ khen thưởng…"), QStringLiteral("wordingButton"),
        tr("Căn cứ pháp lý, nơi gửi, các điều của quyết định — theo quy chế của tỉnh"),
        [this](Database& db) { WordingDialog(db, this).exec(); });
    dialogButton(tr("Tiền thưởng…"), QStringLiteral("rewardMoneyButton"),
        tr("Mức lương cơ sở và hệ số tiền thưởng của từng hình thức (Điều 2 của quyết định)"),
        [this](Database& db) { RewardMoneyDialog(db, this).exec(); });
    dialogButton(tr("Trình khen theo cấp…"), QStringLiteral("submissionRoutesButton"),
        tr("Với mỗi cấp khen thưởng: Văn phòng hay cơ quan đứng tên Tờ trình, và ai ký"),
        [this](Database& db) { SubmissionRoutesDialog(db, this).exec(); });
    row->addStretch();
    form->addRow(QString(), row);
    return box;
}

QWidget* AgencyPage::buildSignersBox()
{
    auto* box = new QGroupBox(tr("Người ký văn bản"), this);
    auto* layout = new QHBoxLayout(box);
    m_signersTableWidget = new QTableWidget(0, 3, box);
    m_signersTableWidget->setTabKeyNavigation(false); // Tab moves on, out of the table
    m_signersTableWidget->setHorizontalHeaderLabels({ tr("Họ và tên"), tr("Chức vụ"), tr("Quyền hạn ký") });
    m_signersTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_signersTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_signersTableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_signersTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_signersTableWidget->verticalHeader()->hide();
    connect(m_signersTableWidget, &QTableWidget::currentCellChanged, this, [this](int row) { showSigner(row); });
    layout->addWidget(m_signersTableWidget, 3);

    auto* formBox = new QWidget(box);
    auto* form = new QFormLayout(formBox);
    m_signerNameLineEdit = new QLineEdit(formBox);
    m_signerPositionLineEdit = new QLineEdit(formBox);
    m_signerPositionLineEdit->setPlaceholderText(tr("Ví dụ: PHÓ GIÁM ĐỐC"));
    m_signingPrefixLineEdit = new QLineEdit(formBox);
    m_signingPrefixLineEdit->setPlaceholderText(tr("Ví dụ: KT. GIÁM ĐỐC (để trống nếu ký trực tiếp)"));
    form->addRow(tr("Họ và tên:"), m_signerNameLineEdit);
    form->addRow(tr("Chức vụ:"), m_signerPositionLineEdit);
    form->addRow(tr("Quyền hạn ký:"), m_signingPrefixLineEdit);
    auto* buttons = new QHBoxLayout;
    auto* addButton = new QPushButton(tr("Thêm mới"), formBox);
    auto* saveButton = new QPushButton(tr("Lưu người ký"), formBox);
    auto* removeButton = new QPushButton(tr("Xóa"), formBox);
    removeButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)); // as for a campaign
    connect(addButton, &QPushButton::clicked, this, &AgencyPage::addSigner);
    connect(saveButton, &QPushButton::clicked, this, &AgencyPage::saveSigner);
    connect(removeButton, &QPushButton::clicked, this, &AgencyPage::removeSigner);
    buttons->addWidget(addButton);
    buttons->addWidget(saveButton);
    buttons->addWidget(removeButton);
    form->addRow(buttons);
    layout->addWidget(formBox, 2);
    return box;
}

void AgencyPage::setDatabase(Database* database)
{
    m_db = database;
    setEnabled(m_db != nullptr);
    m_saved = {};
    if (m_db) {
        Result<Agency> agency = AgencyRepository(*m_db).load();
        if (agency)
            m_saved = agency.value();
        else
            MessageBox::warning(this, tr("Cơ quan"), agency.error().message, agency.error().detail);
    }
    m_parentAuthorityLineEdit->setText(m_saved.parentAuthority.split(QLatin1Char('\n')).join(AuthoritySeparator));
    m_agencyNameLineEdit->setText(m_saved.name);
    m_abbreviationLineEdit->setText(m_saved.abbreviation);
    m_placeNameLineEdit->setText(m_saved.placeName);
    m_nameInTextLineEdit->setText(m_saved.nameInText);
    m_agencyMark->update();
    reloadSigners();
}

Agency AgencyPage::agencyFromForm() const
{
    QStringList authorities = m_parentAuthorityLineEdit->text().split(AuthoritySeparator.trimmed());
    for (QString& line : authorities)
        line = line.trimmed();
    authorities.removeAll(QString());
    return { authorities.join(QLatin1Char('\n')), m_agencyNameLineEdit->text().trimmed(),
        m_abbreviationLineEdit->text().trimmed(), m_placeNameLineEdit->text().trimmed(),
        m_nameInTextLineEdit->text().trimmed() };
}

bool AgencyPage::profileModified() const
{
    const Agency form = agencyFromForm();
    return form.parentAuthority != m_saved.parentAuthority || form.name != m_saved.name
        || form.abbreviation != m_saved.abbreviation || form.placeName != m_saved.placeName
        || form.nameInText != m_saved.nameInText;
}

bool AgencyPage::saveAgency()
{
    if (!m_db)
        return false;
    const Agency agency = agencyFromForm();
    if (Status s = AgencyRepository(*m_db).save(agency); !s) {
        MessageBox::warning(this, tr("Không lưu được"), s.error().message, s.error().detail);
        return false;
    }
    m_saved = agency;
    m_agencyMark->update();
    Q_EMIT dataChanged();
    return true;
}

bool AgencyPage::confirmLeave()
{
    if (!m_db || !profileModified())
        return true;
    switch (MessageBox::question(this, tr("Thông tin cơ quan"),
        tr("Thông tin cơ quan đã thay đổi nhưng chưa lưu. Lưu lại không?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save)) {
    case QMessageBox::Save:
        return saveAgency();
    case QMessageBox::Discard:
        setDatabase(m_db);
        return true;
    default:
        return false;
    }
}

void AgencyPage::reloadSigners()
{
    m_signers.clear();
    if (m_db) {
        Result<std::vector<Signer>> signers = AgencyRepository(*m_db).signers();
        if (signers)
            m_signers = signers.value();
    }
    m_signersTableWidget->setRowCount(int(m_signers.size()));
    for (int row = 0; row < int(m_signers.size()); ++row) {
        const Signer& s = m_signers[size_t(row)];
        m_signersTableWidget->setItem(row, 0, new QTableWidgetItem(s.fullName));
        m_signersTableWidget->setItem(row, 1, new QTableWidgetItem(s.position));
        m_signersTableWidget->setItem(row, 2, new QTableWidgetItem(s.signingPrefix));
    }
    if (!m_signers.empty())
        m_signersTableWidget->selectRow(0);
    showSigner(m_signersTableWidget->currentRow());
}

void AgencyPage::showSigner(int row)
{
    const bool valid = row >= 0 && row < int(m_signers.size());
    const Signer signer = valid ? m_signers[size_t(row)] : Signer {};
    m_signerNameLineEdit->setText(signer.fullName);
    m_signerPositionLineEdit->setText(signer.position);
    m_signingPrefixLineEdit->setText(signer.signingPrefix);
}

void AgencyPage::addSigner()
{
    m_signersTableWidget->clearSelection();
    m_signersTableWidget->setCurrentCell(-1, -1);
    showSigner(-1);
    m_signerNameLineEdit->setFocus();
}

void AgencyPage::saveSigner()
{
    if (!m_db)
        return;
    const int row = m_signersTableWidget->currentRow();
    Signer signer { row >= 0 && row < int(m_signers.size()) ? m_signers[size_t(row)].id : 0,
        m_signerNameLineEdit->text(), m_signerPositionLineEdit->text(), m_signingPrefixLineEdit->text() };
    AgencyRepository repository(*m_db);
    Status saved;
    if (signer.id)
        saved = repository.updateSigner(signer);
    else if (Result<qint64> added = repository.addSigner(signer); !added)
        saved = added.error();
    if (!saved) {
        MessageBox::warning(this, tr("Không lưu được"), saved.error().message, saved.error().detail);
        return;
    }
    reloadSigners();
    Q_EMIT dataChanged();
}

void AgencyPage::removeSigner()
{
    const int row = m_signersTableWidget->currentRow();
    if (!m_db || row < 0 || row >= int(m_signers.size()))
        return;
    const Signer signer = m_signers[size_t(row)];
    if (MessageBox::question(this, tr("Xóa người ký"),
            tr("Xóa người ký «%1»? Các kế hoạch đang chọn người này sẽ phải chọn lại người ký.").arg(signer.fullName))
        != QMessageBox::Yes)
        return;
    if (Status s = AgencyRepository(*m_db).removeSigner(signer.id); !s)
        MessageBox::warning(this, tr("Không xóa được"), s.error().message, s.error().detail);
    reloadSigners();
    Q_EMIT dataChanged();
}
