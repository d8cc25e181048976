#include "ReportPdf.h"

#include "ExitCode.h"
#include "domain/SystemClock.h"
#include "store/Database.h"

#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace pinedesk {

int ReportPdf::write(Database &database, const QString &title, const QString &path,
                     const QString &paper, const PdfFile::Build &build, QTextStream &err)
{
    return write(
        database, path, paper,
        [&](const PageSetup &setup) {
            const std::atomic<bool> never{false};
            return PdfFile(setup, title).write(path, build, never);
        },
        err);
}

int ReportPdf::write(Database &database, const QString &path, const QString &paper,
                     const std::function<Expected<int>(const PageSetup &)> &writer,
                     QTextStream &err)
{
    if (path.isEmpty()) {
        err << tr("A PDF report needs --out FILE.") << '\n';
        return ExitUsage;
    }
    SystemClock clock;
    PageSetup setup = PageSetup::load({database, clock, u"cli:"_s + qEnvironmentVariable("USER")});
    if (!paper.isEmpty()) {
        const auto chosen = PageSetup::parsePaper(paper);
        if (!chosen) {
            err << chosen.error() << '\n';
            return ExitUsage;
        }
        setup.paper = *chosen;
    }
    const auto pages = writer(setup);
    if (!pages) {
        err << pages.error() << '\n';
        return ExitFailed;
    }
    err << tr("%1 written: %n page(s), %2.", nullptr, *pages)
               .arg(path, PageSetup::paperName(setup.paper))
        << '\n';
    return ExitOk;
}

} // namespace pinedesk
