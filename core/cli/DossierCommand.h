#pragma once
// thidua export dossier --db FILE --campaign ID [--proposal ID]… --output FOLDER
// One folder and one ZIP per deciding authority (Dossier::write), the paths printed.

#include <QStringList>
#include <QTextStream>

namespace DossierCommand {

int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace DossierCommand
