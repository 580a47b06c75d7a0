#pragma once
// A document's number and date as the registry gives them, side by side in a dialog's bar. Either
// may stay blank (the number empty, the date unticked): they are then written in by hand. The
// number may be typed whole, as clerks write it ("125/QĐ-SKHCN"): a symbol other than the one the
// document prints is pointed out under the field.

#include "core/domain/DocumentIssue.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

class DocumentIssueEditor final : public QWidget {
    Q_OBJECT
public:
    DocumentIssueEditor(const QString& numberLabel, const QString& dateLabel, QWidget* parent = nullptr);

    void setIssue(const DocumentIssue& issue); // shows it; no signal
    // The symbol the document prints after its number ("QĐ-SKHCN"), to check a typed one against.
    void setPrintedSymbol(const QString& symbol);
    QString symbolWarning() const; // empty when the typed symbol, if any, is the printed one
    // The number as typed, the date when ticked; the blank date's year from the issue shown.
    DocumentIssue issue() const;

    QLineEdit* numberEdit() const { return m_numberEdit; }
    QCheckBox* dateCheckBox() const { return m_dateCheckBox; }
    QDateEdit* dateEdit() const { return m_dateEdit; }

Q_SIGNALS:
    // The number was confirmed (Enter, leaving the field) or the date changed.
    void edited();

private:
    void checkSymbol();

    QLineEdit* m_numberEdit = nullptr;
    QLabel* m_symbolWarningLabel = nullptr;
    QString m_printedSymbol;
    QCheckBox* m_dateCheckBox = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    int m_blankYear = 0;
    bool m_showing = false;
};
