#pragma once
// Tùy chọn: the interface language (Vietnamese or English), applied at the next start.

#include <QDialog>

class QComboBox;
class QSpinBox;

class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    QComboBox* m_languageComboBox = nullptr;
    QSpinBox* m_dailyKeptSpinBox = nullptr;
    QSpinBox* m_monthlyKeptSpinBox = nullptr;
};
