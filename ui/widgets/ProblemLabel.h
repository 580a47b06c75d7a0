#pragma once
// The red line under a dialog's fields that says why what was typed was refused; hidden until then.

#include <QLabel>

inline QLabel* makeProblemLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("color: #a40000"));
    label->setWordWrap(true);
    label->hide();
    return label;
}
