#include "ui/agency/WordingDialog.h"

#include "core/storage/Database.h"
#include "core/storage/WordingRepository.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

WordingDialog::WordingDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
{
    setWindowTitle(tr("Câu chữ hồ sơ khen thưởng"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Những câu chữ này tùy theo quy chế thi đua, khen thưởng của tỉnh. Chữ trong ngoặc nhọn được điền "
                                "tự động khi lập văn bản."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const Result<Wording> stored = WordingRepository(m_db).load();
    const Wording wording = stored ? stored.value() : Wording {};
    for (WordingKey key : Wording::keys()) {
        auto* editor = new QPlainTextEdit(wording.text(key), this);
        editor->setTabChangesFocus(true);
        const bool basis = key == WordingKey::LegalBasis || key == WordingKey::DecisionLegalBasis;
        editor->setMaximumHeight(basis ? 140 : 60);
        editor->setToolTip(tr("Chỗ điền: %1").arg(Wording::placeholders(key).join(QStringLiteral(", "))));
        auto* reset = new QPushButton(tr("Mặc định"), this);
        reset->setToolTip(tr("Trở lại câu chữ mặc định"));
        connect(reset, &QPushButton::clicked, editor, [editor, key] { editor->setPlainText(Wording::defaultText(key)); });
        auto* row = new QHBoxLayout;
        row->addWidget(editor, 1);
        row->addWidget(reset, 0, Qt::AlignTop);
        form->addRow(Wording::label(key) + QLatin1Char(':'), row);
        m_editors[key] = editor;
    }
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &WordingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WordingDialog::reject);
    layout->addWidget(buttons);
    resizeForScreen(this, QSize(860, 700));
}

WordingDialog::~WordingDialog() = default;

void WordingDialog::accept()
{
    WordingRepository wordings(m_db);
    // All or nothing: a refused text keeps every other one as it was.
    const Status saved = m_db.transact([&]() -> Status {
        for (const auto& [key, editor] : m_editors)
            if (Status s = wordings.save(key, editor->toPlainText()); !s)
                return s;
        return {};
    });
    if (!saved) {
        MessageBox::warning(this, tr("Câu chữ hồ sơ khen thưởng"), saved.error().message, saved.error().detail);
        return;
    }
    QDialog::accept();
}
