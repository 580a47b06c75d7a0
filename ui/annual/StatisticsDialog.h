#pragma once
// "Biểu thống kê gửi Sở Nội vụ": a statistics form (0601.N, 0602.N, 0603.N) for a year, previewed
// as it prints, then printed or written as DOCX, PDF or Excel. Every number is counted from the
// file at the moment it is shown.

#include "core/statistics/StatisticsForms.h"

#include <QDialog>

class Database;
class DocumentView;
class QComboBox;
class QSpinBox;

class StatisticsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsDialog)
public:
    StatisticsDialog(Database& database, int year, QWidget* parent = nullptr);
    ~StatisticsDialog() override;

    void choose(Statistics::Form form, int year);
    DocumentView* view() const { return m_view; }
    bool exportExcel(const QString& path); // shows the reason and returns false when it cannot

private:
    Statistics::Form form() const;

    Database& m_db;
    QComboBox* m_formComboBox = nullptr;
    QSpinBox* m_yearSpinBox = nullptr;
    DocumentView* m_view = nullptr;
};
