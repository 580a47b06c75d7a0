#pragma once
// Trợ giúp → Hướng dẫn sử dụng (F1): the guide built into the program (Vietnamese, or English when
// the program speaks English), its contents on the left read from the guide's own headings, a
// search field (Ctrl+F), and F1 on a page opening that page's part.

#include <QDialog>

class QLineEdit;
class QListWidget;
class QTextBrowser;

class GuideDialog final : public QDialog {
    Q_OBJECT
public:
    explicit GuideDialog(QWidget* parent = nullptr);

    // Scrolls to the part named `anchor` ("co-quan", "de-nghi", "bat-dau"…).
    void showPart(const QString& anchor);
    QTextBrowser* browser() const { return m_browser; }
    QStringList anchors() const; // the parts, in order
    static QString guideUrl(); // qrc:/guide/… in the program's language

private:
    void fillContents();
    void findNext();

    QTextBrowser* m_browser = nullptr;
    QListWidget* m_contents = nullptr;
    QLineEdit* m_findLineEdit = nullptr;
};
