#pragma once
// "Báo cáo tổng kết": the units' summary reports of a campaign — the common deadline, who has
// reported, who is late, each unit's document, figures and files — with a printable reminder
// list, and the way to the final report.

#include "core/domain/Unit.h"
#include "core/domain/UnitReport.h"
#include "ui/widgets/Page.h"

#include <QDate>

class CampaignPicker;
class NextStepBanner;
class UnsavedMark;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

class ReportsPage final : public Page {
    Q_OBJECT
public:
    explicit ReportsPage(QWidget* parent = nullptr);

    void setDatabase(Database* database) override;
    bool confirmLeave() override;
    bool saveEdits() override { return !formModified() || saveReport(); }
    void reload();

    // "Today" for the overdue marks; tests fix it.
    void setToday(QDate today);
    enum class Filter { All, NotSubmitted, Overdue, Late, Submitted };
    void setFilter(Filter filter);
    QTableWidget* table() const { return m_table; }
    QString countsText() const;
    CampaignPicker* campaignPicker() const { return m_campaignPicker; }

    // The selected unit's report as edited in the form.
    void selectUnit(qint64 unitId);
    void setReceived(std::optional<QDate> day);
    void setDocument(const QString& number, std::optional<QDate> day);
    void setFigures(int initiatives, int models, int peopleCommended);
    void setSummary(const QString& text);
    bool saveReport(); // false, with the reason shown, when refused
    bool attachFile(const QString& path);
    void showReminder();
    void showFinalReport();

Q_SIGNALS:
    void finalReportShown(QDialog* dialog); // lets tests act on the modal window

private:
    void fillTable();
    void showSelected();
    void showInForm(const UnitReport& report);
    bool formModified() const;
    UnitReport reportFromForm() const;
    void saveDeadline();

    Database* m_db = nullptr;
    QDate m_today = QDate::currentDate();
    std::optional<QDate> m_campaignDeadline;
    std::vector<std::pair<Unit, UnitReport>> m_rows;
    int m_current = -1;
    bool m_filling = false;
    CampaignPicker* m_campaignPicker = nullptr;
    NextStepBanner* m_nextStep = nullptr;
    UnsavedMark* m_reportMark = nullptr;
    QCheckBox* m_deadlineCheckBox = nullptr;
    QDateEdit* m_deadlineEdit = nullptr;
    QComboBox* m_filterComboBox = nullptr;
    QLabel* m_countsLabel = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_unitLabel = nullptr;
    QCheckBox* m_receivedCheckBox = nullptr;
    QDateEdit* m_receivedEdit = nullptr;
    QCheckBox* m_ownDeadlineCheckBox = nullptr;
    QDateEdit* m_ownDeadlineEdit = nullptr;
    QLineEdit* m_numberLineEdit = nullptr;
    QCheckBox* m_documentDateCheckBox = nullptr;
    QDateEdit* m_documentDateEdit = nullptr;
    QPlainTextEdit* m_summaryTextEdit = nullptr;
    QSpinBox* m_initiativesSpinBox = nullptr;
    QSpinBox* m_modelsSpinBox = nullptr;
    QSpinBox* m_commendedSpinBox = nullptr;
    QListWidget* m_filesListWidget = nullptr;
};
