#include "ui/QtTexts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace QtTexts {

QTranslator* installVietnamese(QCoreApplication& app)
{
    // Numbers as Vietnamese writes them (10.000; 2,5) whatever region Windows is set to.
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    auto* translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/qtbase_vi.qm")) && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace QtTexts
