#pragma once
// Trợ giúp → Các bước của một đợt…: the season's path as a list that ticks itself as the data
// appears (read from SeasonSteps each time the window is shown or comes back to the front), each
// step with a button to the page where it is done and the guide's part about it. Shown by itself
// at the first start.

#include "core/season/SeasonSteps.h"

#include <QDialog>

class Database;
class QGridLayout;
class QLabel;

class SeasonStepsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SeasonStepsDialog(QWidget* parent = nullptr);

    void setDatabase(Database* database); // null: no file open
    void refresh(); // reads the steps again
    const std::vector<SeasonStep>& steps() const { return m_steps; }

Q_SIGNALS:
    void openPlace(SeasonStep::Place place); // the step's button
    void openGuideAt(SeasonStep::Place place); // its "?"
    void openGuideStart(); // the guide's season path

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    Database* m_db = nullptr;
    std::vector<SeasonStep> m_steps;
    QLabel* m_campaignLabel = nullptr;
    QGridLayout* m_grid = nullptr;
};
