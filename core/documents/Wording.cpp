#include "core/documents/Wording.h"

#include <QCoreApplication>

namespace {
struct WordingText {
    Q_DECLARE_TR_FUNCTIONS(Wording)
};
} // namespace

const std::vector<WordingKey>& Wording::keys()
{
    static const std::vector<WordingKey> all { WordingKey::ProvinceRules, WordingKey::LegalBasis, WordingKey::SubmissionAddressee, WordingKey::DecisionLegalBasis,
        WordingKey::DecisionProposer,
        WordingKey::DecisionReward, WordingKey::DecisionExecution };
    return all;
}

QString Wording::text(WordingKey key) const
{
    const auto own = texts.find(key);
    return own != texts.end() && !own->second.trimmed().isEmpty() ? own->second : defaultText(key);
}

QString Wording::filled(WordingKey key, const std::map<QString, QString>& values) const
{
    QString out = text(key);
    for (const auto& [name, value] : values)
        out.replace(QStringLiteral("{%1}").arg(name), value);
    return out;
}

namespace {
QString lawAndDecree()
{
    return QStringLiteral("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
                          "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân "
                          "quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật "
                          "Thi đua, khen thưởng;\n");
}
} // namespace

// Document words are Vietnamese literals, whatever the interface language.
QString Wording::defaultText(WordingKey key)
{
    switch (key) {
    case WordingKey::ProvinceRules:
        return QStringLiteral("Căn cứ Quyết định số …/…/QĐ-UBND ngày … tháng … năm … của Ủy ban nhân dân tỉnh {tỉnh} ban hành Quy chế "
                              "công tác thi đua, khen thưởng trên địa bàn tỉnh {tỉnh};");
    case WordingKey::LegalBasis:
        return lawAndDecree() + QStringLiteral("{quy chế}\nCăn cứ {kế hoạch};");
    case WordingKey::DecisionLegalBasis:
        return lawAndDecree()
            + QStringLiteral("Căn cứ Quyết định số …/…/QĐ-UBND ngày … tháng … năm … của Ủy ban nhân dân tỉnh {tỉnh} quy định chức năng, "
                             "nhiệm vụ, quyền hạn và cơ cấu tổ chức của {cơ quan};\n"
                             "{quy chế}\n"
                             "Căn cứ {kế hoạch};");
    case WordingKey::SubmissionAddressee:
        return QStringLiteral("Kính gửi: Chủ tịch UBND tỉnh {tỉnh}; Sở Nội vụ tỉnh {tỉnh}.");
    case WordingKey::DecisionProposer:
        return QStringLiteral("Xét đề nghị của Hội đồng Thi đua - Khen thưởng {cơ quan} và Chánh Văn phòng {cơ quan}.");
    case WordingKey::DecisionReward:
        return QStringLiteral("{tiền thưởng} Kinh phí khen thưởng chi từ Quỹ thi đua, khen thưởng của {cơ quan}.");
    case WordingKey::DecisionExecution:
        return QStringLiteral("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Thủ trưởng các phòng, đơn vị thuộc {cơ quan} "
                              "và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.");
    }
    return {};
}

QString Wording::label(WordingKey key)
{
    switch (key) {
    case WordingKey::ProvinceRules:
        return WordingText::tr("Căn cứ quy chế thi đua, khen thưởng của tỉnh ({quy chế})");
    case WordingKey::LegalBasis:
        return WordingText::tr("Căn cứ pháp lý (Tờ trình)");
    case WordingKey::DecisionLegalBasis:
        return WordingText::tr("Căn cứ pháp lý (Quyết định)");
    case WordingKey::SubmissionAddressee:
        return WordingText::tr("Kính gửi (Tờ trình lên cấp trên; mỗi nơi cách nhau bởi «;»)");
    case WordingKey::DecisionProposer:
        return WordingText::tr("Dòng «Theo đề nghị» (Quyết định)");
    case WordingKey::DecisionReward:
        return WordingText::tr("Điều 2 (Quyết định)");
    case WordingKey::DecisionExecution:
        return WordingText::tr("Điều 3 (Quyết định)");
    }
    return {};
}

QStringList Wording::placeholders(WordingKey key)
{
    switch (key) {
    case WordingKey::ProvinceRules:
        return { QStringLiteral("{tỉnh}") };
    case WordingKey::LegalBasis:
    case WordingKey::DecisionLegalBasis:
        return { QStringLiteral("{cơ quan}"), QStringLiteral("{đợt thi đua}"), QStringLiteral("{kế hoạch}"), QStringLiteral("{tỉnh}"),
            QStringLiteral("{quy chế}") };
    case WordingKey::DecisionProposer:
    case WordingKey::DecisionExecution:
        return { QStringLiteral("{cơ quan}"), QStringLiteral("{đợt thi đua}") };
    case WordingKey::SubmissionAddressee:
        return { QStringLiteral("{người quyết định}"), QStringLiteral("{tỉnh}") };
    case WordingKey::DecisionReward:
        return { QStringLiteral("{hình thức}"), QStringLiteral("{tiền thưởng}"), QStringLiteral("{cơ quan}") };
    }
    return {};
}

QString Wording::code(WordingKey key)
{
    switch (key) {
    case WordingKey::ProvinceRules:
        return QStringLiteral("province_rules");
    case WordingKey::LegalBasis:
        return QStringLiteral("legal_basis");
    case WordingKey::DecisionLegalBasis:
        return QStringLiteral("decision_legal_basis");
    case WordingKey::SubmissionAddressee:
        return QStringLiteral("submission_addressee");
    case WordingKey::DecisionProposer:
        return QStringLiteral("decision_proposer");
    case WordingKey::DecisionReward:
        return QStringLiteral("decision_reward");
    case WordingKey::DecisionExecution:
        return QStringLiteral("decision_execution");
    }
    return {};
}
