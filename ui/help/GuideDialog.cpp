#include "ui/help/GuideDialog.h"

#include "core/common/Settings.h"
#include "ui/widgets/ScreenFit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

GuideDialog::GuideDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Hướng dẫn sử dụng ThiDua"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_findLineEdit = new QLineEdit(this);
    m_findLineEdit->setObjectName(QStringLiteral("guideFindLineEdit"));
    m_findLineEdit->setPlaceholderText(tr("Tìm trong hướng dẫn (Ctrl+F, Enter: tìm tiếp)"));
    m_findLineEdit->setClearButtonEnabled(true);
    auto* findLabel = new QLabel(tr("&Tìm:"), this);
    findLabel->setBuddy(m_findLineEdit);
    bar->addWidget(findLabel);
    bar->addWidget(m_findLineEdit, 1);
    layout->addLayout(bar);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_findLineEdit, [this] {
        m_findLineEdit->setFocus();
        m_findLineEdit->selectAll();
    });
    addAction(find);
    connect(m_findLineEdit, &QLineEdit::returnPressed, this, &GuideDialog::findNext);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_contents = new QListWidget(splitter);
    m_contents->setObjectName(QStringLiteral("guideContentsListWidget"));
    m_browser = new QTextBrowser(splitter);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 250, 750 }); // the contents a quarter of the width, the text the rest
    layout->addWidget(splitter, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_browser->setSource(QUrl(guideUrl()));
    fillContents();
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (const QListWidgetItem* item = m_contents->item(row))
            showPart(item->data(Qt::UserRole).toString());
    });
    resizeForScreen(this, QSize(1000, 760));
}

QString GuideDialog::guideUrl()
{
    return Settings::language() == QLatin1String("en") ? QStringLiteral("qrc:/guide/guide-en.html")
                                                       : QStringLiteral("qrc:/guide/huong-dan.html");
}

void GuideDialog::fillContents()
{
    // The parts are the guide's own second-level headings, each opening with its anchor.
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        QString anchor;
        for (auto fragment = block.begin(); !fragment.atEnd() && anchor.isEmpty(); ++fragment)
            if (const QStringList names = fragment.fragment().charFormat().anchorNames(); !names.isEmpty())
                anchor = names.front();
        auto* item = new QListWidgetItem(block.text().trimmed(), m_contents);
        item->setData(Qt::UserRole, anchor);
    }
}

QStringList GuideDialog::anchors() const
{
    QStringList out;
    for (int row = 0; row < m_contents->count(); ++row)
        out << m_contents->item(row)->data(Qt::UserRole).toString();
    return out;
}

void GuideDialog::showPart(const QString& anchor)
{
    m_browser->scrollToAnchor(anchor);
    const int row = int(anchors().indexOf(anchor));
    if (row >= 0 && m_contents->currentRow() != row) {
        const QSignalBlocker quiet(m_contents);
        m_contents->setCurrentRow(row);
    }
}

void GuideDialog::findNext()
{
    const QString text = m_findLineEdit->text().trimmed();
    if (text.isEmpty())
        return;
    if (!m_browser->find(text)) { // from the top again
        m_browser->moveCursor(QTextCursor::Start);
        m_browser->find(text);
    }
}
