#pragma once
// "Đề nghị ngoài tiêu chuẩn…": the clerk puts the chosen person or unit on the year's review list
// for a title the rules do not give, with the reason the council will read.

#include "core/domain/Assessment.h"

#include <QDialog>

class Database;
class QComboBox;
class QPlainTextEdit;

class ReviewAdditionDialog final : public QDialog {
    Q_OBJECT
public:
    ReviewAdditionDialog(Database& database, int year, const Nominee& nominee, const QString& name, QWidget* parent = nullptr);

    QComboBox* titleComboBox() const { return m_titleComboBox; }
    QPlainTextEdit* reasonEdit() const { return m_reasonEdit; }
    qint64 addedProposalId() const { return m_added; }
    void accept() override; // adds the proposal; stays open with the reason when refused

private:
    Database& m_db;
    int m_year;
    Nominee m_nominee;
    QComboBox* m_titleComboBox = nullptr;
    QPlainTextEdit* m_reasonEdit = nullptr;
    qint64 m_added = 0;
};
