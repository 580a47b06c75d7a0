#pragma once
// Preview, print and export of a Tờ trình or a Danh sách for the chosen proposals, one document
// per deciding authority (chosen in the combo box).

#include "core/documents/Paperwork.h"

#include <QDialog>

class DocumentView;
class QComboBox;

class PaperworkDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperworkDialog)
public:
    enum class Kind { Submission, List };

    PaperworkDialog(Kind kind, std::vector<Paperwork::Input> inputs, QWidget* parent = nullptr);
    ~PaperworkDialog() override;

    DocumentView* view() const { return m_view; }
    void showGroup(int index);

private:
    Kind m_kind;
    std::vector<Paperwork::Input> m_inputs;
    QComboBox* m_groupComboBox = nullptr;
    DocumentView* m_view = nullptr;
};
