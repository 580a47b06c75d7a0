#include "ui/agency/SubmissionRoutesDialog.h"

#include "core/domain/Labels.h"
#include "core/storage/AgencyRepository.h"
#include "core/storage/AwardFormRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SubmissionRouteRepository.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

// "KT. GIÁM ĐỐC — PHÓ GIÁM ĐỐC Trần Văn Tuấn"
QString signerText(const Signer& signer)
{
    const QString who = QStringLiteral("%1 %2").arg(signer.position, signer.fullName).trimmed();
    return signer.signingPrefix.isEmpty() ? who : QStringLiteral("%1 — %2").arg(signer.signingPrefix, who);
}

} // namespace

SubmissionRoutesDialog::SubmissionRoutesDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
{
    setWindowTitle(tr("Trình khen theo cấp"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Với mỗi cấp khen thưởng: đơn vị đứng tên trình (Văn phòng — cơ quan thường trực Hội đồng Thi đua - "
           "Khen thưởng, hay chính cơ quan) và người ký Tờ trình. Nơi nhận (Kính gửi) sửa ở «Câu chữ hồ sơ khen "
           "thưởng…»."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    Result<std::vector<Signer>> signersRead = AgencyRepository(m_db).signers();
    Result<std::vector<AwardForm>> formsRead = AwardFormRepository(m_db).all();
    Result<std::vector<SubmissionRoute>> routesRead = SubmissionRouteRepository(m_db).all();
    const std::vector<Signer> signers = signersRead ? signersRead.value() : std::vector<Signer> {};
    const std::vector<AwardForm> forms = formsRead ? formsRead.value() : std::vector<AwardForm> {};
    m_stored = routesRead ? routesRead.value() : std::vector<SubmissionRoute> {};
    for (AwardLevel level : SubmissionRoute::levels()) {
        QStringList names;
        for (const AwardForm& f : forms)
            if (f.level == level)
                names << f.name;
        Row row;
        row.sender = new QComboBox(this);
        row.sender->setObjectName(QStringLiteral("routeSender_%1").arg(int(level)));
        row.sender->addItem(tr("Văn phòng trình"), int(SubmissionRoute::Sender::Office));
        row.sender->addItem(tr("Cơ quan trình"), int(SubmissionRoute::Sender::Agency));
        row.signer = new QComboBox(this);
        row.signer->setObjectName(QStringLiteral("routeSigner_%1").arg(int(level)));
        row.signer->addItem(QString(), qint64(0));
        for (const Signer& s : signers)
            row.signer->addItem(signerText(s), s.id);
        // The default signer depends on who submits.
        auto defaultText = [combo = row.signer, sender = row.sender] {
            combo->setItemText(0,
                sender->currentData().toInt() == int(SubmissionRoute::Sender::Office)
                    ? SubmissionRoutesDialog::tr("Mặc định: Chánh Văn phòng")
                    : SubmissionRoutesDialog::tr("Mặc định: người ký của đợt thi đua"));
        };
        connect(row.sender, &QComboBox::currentIndexChanged, this, defaultText);
        defaultText();
        auto* fields = new QHBoxLayout;
        fields->addWidget(row.sender);
        auto* signerLabel = new QLabel(tr("ký:"), this);
        signerLabel->setBuddy(row.signer);
        fields->addWidget(signerLabel);
        fields->addWidget(row.signer, 1);
        auto* label = new QLabel(names.isEmpty()
                ? awardLevelLabel(level)
                : QStringLiteral("%1 (%2)").arg(awardLevelLabel(level), names.join(QStringLiteral("; "))),
            this);
        form->addRow(label, fields);
        m_rows[level] = row;
    }
    for (const SubmissionRoute& route : m_stored)
        setRoute(route);
    layout->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SubmissionRoutesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SubmissionRoutesDialog::reject);
    layout->addWidget(buttons);
    resizeForScreen(this, QSize(860, 300));
}

SubmissionRoutesDialog::~SubmissionRoutesDialog() = default;

void SubmissionRoutesDialog::setRoute(const SubmissionRoute& route)
{
    const auto found = m_rows.find(route.level);
    if (found == m_rows.end())
        return;
    const Row& row = found->second;
    row.sender->setCurrentIndex(row.sender->findData(int(route.sender)));
    const int signer = row.signer->findData(route.signerId);
    row.signer->setCurrentIndex(signer >= 0 ? signer : 0);
}

SubmissionRoute SubmissionRoutesDialog::route(AwardLevel level) const
{
    const Row& row = m_rows.at(level);
    return SubmissionRoute { level, SubmissionRoute::Sender(row.sender->currentData().toInt()),
        row.signer->currentData().toLongLong() };
}

void SubmissionRoutesDialog::accept()
{
    const Status saved = m_db.transact([&]() -> Status {
        SubmissionRouteRepository routes(m_db);
        for (const SubmissionRoute& stored : m_stored)
            if (const SubmissionRoute shown = route(stored.level); !(shown == stored))
                if (Status s = routes.save(shown); !s)
                    return s;
        return {};
    });
    if (!saved) {
        MessageBox::warning(this, tr("Không lưu được"), saved.error().message, saved.error().detail);
        return;
    }
    QDialog::accept();
}
