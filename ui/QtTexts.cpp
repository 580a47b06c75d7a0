#include "ui/QtTexts.h"

#include <QCoreApplication>
#include <QTranslator>

namespace QtTexts {

QTranslator* installVietnamese(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/qtbase_vi.qm")) && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace QtTexts
