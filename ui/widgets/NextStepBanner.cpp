#include "ui/widgets/NextStepBanner.h"

#include "ui/widgets/Page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

NextStepBanner::NextStepBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("nextStepBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#nextStepBanner { background: #e8f1fb; border: 1px solid #9cbbe0; }"));
    auto* row = new QHBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("nextStepButton"));
    row->addWidget(m_label, 1);
    row->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action();
    });
    hide();
}

void NextStepBanner::showStep(const QString& text, const QString& buttonText, std::function<void()> action)
{
    m_label->setText(text);
    m_button->setText(buttonText);
    m_action = std::move(action);
    show();
}

void NextStepBanner::showStepOn(Page* page, SeasonStep::Place place, const QString& text, const QString& buttonText)
{
    showStep(text, buttonText, [page, place] { Q_EMIT page->placeRequested(place); });
}

void NextStepBanner::showNoCampaign(Page* page)
{
    showStepOn(page, SeasonStep::Place::Campaigns,
        tr("Chưa có đợt thi đua nào. Hãy lập kế hoạch của đợt trước (trang Đợt thi đua): tiêu chí, hình thức khen thưởng, "
           "người ký."),
        tr("Mở trang Đợt thi đua"));
}

QString NextStepBanner::text() const { return isHidden() ? QString() : m_label->text(); }
