#pragma once
// The wording of the nomination paperwork that depends on the province's own rules (its quy chế):
// the legal basis, the addressee of a submission, the decision's articles. Each text has a
// default from the nomination-forms notes and placeholders in braces the documents fill in:
// {cơ quan}, {đợt thi đua}, {người quyết định}, {hình thức}, {tỉnh}, {kế hoạch} (the plan by its
// number and date), {tiền thưởng} (each kind's amount, computed from the base salary), {quy chế}
// (the province's rules, as written once under their own key).

#include <QString>
#include <QStringList>

#include <map>

enum class WordingKey {
    ProvinceRules, // the căn cứ line of the province's emulation rules (its decision's number and date)
    LegalBasis, // Căn cứ lines of the Tờ trình, one per line
    DecisionLegalBasis, // Căn cứ lines of the Quyết định: the law, the decree, the province's decisions, the plan
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
