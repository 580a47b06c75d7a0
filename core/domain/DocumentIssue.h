#pragma once
// What a numbered document carries of its own registration: its number and its date. Either may
// be left blank, to be written in by hand when the document is registered; the year is printed
// even then, and it is the document's own year — never the year of the plan it follows.

#include <QDate>
#include <QString>

#include <optional>

struct DocumentIssue {
    QString number; // "15"; empty: left blank
    std::optional<QDate> date; // empty: day and month left blank
    int year = 0; // the year printed while the date is blank

    int printedYear() const { return date ? date->year() : year; }
    // The number as the registry gives it: "15", also read from "15/TTr-VP" as clerks write it
    // (the symbol after the slash is the document's own, printed by ThiDua).
    static QString ownNumber(const QString& typed) { return typed.section(QLatin1Char('/'), 0, 0).trimmed(); }
    // The symbol typed after the slash ("TTr-VP" of "15/TTr-VP"); empty when only the number was typed.
    static QString typedSymbol(const QString& typed) { return typed.section(QLatin1Char('/'), 1).trimmed(); }
    // Whether a typed symbol is the one printed, whatever the spaces, letter case or Unicode form.
    static bool sameSymbol(const QString& typed, const QString& printed)
    {
        auto plain = [](const QString& s) { return s.normalized(QString::NormalizationForm_C).remove(QLatin1Char(' ')).toCaseFolded(); };
        return plain(typed) == plain(printed);
    }
    // A document made on `today` with its number and day left for the registry.
    static DocumentIssue blankOn(QDate today) { return DocumentIssue { {}, std::nullopt, today.year() }; }

    friend bool operator==(const DocumentIssue&, const DocumentIssue&) = default;
};
