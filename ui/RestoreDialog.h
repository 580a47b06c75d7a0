#pragma once
// "Khôi phục từ bản sao lưu": the backups of the open database, newest first, each with what it
// holds and whether it passes the integrity check; the chosen one is returned for restoring.

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

class RestoreDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)
public:
    RestoreDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    QString chosenBackup() const { return m_chosen; }
    QListWidget* list() const { return m_list; }
    void accept() override; // asks for confirmation first

private:
    void showSelected();

    QString m_databasePath;
    QString m_chosen;
    QListWidget* m_list = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_restoreButton = nullptr;
};
