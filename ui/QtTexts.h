#pragma once
// Qt's own words the clerk meets — OK, Cancel, Close, Yes/No, Show Details…, the right-click menu of
// text boxes — in Vietnamese. Qt ships no Vietnamese translation of them; ours is
// resources/translations/qtbase_vi.ts, built into the program.

class QCoreApplication;
class QTranslator;

namespace QtTexts {

// The translator installed (owned by app), or null when it could not be loaded. Numbers and
// dates written through QLocale() follow Vietnamese too ("10.000").
QTranslator* installVietnamese(QCoreApplication& app);

} // namespace QtTexts
