#pragma once
// "Hồ sơ đề nghị…": the dossier of each deciding authority (Dossier) written into a folder the
// clerk picks, a folder and a ZIP each, with a progress window that can cancel.

#include <QString>

#include <vector>

class Database;
class QWidget;

namespace DossierJob {

// Writes the dossiers of the proposals (every one past the council when none are given) into
// `folder`; the reason of a failure is shown, a finished job lists what it wrote.
bool exportTo(QWidget* parent, Database& database, qint64 campaignId, const std::vector<qint64>& proposalIds, const QString& folder);
// Asks for the folder, then exports.
bool exportWithDialog(QWidget* parent, Database& database, qint64 campaignId, const std::vector<qint64>& proposalIds);

} // namespace DossierJob
