#pragma once
// A day as the clerk writes it in lists and tables: "05/12/2025"; nothing for no day.

#include <QDate>
#include <QString>

#include <optional>

inline QString dateText(const std::optional<QDate>& day) { return day && day->isValid() ? day->toString(QStringLiteral("dd/MM/yyyy")) : QString(); }
