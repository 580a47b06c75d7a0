#pragma once
// "Tiền thưởng": the base salary with the day each amount applies from, and each award form's
// multiples of it (0: the decree's). The decision's Điều 2 is computed from them. Saved all
// together when accepted; a refusal names the field and keeps everything as it was.

#include "core/domain/AwardForm.h"
#include "core/domain/AwardMoney.h"

#include <QDialog>

#include <vector>

class Database;
class QTableWidget;

class RewardMoneyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RewardMoneyDialog)
public:
    RewardMoneyDialog(Database& database, QWidget* parent = nullptr);
    ~RewardMoneyDialog() override;

    QTableWidget* salaryTable() const { return m_salaries; }
    QTableWidget* multipleTable() const { return m_multiples; }
    void addSalaryRow(const BaseSalary& salary); // "Thêm mức lương" (Insert) adds one from today
    void removeCurrentSalary(); // "Xóa mức lương" (Delete)
    void accept() override;

private:
    Database& m_db;
    QTableWidget* m_salaries = nullptr;
    QTableWidget* m_multiples = nullptr;
    std::vector<AwardForm> m_forms;
    std::vector<BaseSalary> m_stored;
};
