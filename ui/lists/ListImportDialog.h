#pragma once
// "Nhập danh sách từ Excel": the clerk picks an XLSX or CSV file, checks which column holds what,
// sees every row with what will happen to it and every error by row and column, and imports when
// nothing is wrong — all rows or none, after a backup.

#include "core/lists/ListImport.h"

#include <QDialog>

#include <optional>

class Database;
class ImportPreviewModel;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeWidget;

class ListImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListImportDialog)
public:
    ListImportDialog(Database& database, QWidget* parent = nullptr);
    ~ListImportDialog() override;

    // Reads the file, picks what it holds (units or people) and its columns; shows the reason when
    // it cannot be read.
    bool loadFile(const QString& path);
    void setTarget(ListImport::Target target);
    ListImport::Target target() const;
    void setColumn(const QString& fieldKey, int column); // -1: none
    const ListImport::Plan* plan() const { return m_plan ? &*m_plan : nullptr; }
    QString summaryText() const;
    // Asks, then writes the plan; true when written.
    bool importNow();
    int rowsAdded() const { return m_rowsAdded; }

private:
    void chooseFile();
    void rebuildColumnChoices();
    void replan();
    void showProblem(int problemIndex);

    Database& m_db;
    QString m_path;
    std::optional<TextTable> m_table;
    ImportColumns::Mapping m_mapping;
    std::optional<ListImport::Plan> m_plan;
    QString m_planError;
    int m_rowsAdded = 0;

    QComboBox* m_targetComboBox = nullptr;
    QLineEdit* m_fileLineEdit = nullptr;
    QSpinBox* m_headerRowSpinBox = nullptr;
    QGridLayout* m_columnsLayout = nullptr;
    std::vector<QComboBox*> m_columnComboBoxes;
    ImportPreviewModel* m_previewModel = nullptr;
    QTableView* m_previewTableView = nullptr;
    QTreeWidget* m_problemsTreeWidget = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QPushButton* m_importButton = nullptr;
};
