#pragma once
// The wording of the nomination paperwork that depends on the province's own rules (its quy chế):
// the legal basis, the addressee of a submission, the decision's articles. Each text has a
// default from the nomination-forms notes and placeholders in braces the documents fill in:
// {cơ quan}, {đợt thi đua}, {người quyết định}, {hình thức}, {tỉnh}.

#include <QString>
#include <QStringList>

#include <map>

enum class WordingKey {
    LegalBasis, // Căn cứ lines of the Tờ trình and the Quyết định, one per line
    SubmissionAddressee, // "Kính gửi" of a Tờ trình to an authority above the agency
    DecisionProposer, // the last căn cứ line of the Quyết định
    DecisionReward, // Điều 2
    DecisionExecution, // Điều 3
};

struct Wording {
    std::map<WordingKey, QString> texts; // the clerk's own texts; the rest are defaults

    QString text(WordingKey key) const; // the clerk's, or the default
    // The text with its placeholders filled in.
    QString filled(WordingKey key, const std::map<QString, QString>& values) const;

    static const std::vector<WordingKey>& keys();
    static QString defaultText(WordingKey key);
    static QString label(WordingKey key); // for the interface, translated
    static QStringList placeholders(WordingKey key); // "{cơ quan}", …
    static QString code(WordingKey key); // the storage key
};
