#pragma once
// "In phiếu đề nghị": the achievement reports of many proposals printed or written to one file in
// a single job, with a progress window that keeps the application responsive and can cancel.

#include "core/documents/AchievementReport.h"

class QWidget;

namespace NominationFormsJob {

// Asks for a printer, then prints every report; false when cancelled or refused (reason shown).
bool print(QWidget* parent, const std::vector<AchievementReport::Input>& reports);
// Writes every report into one file; nothing is written when cancelled. The reason of a failure
// is shown; a finished job says where the file is.
bool exportTo(QWidget* parent, const std::vector<AchievementReport::Input>& reports, DocumentFormat format, const QString& path);
// Asks where to save, then exports.
bool exportWithDialog(QWidget* parent, const std::vector<AchievementReport::Input>& reports, DocumentFormat format);

} // namespace NominationFormsJob
