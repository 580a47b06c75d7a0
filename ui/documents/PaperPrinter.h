#pragma once
// The printer every document and certificate is printed on: high resolution and full-page mode,
// because ThiDua places everything from the paper's edge. Without full-page mode a Windows driver
// keeps its unprintable margin (the renderer's zero margins are refused without a word) and every
// line lands shifted by that margin; the certificate's own offset per printer covers the rest.

#include <QPrinter>

#include <memory>

namespace PaperPrinter {

// The named printer (empty: the system's default).
std::unique_ptr<QPrinter> make(const QString& printerName = {});

} // namespace PaperPrinter
