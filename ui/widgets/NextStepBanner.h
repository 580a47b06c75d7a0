#pragma once
// A page's empty state: what to do next, in a sentence, with the button that does it (or opens the
// page where it is done). Hidden while the page has something to work on.

#include "core/season/SeasonSteps.h"

#include <QFrame>

#include <functional>

class Page;
class QLabel;
class QPushButton;

class NextStepBanner final : public QFrame {
    Q_OBJECT
public:
    explicit NextStepBanner(QWidget* parent = nullptr);

    void showStep(const QString& text, const QString& buttonText, std::function<void()> action);
    // The step is done on another page: the button opens it.
    void showStepOn(Page* page, SeasonStep::Place place, const QString& text, const QString& buttonText);
    // No campaign yet: the plan comes first (checklists, proposals and reports work on one).
    void showNoCampaign(Page* page);

    QString text() const;
    QPushButton* button() const { return m_button; }

private:
    QLabel* m_label = nullptr;
    QPushButton* m_button = nullptr;
    std::function<void()> m_action;
};
