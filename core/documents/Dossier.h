#pragma once
// The dossier of a submission (hồ sơ đề nghị khen thưởng) in one step: for each deciding
// authority, one folder and one ZIP holding the Tờ trình, the Danh sách, the council's Biên bản
// (when the meeting was recorded) and each nominee's Báo cáo thành tích, every one as DOCX and PDF,
// under numbered names, with a contents list (Danh mục hồ sơ) first.

#include "core/common/Result.h"
#include "core/documents/DocumentModel.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class Database;

namespace Dossier {

struct Part {
    QString title; // "Tờ trình đề nghị khen thưởng", as the contents list names it
    QString fileName; // without extension: "02-To-trinh"
    doc::Document document;
};

struct Submission {
    QString decider; // "Giám đốc Sở", "Chủ tịch UBND tỉnh"
    QString folderName; // "Ho-so-de-nghi-Chu-tich-UBND-tinh"
    std::vector<Part> parts; // the contents list first
};

// The dossiers of the campaign's proposals that passed the council (or of the given ones), one per
// deciding authority.
Result<std::vector<Submission>> load(Database& database, qint64 campaignId, const std::vector<qint64>& proposalIds = {});

// Writes the dossier into `folder`/<folderName>/ (each part as .docx and .pdf) and <folderName>.zip
// beside it, both replaced only once complete. progress(done, total) may stop it (nothing left
// half-written: the folder and the ZIP appear whole or not at all). Returns the paths written.
Result<QStringList> write(const Submission& submission, const QString& folder,
    const std::function<bool(int done, int total)>& progress = {});

} // namespace Dossier
