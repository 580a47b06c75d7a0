#include "core/storage/WordingRepository.h"

#include "core/domain/Validation.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct WordingRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(WordingRepository)
};
} // namespace

Result<Wording> WordingRepository::load() const
{
    SqlQuery query(m_db, QStringLiteral("SELECT key, text FROM document_wording"));
    if (Status s = query.exec(WordingRepositoryText::tr("đọc câu chữ hồ sơ khen thưởng")); !s)
        return s.error();
    Wording wording;
    while (query.next())
        for (WordingKey key : Wording::keys())
            if (Wording::code(key) == query.value(0).toString())
                wording.texts[key] = query.value(1).toString();
    return wording;
}

Status WordingRepository::save(WordingKey key, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() > Limits::LongText)
        return Error { WordingRepositoryText::tr("Trường «%1» dài quá %2 ký tự.").arg(Wording::label(key)).arg(Limits::LongText), {} };
    const QStringList offered = Wording::placeholders(key);
    const QRegularExpression placeholder(QStringLiteral("\\{[^{}]*\\}"));
    for (auto match = placeholder.globalMatch(trimmed); match.hasNext();) {
        const QString used = match.next().captured();
        if (!offered.contains(used))
            return Error { WordingRepositoryText::tr("Trường «%1»: không có chỗ điền «%2». Dùng được: %3.")
                               .arg(Wording::label(key), used, offered.join(QStringLiteral(", "))),
                {} };
    }
    if (trimmed.isEmpty() || trimmed == Wording::defaultText(key))
        return writeRow(m_db, QStringLiteral("DELETE FROM document_wording WHERE key = ?"),
            WordingRepositoryText::tr("lưu câu chữ hồ sơ khen thưởng"), { Wording::code(key) });
    return writeRow(m_db,
        QStringLiteral("INSERT INTO document_wording (key, text) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET text = excluded.text"),
        WordingRepositoryText::tr("lưu câu chữ hồ sơ khen thưởng"), { Wording::code(key), trimmed });
}
