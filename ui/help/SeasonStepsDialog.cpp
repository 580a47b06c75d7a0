#include "ui/help/SeasonStepsDialog.h"

#include "ui/widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

SeasonStepsDialog::SeasonStepsDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Các bước của một đợt thi đua"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Làm lần lượt từ trên xuống. Bước nào đã có dữ liệu thì tự đánh dấu ✓; nút «Mở» đưa đến trang cần "
                                "làm, «?» mở phần hướng dẫn của bước đó."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_campaignLabel = new QLabel(this);
    m_campaignLabel->setObjectName(QStringLiteral("seasonCampaignLabel"));
    m_campaignLabel->setWordWrap(true);
    layout->addWidget(m_campaignLabel);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* list = new QWidget(scroll);
    m_grid = new QGridLayout(list);
    m_grid->setColumnStretch(1, 1);
    scroll->setWidget(list);
    layout->addWidget(scroll, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* guide = buttons->addButton(tr("Hướng dẫn sử dụng (F1)"), QDialogButtonBox::HelpRole);
    connect(guide, &QPushButton::clicked, this, &SeasonStepsDialog::openGuideStart);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeForScreen(this, QSize(720, 640));
}

void SeasonStepsDialog::setDatabase(Database* database)
{
    m_db = database;
    refresh();
}

void SeasonStepsDialog::showEvent(QShowEvent* event)
{
    refresh();
    QDialog::showEvent(event);
}

void SeasonStepsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        refresh(); // back from the main window, where a step may have been done
    QDialog::changeEvent(event);
}

void SeasonStepsDialog::refresh()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        if (QWidget* widget = item->widget()) { // later: its own button may be what asked for this
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_steps.clear();
    if (!m_db) {
        m_campaignLabel->setText(tr("Chưa mở tệp dữ liệu nào."));
        return;
    }
    QString campaign;
    Result<std::vector<SeasonStep>> steps = SeasonSteps::of(*m_db, &campaign);
    if (!steps) {
        m_campaignLabel->setText(steps.error().message);
        return;
    }
    m_steps = std::move(steps.value());
    m_campaignLabel->setText(campaign.isEmpty() ? tr("Chưa có đợt thi đua nào: bắt đầu ở bước 3.")
                                                : tr("Đợt đang theo dõi (mới nhất): <b>%1</b>").arg(campaign.toHtmlEscaped()));
    int done = 0;
    for (int row = 0; row < int(m_steps.size()); ++row) {
        const SeasonStep& step = m_steps[size_t(row)];
        done += step.done ? 1 : 0;
        auto* mark = new QLabel(step.done ? QStringLiteral("✓") : QStringLiteral("○"));
        mark->setStyleSheet(step.done ? QStringLiteral("color: #2e7d32; font-weight: bold;") : QString());
        mark->setAccessibleName(step.done ? tr("Đã xong") : tr("Chưa xong"));
        auto* text = new QLabel(QStringLiteral("<b>%1. %2</b><br>%3").arg(row + 1).arg(step.title.toHtmlEscaped(), step.hint.toHtmlEscaped()));
        text->setWordWrap(true);
        auto* open = new QPushButton(tr("Mở"));
        open->setObjectName(QStringLiteral("seasonStepOpen%1").arg(row));
        open->setToolTip(tr("Mở trang của bước «%1»").arg(step.title));
        connect(open, &QPushButton::clicked, this, [this, place = step.place] { Q_EMIT openPlace(place); });
        auto* help = new QPushButton(QStringLiteral("?"));
        help->setToolTip(tr("Hướng dẫn cho bước này"));
        help->setMaximumWidth(help->fontMetrics().horizontalAdvance(QStringLiteral("??")) + 16);
        connect(help, &QPushButton::clicked, this, [this, place = step.place] { Q_EMIT openGuideAt(place); });
        m_grid->addWidget(mark, row, 0, Qt::AlignTop);
        m_grid->addWidget(text, row, 1);
        m_grid->addWidget(open, row, 2, Qt::AlignTop);
        m_grid->addWidget(help, row, 3, Qt::AlignTop);
    }
    m_grid->setRowStretch(int(m_steps.size()), 1);
    setWindowTitle(tr("Các bước của một đợt thi đua — xong %1/%2").arg(done).arg(m_steps.size()));
}
