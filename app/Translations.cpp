#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

QStringList Translations::available()
{
    return {u"en"_s, u"es"_s};
}

void Translations::install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();

    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // English also has a catalog: it carries the plural forms ("1 day" / "2 days").
    // A locale without a catalog (C, POSIX, fr...) falls back to English.
    auto *own = new QTranslator(app);
    if (own->load(locale, u"pinedesk"_s, u"_"_s, u":/i18n"_s) ||
        own->load(u"pinedesk_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace pinedesk
