#pragma once
// "Câu chữ hồ sơ khen thưởng": the wording of the paperwork the province's own rules decide
// (legal basis, addressee, the decision's articles), one box each with the placeholders it offers
// and a button back to the default. Saved all together when accepted; a refusal names the field.

#include "core/documents/Wording.h"

#include <QDialog>

#include <map>

class Database;
class QPlainTextEdit;

class WordingDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WordingDialog)
public:
    WordingDialog(Database& database, QWidget* parent = nullptr);
    ~WordingDialog() override;

    QPlainTextEdit* editor(WordingKey key) const { return m_editors.at(key); }
    void accept() override;

private:
    Database& m_db;
    std::map<WordingKey, QPlainTextEdit*> m_editors;
};
