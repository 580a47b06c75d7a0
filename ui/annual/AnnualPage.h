#pragma once
// "Thi đua hằng năm": the year-end grid of people (or units) for an evaluation period — each
// one's rating, discipline and review typed from the keyboard, and the annual titles the rules
// find due, each verdict explained beside the grid.

#include "core/domain/Unit.h"
#include "core/storage/YearRecordRepository.h"
#include "ui/widgets/Page.h"

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;
class QTextBrowser;
class UnitFilterProxyModel;
class YearEndModel;

class AnnualPage final : public Page {
    Q_OBJECT
public:
    explicit AnnualPage(QWidget* parent = nullptr);
    ~AnnualPage() override;

    void setDatabase(Database* database) override;
    void reload(); // reads everything again and shows the year chosen
    void setYear(int year);
    void showPeople(bool people); // false: units
    // Stores the current row's rating (none: not rated); shows the reason and returns false when it cannot.
    bool setCurrentRating(std::optional<TaskRating> rating);
    bool selectSubject(const Nominee& subject); // makes its row current; false when not shown
    void showHistory(); // the current person's initiatives and earlier titles
    void showRegistrationList(); // the year's Bản đăng ký thi đua, of a unit or of the agency
    // "Bình xét cuối năm…": draws the year's review list from the verdicts (adding only what is new),
    // says what it did, and asks for the proposals page on the review (reviewOpened). False when refused.
    bool openReview();
    void proposeByHand(); // the current row on the review list for a title the rules do not give, with a reason
    // The unit whose registration the button prints: the one filtered (people) or chosen (units); none: the agency.
    std::optional<qint64> registrationUnit() const;

    YearEndModel* model() const { return m_model; }
    QTableView* view() const { return m_tableView; }
    QTextBrowser* verdicts() const { return m_verdictsBrowser; }

Q_SIGNALS:
    void reviewOpened(qint64 campaignId); // the year's review is ready on the proposals page

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildDetails();
    void showCurrentRow();
    void saveDetails(); // the panel's fields into the current row's record
    void saveRegistration(); // the panel's registered title for the current row's year
    bool saveRecord(const std::function<void(PersonYear&)>& personChange, const std::function<void(UnitYear&)>& unitChange);
    void rejudge(); // reads the records again and recomputes every verdict, keeping the current row
    void judgeAgain(); // recomputes every verdict from the data in memory, keeping the current row

    Database* m_db = nullptr;
    AnnualData m_data;
    std::unique_ptr<Annual::Eligibility> m_rules;
    std::vector<Unit> m_units;
    YearEndModel* m_model = nullptr;
    UnitFilterProxyModel* m_proxy = nullptr;
    QSpinBox* m_yearSpinBox = nullptr;
    QLabel* m_periodLabel = nullptr;
    QRadioButton* m_peopleRadioButton = nullptr;
    QRadioButton* m_unitsRadioButton = nullptr;
    QComboBox* m_unitFilterComboBox = nullptr;
    QTableView* m_tableView = nullptr;
    QLabel* m_rowTitleLabel = nullptr;
    QComboBox* m_registrationComboBox = nullptr; // the title registered at the start of the year
    QComboBox* m_ratingComboBox = nullptr;
    QComboBox* m_disciplineComboBox = nullptr;
    QLabel* m_disciplineLabel = nullptr;
    QCheckBox* m_reviewCheckBox = nullptr;
    QCheckBox* m_clusterCheckBox = nullptr;
    QLineEdit* m_noteLineEdit = nullptr;
    QPushButton* m_historyButton = nullptr;
    QPushButton* m_byHandButton = nullptr;
    QTextBrowser* m_verdictsBrowser = nullptr;
    bool m_showingRow = false; // the panel is being filled: its signals are not edits
};
