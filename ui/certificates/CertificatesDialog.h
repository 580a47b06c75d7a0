#pragma once
// "In Giấy khen": the certificates of a campaign's decision printed onto pre-printed blanks. The
// clerk picks or edits the blank's layout (positions in mm), checks it over a scan of the blank,
// prints the calibration page, keeps the printer's measured offset, then prints every
// certificate in one job (or writes the same job as a PDF to check).

#include "core/certificates/CertificateText.h"

#include <QDialog>

class CertificatePreview;
class Database;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

class CertificatesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificatesDialog)
public:
    CertificatesDialog(Database& database, qint64 campaignId, QWidget* parent = nullptr);
    ~CertificatesDialog() override;

    // The layout as edited in the form.
    CertificateLayout editedLayout() const;
    int certificateCount() const { return int(m_certificates.size()); }
    QTableWidget* fieldsTable() const { return m_fieldsTable; }
    void setNudge(PrinterNudge nudge); // for the chosen printer, kept in the settings
    PrinterNudge nudge() const;
    // Saves the edited layout; a refusal is shown, naming the field.
    bool saveLayout();
    bool exportPdf(const QString& path); // every certificate, as printing would place them
    bool exportCalibrationPdf(const QString& path);
    void setScanPath(const QString& path);
    CertificatePreview* preview() const { return m_preview; }

    void reject() override; // asks before dropping unsaved layout edits

private:
    void loadLayouts(qint64 selectId);
    void showLayout(int index);
    void layoutEdited();
    void printerChanged();
    void printAll();
    void printCalibration();
    void chooseScan();
    bool modified() const;
    QString printerKey() const; // the settings' name of the chosen printer ("PDF" for the file)

    Database& m_db;
    std::vector<CertificateLayout> m_layouts;
    int m_current = -1;
    bool m_filling = false;
    std::vector<CertificateText::Certificate> m_certificates;
    QComboBox* m_layoutComboBox = nullptr;
    QLineEdit* m_nameLineEdit = nullptr;
    QDoubleSpinBox* m_widthSpinBox = nullptr;
    QDoubleSpinBox* m_heightSpinBox = nullptr;
    QComboBox* m_fontComboBox = nullptr; // editable: a family missing here is kept as typed
    QTableWidget* m_fieldsTable = nullptr;
    QLabel* m_scanLabel = nullptr;
    QComboBox* m_printerComboBox = nullptr;
    QDoubleSpinBox* m_nudgeXSpinBox = nullptr;
    QDoubleSpinBox* m_nudgeYSpinBox = nullptr;
    QSpinBox* m_whichSpinBox = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    CertificatePreview* m_preview = nullptr;
};
