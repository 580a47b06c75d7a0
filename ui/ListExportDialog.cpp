#include "ui/ListExportDialog.h"

#include "core/documents/writers/CsvWriter.h"

#include "ui/widgets/CampaignPicker.h"
#include "ui/widgets/DialogFolder.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>

ListExportDialog::ListExportDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_db(database)
{
    setWindowTitle(tr("Xuất danh sách"));
    auto* form = new QFormLayout(this);
    m_listComboBox = new QComboBox(this);
    for (ListExport::List list : { ListExport::List::Units, ListExport::List::People, ListExport::List::Assessments, ListExport::List::Proposals,
             ListExport::List::Awards })
        m_listComboBox->addItem(ListExport::label(list), int(list));
    m_campaignPicker = new CampaignPicker(this);
    m_campaignPicker->reload(&m_db);
    m_formatComboBox = new QComboBox(this);
    m_formatComboBox->addItem(tr("Bảng tính Excel (.xlsx)"), int(ListExport::Format::Xlsx));
    m_formatComboBox->addItem(tr("CSV cho Excel (.csv)"), int(ListExport::Format::Csv));
    // Excel splits a CSV on the list separator of the computer it runs on: that one by default.
    m_separatorComboBox = new QComboBox(this);
    m_separatorComboBox->setObjectName(QStringLiteral("csvSeparatorComboBox"));
    const QChar system = CsvWriter::systemSeparator();
    const auto shown = [](QChar c) { return c == QLatin1Char('\t') ? QStringLiteral("Tab") : QString(c); };
    m_separatorComboBox->addItem(tr("Theo máy này («%1»)").arg(shown(system)), QString(system));
    m_separatorComboBox->addItem(tr("Dấu phẩy («,»)"), QStringLiteral(","));
    m_separatorComboBox->addItem(tr("Dấu chấm phẩy («;»)"), QStringLiteral(";"));
    m_separatorComboBox->addItem(tr("Tab"), QStringLiteral("\t"));
    form->addRow(tr("&Danh sách:"), m_listComboBox);
    form->addRow(tr("Đợt &thi đua:"), m_campaignPicker);
    form->addRow(tr("Định &dạng:"), m_formatComboBox);
    form->addRow(tr("Dấu &phân cách CSV:"), m_separatorComboBox);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Xuất…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ListExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ListExportDialog::reject);
    form->addRow(buttons);
    auto campaignNeeded = [this] {
        m_campaignPicker->setEnabled(ListExport::needsCampaign(ListExport::List(m_listComboBox->currentData().toInt())));
    };
    connect(m_listComboBox, &QComboBox::currentIndexChanged, this, campaignNeeded);
    campaignNeeded();
    auto separatorNeeded = [this] { m_separatorComboBox->setEnabled(ListExport::Format(m_formatComboBox->currentData().toInt()) == ListExport::Format::Csv); };
    connect(m_formatComboBox, &QComboBox::currentIndexChanged, this, separatorNeeded);
    separatorNeeded();
}

ListExportDialog::~ListExportDialog() = default;

void ListExportDialog::choose(ListExport::List list, ListExport::Format format)
{
    m_listComboBox->setCurrentIndex(m_listComboBox->findData(int(list)));
    m_formatComboBox->setCurrentIndex(m_formatComboBox->findData(int(format)));
}

bool ListExportDialog::exportTo(const QString& path)
{
    const auto list = ListExport::List(m_listComboBox->currentData().toInt());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<XlsxWriter::Sheet> table = ListExport::build(m_db, list, m_campaignPicker->currentCampaignId());
    const QString chosen = m_separatorComboBox->currentData().toString();
    const QChar separator = chosen.isEmpty() ? CsvWriter::systemSeparator() : chosen.front();
    const Status written = table ? ListExport::write(table.value(), ListExport::Format(m_formatComboBox->currentData().toInt()), path, separator)
                                 : Status(table.error());
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::warning(this, tr("Xuất danh sách"), written.error().message, written.error().detail);
        return false;
    }
    return true;
}

void ListExportDialog::accept()
{
    const bool xlsx = ListExport::Format(m_formatComboBox->currentData().toInt()) == ListExport::Format::Xlsx;
    const QString name = QStringLiteral("%1.%2").arg(m_listComboBox->currentText(), xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Xuất danh sách"), DialogFolder::suggest(name),
        xlsx ? tr("Bảng tính Excel (*.xlsx)") : tr("Tệp CSV (*.csv)"));
    DialogFolder::remember(path);
    if (path.isEmpty() || !exportTo(path))
        return;
    MessageBox::information(this, tr("Đã xuất"), tr("Đã lưu %1").arg(QDir::toNativeSeparators(path)));
    QDialog::accept();
}
