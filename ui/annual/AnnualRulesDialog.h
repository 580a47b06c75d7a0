#pragma once
// "Danh hiệu và quy định xét": the agency's evaluation period, the catalogue of annual titles
// (who confers each, its bonus, its legal basis) and the numbers in the titles' standards, each
// value with its legal basis and the days it applies between — a new decree is a new value from
// its first day, the old one kept for the years before. Every change is stored at once; a value is
// removed only after the clerk confirms.

#include "core/common/Result.h"
#include "core/domain/AnnualTitle.h"
#include "core/domain/EvaluationPeriod.h"

#include <QDialog>

#include <vector>

class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

class AnnualRulesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnualRulesDialog)
public:
    AnnualRulesDialog(Database& database, QWidget* parent = nullptr);
    ~AnnualRulesDialog() override;

    // The form's fields, then the button: false, with the reason shown, when refused.
    bool savePeriod(const EvaluationPeriod& period);
    bool saveTitle(const AnnualTitleDefinition& title);
    bool saveRuleValue(const AnnualRuleValue& value);
    void removeCurrentRuleValue();
    const std::vector<AnnualTitleDefinition>& titles() const { return m_titles; }
    const std::vector<AnnualRuleValue>& ruleValues() const { return m_values; }

private:
    QWidget* buildPeriod();
    QWidget* buildTitles();
    QWidget* buildRules();
    void reload();
    bool stored(const Status& saved); // reloads what was saved; shows a refusal and returns false
    void showTitle(int row);
    void showRuleValue(int row);

    Database& m_db;
    std::vector<AnnualTitleDefinition> m_titles;
    std::vector<AnnualRuleValue> m_values;
    QComboBox* m_periodComboBox = nullptr;
    QSpinBox* m_firstMonthSpinBox = nullptr;
    QTableWidget* m_titlesTable = nullptr;
    QLineEdit* m_titleNameLineEdit = nullptr;
    QLineEdit* m_conferredByLineEdit = nullptr;
    QDoubleSpinBox* m_bonusSpinBox = nullptr;
    QLineEdit* m_titleBasisLineEdit = nullptr;
    QTableWidget* m_rulesTable = nullptr;
    QComboBox* m_ruleComboBox = nullptr;
    QDoubleSpinBox* m_valueSpinBox = nullptr;
    QLineEdit* m_ruleBasisLineEdit = nullptr;
    QDateEdit* m_fromDateEdit = nullptr;
    QCheckBox* m_untilCheckBox = nullptr;
    QDateEdit* m_untilDateEdit = nullptr;
};
