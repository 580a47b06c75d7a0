#pragma once
// Preview, print and export of a Tờ trình or a Danh sách for the chosen proposals, one document
// per deciding authority (chosen in the combo box), with the Tờ trình's number and date as the
// registry gave them (kept in the database; the Danh sách cites them).

#include "core/documents/Paperwork.h"

#include <QDialog>

class Database;
class DocumentIssueEditor;
class DocumentView;
class QComboBox;
class QLabel;

class PaperworkDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperworkDialog)
public:
    enum class Kind { Submission, List };

    PaperworkDialog(Kind kind, Database& database, std::vector<Paperwork::Input> inputs, QWidget* parent = nullptr);
    ~PaperworkDialog() override;

    DocumentView* view() const { return m_view; }
    DocumentIssueEditor* issueEditor() const { return m_issueEditor; }
    void showGroup(int index);

private:
    void saveIssue();

    Kind m_kind;
    Database& m_db;
    std::vector<Paperwork::Input> m_inputs;
    QComboBox* m_groupComboBox = nullptr;
    DocumentIssueEditor* m_issueEditor = nullptr;
    QLabel* m_problemLabel = nullptr;
    DocumentView* m_view = nullptr;
};
