#include "ui/documents/PaperPrinter.h"

#include <QPrinterInfo>

namespace PaperPrinter {

std::unique_ptr<QPrinter> make(const QString& printerName)
{
    auto printer = printerName.isEmpty() ? std::make_unique<QPrinter>(QPrinter::HighResolution)
                                         : std::make_unique<QPrinter>(QPrinterInfo::printerInfo(printerName), QPrinter::HighResolution);
    printer->setFullPage(true);
    return printer;
}

} // namespace PaperPrinter
