#pragma once
// "Quyết định khen thưởng": the decision's number and signing date (kept as typed), its preview,
// print and export — as a draft with blanks to write in by hand, or as the final print, which is
// refused while the number or the date is blank.

#include "core/domain/AwardDecision.h"

#include <QDialog>

class Database;
class DocumentIssueEditor;
class DocumentView;
class QCheckBox;
class QLabel;

class DecisionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDialog)
public:
    DecisionDialog(Database& database, qint64 campaignId, QWidget* parent = nullptr);
    ~DecisionDialog() override;

    DocumentView* view() const { return m_view; }
    void setNumber(const QString& number);
    void setSignedOn(std::optional<QDate> day);
    void setFinal(bool final);

Q_SIGNALS:
    void certificatesRequested();

private:
    void saveAndRefresh();

    Database& m_db;
    AwardDecision m_decision;
    DocumentIssueEditor* m_issueEditor = nullptr;
    QCheckBox* m_finalCheckBox = nullptr;
    QLabel* m_problemLabel = nullptr;
    DocumentView* m_view = nullptr;
};
